import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'patra-import-cli-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `patra import` as a user would, on an embedded database of the test's own. */
function patraImport(file: string): {
  status: number | null;
  stderr: string;
  stdout: string;
  report: string;
} {
  const report = join(dataDir, `${file.replace(/\W/g, '_')}.report.csv`);
  const run = spawnSync(
    process.execPath,
    [
      'bin/patra.mjs',
      'import',
      `test/fixtures/ingest/${file}`,
      '--source',
      'tenali-municipality',
      '--report',
      report,
    ],
    { env: { ...process.env, PATRA_DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' },
  );

  return { status: run.status, stderr: run.stderr, stdout: run.stdout, report };
}

describe('patra import', () => {
  it('exits 2 and names the line when the file cannot be read as CSV, writing no report', () => {
    const run = patraImport('broken-unclosed-quote.csv');

    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'cannot read test/fixtures/ingest/broken-unclosed-quote.csv at line 3',
    );
    expect(() => readFileSync(run.report)).toThrow();
  });
});
