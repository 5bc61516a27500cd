import { randomBytes } from 'node:crypto';

/**
 * A UUID of version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Records
 * a file brings in get these instead of version 4, so every index keyed by record id (records,
 * history, sources, contacts, the outcomes) takes them at its right edge: a bulk import keeps
 * touching the same few pages instead of the whole index, which at a million records no
 * longer fits in memory. Still unguessable (74 random bits); it tells when it was made, as
 * `created_at` does. No failure.
 */
export function timeOrderedId(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');

  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
