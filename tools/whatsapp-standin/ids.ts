import { randomBytes, randomInt } from 'node:crypto';

/**
 * A wamid in Meta's layout: `wamid.` + base64 of a small binary record holding the
 * counterpart's wa_id, a direction byte (0x11 for messages we send, 0x12 for messages we
 * receive) and a random uppercase hex id (18 characters outbound, 20 inbound).
 */
function wamid(waId: string, direction: 'outbound' | 'inbound'): string {
  const isOutbound = direction === 'outbound';
  const hexId = randomBytes(isOutbound ? 9 : 10)
    .toString('hex')
    .toUpperCase();
  const record = Buffer.concat([
    Buffer.from([0x1c, 0x18, waId.length]),
    Buffer.from(waId, 'ascii'),
    Buffer.from([0x15, 0x02, 0x00, isOutbound ? 0x11 : 0x12, 0x18, hexId.length]),
    Buffer.from(hexId, 'ascii'),
    Buffer.from([0x00]),
  ]);

  return `wamid.${record.toString('base64')}`;
}

/** The id of a message the business sends to `waId`. */
export function newOutboundWamid(waId: string): string {
  return wamid(waId, 'outbound');
}

/** The id of a message a citizen with `waId` sends to the business. */
export function newInboundWamid(waId: string): string {
  return wamid(waId, 'inbound');
}

/** A numeric Graph object id (media, template), 16 digits like Meta's. */
export function newNumericId(): string {
  return `${randomInt(1, 10)}${String(randomInt(0, 1e9)).padStart(9, '0')}${String(
    randomInt(0, 1e6),
  ).padStart(6, '0')}`;
}

/** A conversation id: 32 lowercase hex characters. */
export function newConversationId(): string {
  return randomBytes(16).toString('hex');
}
