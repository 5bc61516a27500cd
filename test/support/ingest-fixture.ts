import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/db/db.ts';
import {
  importFile,
  type ImportOptions,
  type ImportSummary,
} from '../../src/ingest/import-file.ts';
import { loadIngestSource } from '../../src/ingest/ingest-source.ts';
import { NOW } from './lifecycle-fixture.ts';

export const FIXTURES = 'test/fixtures/ingest';
const REPORTS = mkdtempSync(join(tmpdir(), 'patra-ingest-'));

/** One line of an import report, by column. */
export type ReportLine = Record<string, string>;

/** Imports a fixture file through a seeded source; returns the summary and the report's lines. */
export async function importFixture(
  db: Db,
  file: string,
  options: { source?: string } & Omit<Partial<ImportOptions>, 'source'> = {},
): Promise<{ summary: ImportSummary; report: ReportLine[] }> {
  const reportPath = join(REPORTS, `${file}.${Math.random().toString(36).slice(2)}.csv`);
  const { source, ...overrides } = options;
  const summary = await importFile(db, {
    path: join(FIXTURES, file),
    source: loadIngestSource('seed/ingest-sources', source ?? 'tenali-municipality'),
    reportPath,
    isStrict: false,
    startedBy: 'test',
    now: NOW,
    ...overrides,
  });

  return { summary, report: readReport(reportPath) };
}

/** Reads a report written by writeImportReport (its cells have no commas except quoted ones). */
export function readReport(path: string): ReportLine[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const names = (header ?? '').split(',');

  return lines.map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [];
    const values = cells.map((cell) =>
      cell
        .replace(/,$/, '')
        .replace(/^"(.*)"$/s, '$1')
        .replace(/""/g, '"'),
    );

    return Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
  });
}
