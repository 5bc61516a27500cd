import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyringFromPublished, type Keyring } from './keys.ts';
import { checkPayload, signPayload, type PayloadFields } from './payload.ts';

function keyringWith(keyId: string): Keyring {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');

  return {
    signing: { keyId, privateKey },
    trusted: new Map([[keyId, { publicKey, status: 'active' as const }]]),
  };
}

const FIELDS: PayloadFields = {
  registrationNumber: 'B-2026:28-90001-000042',
  eventType: 'B',
  nameEn: 'Sri Lakshmi Kondaveeti',
  eventDate: '2026-12-02',
  issueDate: '2026-12-04',
  unitCode: 'TNL-M',
};

describe('signed payload', () => {
  const keyring = keyringWith('ap-2026-1');

  it('is URL-safe, small enough for a scannable QR, and verifies back to the same fields', () => {
    const payload = signPayload(FIELDS, keyring);

    expect(payload).toMatch(
      /^v1~B~B-2026:28-90001-000042~Sri\+Lakshmi\+Kondaveeti~20261202~20261204~TNL-M~ap-2026-1~[A-Za-z0-9_-]{86}$/,
    );
    expect(payload.length).toBeLessThan(180);
    expect(checkPayload(payload, keyring)).toEqual({
      isValid: true,
      keyId: 'ap-2026-1',
      fields: FIELDS,
    });
  });

  it('fails when any one character is changed', () => {
    const payload = signPayload(FIELDS, keyring);
    const forged = payload.replace('20261202', '20261102');
    const lastCharFlipped = `${payload.slice(0, -1)}${payload.endsWith('A') ? 'B' : 'A'}`;

    expect(checkPayload(forged, keyring)).toMatchObject({
      isValid: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(checkPayload(lastCharFlipped, keyring)).toMatchObject({
      isValid: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it('names an unknown key, a compromised key and a malformed payload', () => {
    const payload = signPayload(FIELDS, keyring);
    const other = keyringWith('ap-2026-1');
    const publicKey = keyring.trusted.get('ap-2026-1')?.publicKey;
    if (!publicKey) throw new Error('the test keyring holds its key');
    const compromised: Keyring = {
      signing: undefined,
      trusted: new Map([['ap-2026-1', { publicKey, status: 'compromised' as const }]]),
    };

    expect(checkPayload(payload, other)).toMatchObject({ isValid: false, reason: 'BAD_SIGNATURE' });
    expect(checkPayload(payload.replace('~ap-2026-1~', '~ap-2030-9~'), keyring)).toMatchObject({
      reason: 'UNKNOWN_KEY',
    });
    expect(checkPayload(payload, compromised)).toMatchObject({ reason: 'KEY_COMPROMISED' });
    expect(checkPayload('hello', keyring)).toMatchObject({ reason: 'MALFORMED' });
  });

  it('carries names with any characters, and a blank name', () => {
    const unusual = { ...FIELDS, nameEn: "D'Souza~Rao+Jr. Ä" };

    expect(checkPayload(signPayload(unusual, keyring), keyring)).toMatchObject({ fields: unusual });
    expect(checkPayload(signPayload({ ...FIELDS, nameEn: '' }, keyring), keyring)).toMatchObject({
      fields: { nameEn: '' },
    });
  });
});

describe('event types', () => {
  const keyring = keyringWith('ap-2026-2');

  it.each([
    ['D', 'D-2026:28-90001-000007', 'Veeramachaneni Suryanarayana'],
    ['S', 'S-2026:28-90001-000002', ''],
    ['N', 'N-2026:28-90001-000003', 'Gorantla Venkateswarlu'],
  ] as const)('signs and verifies %s payloads', (eventType, registrationNumber, nameEn) => {
    const fields: PayloadFields = { ...FIELDS, eventType, registrationNumber, nameEn };
    const payload = signPayload(fields, keyring);

    expect(payload.startsWith(`v1~${eventType}~${registrationNumber}~`)).toBe(true);
    expect(checkPayload(payload, keyring)).toEqual({ isValid: true, keyId: 'ap-2026-2', fields });
  });

  it('refuses an event type outside B, D, S and N, and a changed type', () => {
    const payload = signPayload({ ...FIELDS, eventType: 'D' }, keyring);

    expect(checkPayload(payload.replace('v1~D~', 'v1~X~'), keyring)).toMatchObject({
      reason: 'MALFORMED',
    });
    expect(checkPayload(payload.replace('v1~D~', 'v1~B~'), keyring)).toMatchObject({
      reason: 'BAD_SIGNATURE',
    });
  });

  it('still verifies a birth payload signed before the other types existed', () => {
    // Signed by the code of the previous release with this fixed test key.
    const oldKeyring = keyringFromPublished({
      keys: [{ kid: 'old-1', kty: 'OKP', crv: 'Ed25519', x: OLD_PUBLIC_X, status: 'retired' }],
    });

    expect(checkPayload(OLD_BIRTH_PAYLOAD, oldKeyring)).toMatchObject({
      isValid: true,
      fields: { eventType: 'B', registrationNumber: 'B-2026:28-90001-000042' },
    });
  });
});

const OLD_PUBLIC_X = '1uBBjJk7WFSuv45SsaHaaVgksdYE_O4StqylyLdNSbc';
const OLD_BIRTH_PAYLOAD =
  'v1~B~B-2026:28-90001-000042~Sri+Lakshmi+Kondaveeti~20261202~20261204~TNL-M~old-1~' +
  'W2quSKh73iMClDr-EZUaPDgqb1niZ5wxmBNMF1gsKTwQHQydiW7hJbBXLrUvam5wy7uAniNpgcoLpxnGygLlBQ';
