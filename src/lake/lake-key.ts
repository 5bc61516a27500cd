import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_BYTES = 32;
const DEV_KEY_FILE = 'lake-pseudonym.key';
/** 128 bits of the HMAC: collisions are out of reach for any register's size. */
const PSEUDONYM_HEX_CHARS = 32;

/** What a pseudonymous key stands for; the kind is part of the hashed text. */
export type PseudonymKind = 'record' | 'message' | 'contact';

/**
 * Loads the state's secret that makes the de-identified zone's keys: PATRA_LAKE_KEY (base64,
 * 32 bytes) when configured, else a development key made once under `<dataDir>/keys`, like the
 * Aadhaar key. Throws on a key of the wrong length.
 */
export function loadLakeKey(options: { dataDir: string; lakeKey?: string }): Buffer {
  const key = options.lakeKey
    ? Buffer.from(options.lakeKey, 'base64')
    : loadOrCreateDevKey(join(options.dataDir, 'keys'));
  if (key.length !== KEY_BYTES) throw new Error('PATRA_LAKE_KEY must be 32 bytes in base64');

  return key;
}

/**
 * The opaque key an analyst sees instead of an id: HMAC-SHA256 of the kind and the id under
 * the state's secret. The same id keeps the same key across exports, and without the secret
 * the key cannot be turned back into the id (or a guessed registration number into a key).
 */
export function pseudonymOf(secret: Buffer, kind: PseudonymKind, id: string): string {
  return createHmac('sha256', secret)
    .update(`${kind}:${id}`)
    .digest('hex')
    .slice(0, PSEUDONYM_HEX_CHARS);
}

function loadOrCreateDevKey(dir: string): Buffer {
  const file = join(dir, DEV_KEY_FILE);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');

  mkdirSync(dir, { recursive: true });
  const key = randomBytes(KEY_BYTES);
  writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });

  return key;
}
