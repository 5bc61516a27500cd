import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE_PREFIX = 'sha256=';

/**
 * Checks `X-Hub-Signature-256` (HMAC-SHA256 with the app secret) over the body exactly as it
 * arrived, compared in constant time. Meta signs the ASCII form with non-ASCII written as
 * lowercase \uXXXX escapes; some senders sign raw UTF-8 bytes instead. Both forms of the
 * received bytes are accepted; nothing is re-serialised from parsed JSON.
 */
export function isValidSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header?.startsWith(SIGNATURE_PREFIX)) return false;

  const received = Buffer.from(header.slice(SIGNATURE_PREFIX.length), 'hex');
  if (received.length !== 32) return false;

  const asReceived = hmac(appSecret, rawBody);
  if (timingSafeEqual(received, asReceived)) return true;

  const escaped = escapeNonAscii(rawBody.toString('utf8'));

  return escaped.length !== rawBody.length && timingSafeEqual(received, hmac(appSecret, Buffer.from(escaped)));
}

function hmac(secret: string, body: Buffer): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** Writes every non-ASCII UTF-16 code unit as a lowercase \uXXXX escape, as Meta signs. */
export function escapeNonAscii(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
