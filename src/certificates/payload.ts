import { sign, verify } from 'node:crypto';
import type { Keyring } from './keys.ts';

/**
 * What the QR code carries, and nothing more: enough to match the paper against, small enough
 * to scan from a phone photo. No Telugu and no other personal data (DESIGN: rules that shape
 * the data).
 */
/** B birth (Form 5), D death (Form 6), S still-birth (extract), N non-availability (Form 10). */
export type PayloadEventType = 'B' | 'D' | 'S' | 'N';

const EVENT_TYPES: readonly string[] = ['B', 'D', 'S', 'N'] satisfies PayloadEventType[];

const isEventType = (text: string | undefined): text is PayloadEventType =>
  EVENT_TYPES.includes(text ?? '');

export interface PayloadFields {
  registrationNumber: string;
  eventType: PayloadEventType;
  nameEn: string;
  eventDate: string;
  issueDate: string;
  unitCode: string;
}

export type SignatureCheck =
  | { isValid: true; fields: PayloadFields; keyId: string }
  | {
      isValid: false;
      reason: 'MALFORMED' | 'UNKNOWN_KEY' | 'KEY_COMPROMISED' | 'BAD_SIGNATURE';
      keyId?: string;
    };

const VERSION = 'v1';
const SEPARATOR = '~';
const FIELD_COUNT = 9;

const encodeName = (name: string): string =>
  encodeURIComponent(name).replace(/%20/g, '+').replace(/~/g, '%7E');

const decodeName = (text: string): string => decodeURIComponent(text.replace(/\+/g, ' '));

const compactDate = (isoDate: string): string => isoDate.replace(/-/g, '');

const isoDate = (compact: string): string =>
  `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;

/**
 * Signs the fields with Ed25519 under the keyring's signing key. The result is URL-safe:
 * `v1~<B|D|S|N>~<number>~<name>~<event date>~<issue date>~<unit>~<key id>~<signature, base64url>`,
 * where the signature covers everything before its separator, key id included.
 */
export function signPayload(fields: PayloadFields, keyring: Keyring): string {
  if (!keyring.signing) throw new Error('this keyring cannot sign');

  const body = [
    VERSION,
    fields.eventType,
    fields.registrationNumber,
    encodeName(fields.nameEn),
    compactDate(fields.eventDate),
    compactDate(fields.issueDate),
    fields.unitCode,
    keyring.signing.keyId,
  ].join(SEPARATOR);
  const signature = sign(null, Buffer.from(body), keyring.signing.privateKey).toString('base64url');

  return `${body}${SEPARATOR}${signature}`;
}

/** Checks a payload's signature against the trusted keys; never throws for bad input. */
export function checkPayload(payload: string, keyring: Keyring): SignatureCheck {
  const parts = payload.trim().split(SEPARATOR);
  const [version, eventType, number, name, eventDate, issueDate, unitCode, keyId, signature] =
    parts;
  const isWellFormed = parts.length === FIELD_COUNT && version === VERSION && !!signature;
  if (!isWellFormed || !isEventType(eventType)) {
    return { isValid: false, reason: 'MALFORMED' };
  }
  if (!/^\d{8}$/.test(eventDate ?? '') || !/^\d{8}$/.test(issueDate ?? '')) {
    return { isValid: false, reason: 'MALFORMED' };
  }

  const key = keyring.trusted.get(keyId ?? '');
  if (!key) return { isValid: false, reason: 'UNKNOWN_KEY', keyId };
  if (key.status === 'compromised') return { isValid: false, reason: 'KEY_COMPROMISED', keyId };

  const body = payload.trim().slice(0, payload.trim().lastIndexOf(SEPARATOR));
  const isGenuine = verifySafely(body, signature, key.publicKey);
  if (!isGenuine) return { isValid: false, reason: 'BAD_SIGNATURE', keyId };

  return {
    isValid: true,
    keyId: keyId ?? '',
    fields: {
      registrationNumber: number ?? '',
      eventType,
      nameEn: safeDecodeName(name ?? ''),
      eventDate: isoDate(eventDate ?? ''),
      issueDate: isoDate(issueDate ?? ''),
      unitCode: unitCode ?? '',
    },
  };
}

/**
 * Verifies the Ed25519 signature. The base64url text must be the canonical encoding of the
 * signature bytes: decoders ignore the unused low bits of the last character, which would let
 * a payload with a changed character still verify.
 */
function verifySafely(
  body: string,
  signature: string,
  publicKey: Parameters<typeof verify>[2],
): boolean {
  const bytes = Buffer.from(signature, 'base64url');
  if (bytes.toString('base64url') !== signature) return false;

  try {
    return verify(null, Buffer.from(body), publicKey, bytes);
  } catch {
    return false;
  }
}

function safeDecodeName(text: string): string {
  try {
    return decodeName(text);
  } catch {
    return text;
  }
}
