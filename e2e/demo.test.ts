import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  const dataDir = mkdtempSync(join(tmpdir(), 'patra-demo-data-'));
  const outDir = join(mkdtempSync(join(tmpdir(), 'patra-demo-out-')), 'demo');

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
    const strangerKeys = join(mkdtempSync(join(tmpdir(), 'patra-stranger-')), 'keys.json');
    const stranger = loadKeyring({ dataDir: dirname(strangerKeys) });
    writeFileSync(strangerKeys, JSON.stringify(publishKeys(stranger)));

    expect(patra(['verify', tampered], { PATRA_DATA_DIR: dataDir })).toMatchObject({ status: 1, lines: ['INVALID (BAD_SIGNATURE)'] });
    expect(patra(['verify', `http://localhost:3000/verify/${payload}`, '--keys', strangerKeys], {})).toMatchObject({
      status: 1,
      lines: ['INVALID (UNKNOWN_KEY)'],
    });
  });
});
