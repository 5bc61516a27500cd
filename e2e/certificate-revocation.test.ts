import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeCertificate } from '../src/certificates/revoke-certificate.ts';
import { runVerify } from '../src/cli/verify.ts';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

const RATE_PER_MINUTE = 8;

let patra: TestPatra;
let token: string;
/** This Patra's published keys, as a verifier downloads them for `patra verify --keys`. */
let keysFile: string;

beforeAll(async () => {
  // As behind the state's proxy, which sets X-Forwarded-For: the tests play several clients.
  patra = await startTestPatra({ verifyRatePerMinute: RATE_PER_MINUTE, isBehindProxy: true });
  token = await patra.signIn('tnl-m');
  keysFile = join(mkdtempSync(join(tmpdir(), 'patra-keys-')), 'patra-keys.json');
  writeFileSync(keysFile, await (await fetch(`${patra.url}/.well-known/patra-keys.json`)).text());
}, 60_000);

afterAll(async () => patra.close());

/** Registers the sample birth and waits for its certificate; returns its id and payload. */
async function issueOne(
  mobile: string,
): Promise<{ id: string; payload: string; recordId: string }> {
  const registered = await patra.request<{ recordId: string }>('POST', '/api/v1/births', {
    body: sampleBirth({ mobile }),
    token,
  });
  expect(registered.status).toBe(201);

  for (let i = 0; i < 600; i += 1) {
    const [row] = await patra.db.query<{ id: string; payload: string }>(
      'select id, payload from certificates where record_id = $1',
      [registered.body.recordId],
    );
    if (row) return { ...row, recordId: registered.body.recordId };
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('no certificate was issued');
}

async function verifyPage(payload: string, accept = 'text/html') {
  const response = await fetch(`${patra.url}/verify/${payload}`, {
    headers: { accept, 'x-forwarded-for': `10.0.0.${payload.length % 250}` },
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('revocation on the verify page and in patra verify', () => {
  it('answers SUPERSEDED with the date after a correction, and writes it to the history', async () => {
    const certificate = await issueOne('+91 98765 11111');
    await patra.db.transaction((tx) =>
      revokeCertificate(tx, {
        certificateId: certificate.id,
        status: 'superseded',
        at: new Date('2026-12-05T06:30:00Z'),
        reason: 'name of mother corrected',
      }),
    );

    const page = await verifyPage(certificate.payload);
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-verdict="SUPERSEDED"');
    expect(page.text).toContain('05-12-2026');
    expect(page.text).toContain('replaced by a corrected one');

    const json = JSON.parse((await verifyPage(certificate.payload, 'application/json')).text) as {
      verdict: string;
      revokedAt: string;
    };
    expect(json).toMatchObject({ verdict: 'SUPERSEDED', revokedAt: '2026-12-05T06:30:00.000Z' });
    expect(await runVerify({ input: certificate.payload, keysFile, onlineUrl: patra.url })).toBe(2);

    const history = await patra.db.query<{ action: string; details: { status: string } }>(
      'select action, details from record_history where record_id = $1 order by seq',
      [certificate.recordId],
    );
    expect(history.filter((h) => h.action === 'revoke')).toEqual([
      { action: 'revoke', details: expect.objectContaining({ status: 'superseded' }) as unknown },
    ]);
    await expect(
      revokeCertificate(patra.db, {
        certificateId: certificate.id,
        status: 'cancelled',
        at: new Date(),
        reason: 'again',
      }),
    ).rejects.toMatchObject({ code: 'CERTIFICATE_REVOKED' });
  }, 60_000);

  it('answers CANCELLED after a cancellation', async () => {
    const certificate = await issueOne('+91 98765 22222');
    await revokeCertificate(patra.db, {
      certificateId: certificate.id,
      status: 'cancelled',
      at: new Date('2026-12-06T10:00:00Z'),
      reason: 'duplicate entry',
    });

    const page = await verifyPage(certificate.payload);
    expect(page.text).toContain('data-verdict="CANCELLED"');
    expect(page.text).toContain('06-12-2026');
    expect(await runVerify({ input: certificate.payload, keysFile, onlineUrl: patra.url })).toBe(2);
  }, 60_000);
});

describe('the public verify page', () => {
  it('is private to the client: no-store, noindex, no referrer, a strict CSP with no script', async () => {
    const page = await verifyPage('v1~B~x');

    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-robots-tag')).toContain('noindex');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe');
    expect(page.text).not.toContain('<script');
  });

  it('answers a forged, an unknown and a garbled code with the very same page', async () => {
    const genuine = await issueOne('+91 98765 33333');
    const forged = genuine.payload.replace(/~[^~]+$/, `~${'A'.repeat(86)}`);
    const unknownNumber = genuine.payload.replace('B-2026', 'B-2025');
    const garbled = 'v1~B~hello';

    const pages = await Promise.all([forged, unknownNumber, garbled].map((p) => verifyPage(p)));
    expect(new Set(pages.map((p) => p.text)).size).toBe(1);
    expect(pages[0]?.text).toContain('data-verdict="INVALID"');
    expect(pages[0]?.text).not.toContain(genuine.payload.split('~')[2] ?? '');

    const bodies = await Promise.all(
      [forged, garbled].map(async (p) => (await verifyPage(p, 'application/json')).text),
    );
    expect(bodies[0]).toBe(bodies[1]);
  }, 60_000);

  it('refuses a client that checks too often with a bilingual 429 page', async () => {
    const client = { accept: 'text/html', 'x-forwarded-for': '10.9.9.9' };
    const statuses: number[] = [];
    let last = '';
    for (let i = 0; i <= RATE_PER_MINUTE; i += 1) {
      const response = await fetch(`${patra.url}/verify/v1~B~${i}`, { headers: client });
      statuses.push(response.status);
      last = await response.text();
    }

    expect(statuses.slice(0, RATE_PER_MINUTE).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(last).toContain('Too many checks came from this device');
    expect(last).toContain('చాలా ఎక్కువ తనిఖీలు');

    const other = await fetch(`${patra.url}/verify/v1~B~0`, {
      headers: { 'x-forwarded-for': '10.9.9.10' },
    });
    expect(other.status).toBe(200);
  });
});
