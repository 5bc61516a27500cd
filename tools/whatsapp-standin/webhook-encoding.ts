import { createHmac } from 'node:crypto';

/** How webhook bodies are serialised: Meta's escaped ASCII, or plain UTF-8. */
export type BodyEncoding = 'meta-escaped' | 'raw-utf8';

/**
 * Serialises a webhook payload the way Meta puts it on the wire (contract §1.8). In
 * 'meta-escaped' mode every UTF-16 code unit above 0x7f becomes a lowercase `\uXXXX` escape
 * (so an emoji becomes two) and every '/' becomes '\/', leaving pure ASCII; in 'raw-utf8'
 * mode the JSON is sent as UTF-8. Both parse back to the same value.
 */
export function encodeWebhookBody(payload: unknown, encoding: BodyEncoding): Buffer {
  const json = JSON.stringify(payload);
  if (encoding === 'raw-utf8') return Buffer.from(json, 'utf8');

  const escaped = json
    .replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');

  return Buffer.from(escaped, 'ascii');
}

/** The `X-Hub-Signature-256` value: `sha256=` + lowercase hex HMAC-SHA256 of the exact bytes. */
export function signWebhookBody(body: Buffer, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}
