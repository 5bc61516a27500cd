import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKeyring, publishKeys } from '../src/certificates/keys.ts';
import { readPayloadFromPdf } from '../src/certificates/read-payload-from-pdf.ts';

const PATRA = join(import.meta.dirname, '..', 'bin', 'patra.mjs');

/** Runs the patra command; `lines` is what it printed on standard output. */
function patra(args: string[], env: Record<string, string>): { status: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, [PATRA, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 120_000,
  });

  return { status: result.status, lines: result.stdout.trim().split('\n') };
}

describe('npx patra demo and npx patra verify', () => {
  const root = mkdtempSync(join(tmpdir(), 'patra-demo-'));
  const dataDir = join(root, 'data');
  const outDir = join(root, 'demo');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs the journey in a temporary database and leaves the PDF and the template request', () => {
    const demo = patra(['demo', '--out', outDir], { PATRA_DATA_DIR: dataDir });

    expect(demo.status).toBe(0);
    expect(demo.lines.at(-1)).toMatch(/^registration number: B-\d{4}:28-90001-000001$/);
    const request = JSON.parse(readFileSync(join(outDir, 'template-request.json'), 'utf8')) as { to: string; template: { name: string; language: { code: string } } };
    expect(request).toMatchObject({ to: '919876543210', template: { name: 'certificate_ready', language: { code: 'te' } } });
    expect(readFileSync(join(outDir, 'certificate.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(dataDir, 'db'))).toBe(false);
    expect(existsSync(join(dataDir, 'keys'))).toBe(true);
  });

  it('verifies the demo certificate offline with the same development key: GENUINE, exit 0', () => {
    const verify = patra(['verify', join(outDir, 'certificate.pdf')], { PATRA_DATA_DIR: dataDir });

    expect(verify.status).toBe(0);
    expect(verify.lines[0]).toBe('GENUINE');
  });

  it('says INVALID and exits 1 for a payload with one character changed, and for a stranger key', () => {
    const payload = readPayloadFromPdf(readFileSync(join(outDir, 'certificate.pdf'))) ?? '';
    const tampered = payload.replace('~TNL-M~', '~TNL-X~');
    const strangerKeys = join(mkdtempSync(join(root, 'stranger-')), 'keys.json');
    const stranger = loadKeyring({ dataDir: dirname(strangerKeys) });
    writeFileSync(strangerKeys, JSON.stringify(publishKeys(stranger)));

    const forged = patra(['verify', tampered], { PATRA_DATA_DIR: dataDir });
    const unknown = patra(['verify', `http://localhost:3000/verify/${payload}`, '--keys', strangerKeys], {});

    expect([forged.status, forged.lines[0]]).toEqual([1, 'INVALID (BAD_SIGNATURE)']);
    expect(forged.lines[1]).toContain('the details were altered');
    expect([unknown.status, unknown.lines[0]]).toEqual([1, 'INVALID (UNKNOWN_KEY)']);
  });

  it('exits 3, not 1, when it cannot check: a missing file, a bad key file, an unreachable server', () => {
    const notJson = join(root, 'not-keys.json');
    writeFileSync(notJson, '{}');

    expect(patra(['verify', '/no/such/certificate.pdf'], { PATRA_DATA_DIR: dataDir }).status).toBe(3);
    expect(patra(['verify', join(outDir, 'certificate.pdf'), '--keys', notJson], {}).status).toBe(3);
    expect(patra(['verify', join(outDir, 'certificate.pdf'), '--online', 'http://127.0.0.1:9'], { PATRA_DATA_DIR: dataDir }).status).toBe(3);
  });
});
