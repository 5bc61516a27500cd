import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKeyring, publishKeys, type KeyStatus } from './keys.ts';
import { signPayload, type PayloadFields } from './payload.ts';
import { verifyCertificate } from './verify-certificate.ts';

const FIELDS: PayloadFields = {
  registrationNumber: 'D-2026:28-90001-000007',
  eventType: 'D',
  nameEn: 'Veeramachaneni Suryanarayana',
  eventDate: '2026-02-11',
  issueDate: '2026-04-03',
  unitCode: 'TNL-M',
};

/** A key used in 2026 that a later rotation replaced, published with the given status. */
function rotatedAway(status: KeyStatus) {
  const oldKeys = loadKeyring({
    dataDir: mkdtempSync(join(tmpdir(), 'patra-old-key-')),
    signingKeyId: 'ap-2026-1',
  });
  const payload = signPayload(FIELDS, oldKeys);
  const published = publishKeys(oldKeys);
  const file = join(mkdtempSync(join(tmpdir(), 'patra-trusted-')), 'patra-keys.json');
  writeFileSync(file, JSON.stringify({ keys: published.keys.map((key) => ({ ...key, status })) }));

  const current = loadKeyring({
    dataDir: mkdtempSync(join(tmpdir(), 'patra-new-key-')),
    signingKeyId: 'ap-2027-1',
    trustedKeysFile: file,
  });
  return { payload, current };
}

describe('key rotation', () => {
  it('keeps certificates signed with a retired key verifying, beside the new signing key', async () => {
    const { payload, current } = rotatedAway('retired');

    expect(await verifyCertificate(current, payload)).toMatchObject({
      verdict: 'GENUINE',
      keyId: 'ap-2026-1',
    });
    expect(await verifyCertificate(current, signPayload(FIELDS, current))).toMatchObject({
      verdict: 'GENUINE',
      keyId: 'ap-2027-1',
    });
    expect(publishKeys(current).keys.map((k) => [k.kid, k.status])).toEqual([
      ['ap-2027-1', 'active'],
      ['ap-2026-1', 'retired'],
    ]);
  });

  it('fails certificates of a key marked compromised, saying so', async () => {
    const { payload, current } = rotatedAway('compromised');

    expect(await verifyCertificate(current, payload)).toMatchObject({
      verdict: 'INVALID',
      reason: 'KEY_COMPROMISED',
    });
  });
});
