import { loadConfig } from '../config/config.ts';
import { computeVitalStatistics } from '../lake/compute-vital-statistics.ts';
import { loadLakeSettings } from '../lake/lake-settings.ts';
import type { VitalStatistics } from '../lake/vital-statistics.ts';
import { STATISTICS_TEXT, type StatisticsLanguage } from '../messages/statistics.ts';

type Figure = keyof typeof STATISTICS_TEXT.figures;
type Column = keyof typeof STATISTICS_TEXT.columns;
type Row = object;

/**
 * `patra stats [--lake DIR] [--district NAME] [--year YYYY] [--json] [--lang te|en]`: the vital
 * statistics computed from the lake (PATRA_LAKE_DIR, else `<data>/lake`) as readable tables,
 * or as the JSON the API answers. Reads Parquet only, so it runs beside the server.
 */
export async function runStats(options: {
  lakeDir?: string;
  district?: string;
  year?: number;
  isJson: boolean;
  language: StatisticsLanguage;
}): Promise<number> {
  const config = loadConfig();
  const lakeDir = options.lakeDir ?? loadLakeSettings(process.env, config.dataDir).lakeDir;
  const stats = await computeVitalStatistics({
    lakeDir,
    district: options.district,
    year: options.year,
  });

  if (options.isJson) console.log(JSON.stringify(stats, null, 2));
  else console.log(formatStatistics(stats, options.language));

  return 0;
}

/** The statistics as plain-text tables with their labels in one language. */
export function formatStatistics(stats: VitalStatistics, language: StatisticsLanguage): string {
  const text = STATISTICS_TEXT;
  const scope = [stats.scope.district ?? text.scopeState[language], stats.scope.year ?? '']
    .filter(String)
    .join(' ');
  const run = stats.lake.latestRun ?? text.noLake[language];
  const sections: [Figure, readonly Row[]][] = [
    ['registrationsByUnitMonth', stats.registrationsByUnitMonth],
    ['registeredWithin21Days', stats.registeredWithin21Days],
    ['delayedByTier', stats.delayedByTier],
    ['sexRatioAtBirth', [stats.sexRatioAtBirth]],
    ['institutionalBirths', [stats.institutionalBirths]],
    ['infantDeaths', [stats.infantDeaths]],
    ['stillBirths', [stats.stillBirths]],
    ['registrationToDelivery', [stats.registrationToDelivery]],
    ['deliverySuccessByUnit', stats.deliverySuccessByUnit],
    ['failuresByErrorCode', stats.failuresByErrorCode],
    ['form11', stats.monthlyReturns.form11],
    ['form12', stats.monthlyReturns.form12],
    ['form13', stats.monthlyReturns.form13],
  ];
  const header = `${text.title[language]}: ${scope} (${text.lakeRun[language]}: ${run})`;

  return [header, ...sections.map(([figure, rows]) => formatTable(figure, rows, language))].join(
    '\n\n',
  );
}

function formatTable(figure: Figure, rows: readonly Row[], language: StatisticsLanguage): string {
  const title = STATISTICS_TEXT.figures[figure][language];
  const [first] = rows;
  if (!first) return `${title}\n  -`;

  const keys = Object.keys(first);
  const head = keys.map((key) => labelOf(key, language));
  const body = rows.map((row) => Object.values(row).map((value) => valueOf(value, language)));
  const widths = head.map((cell, i) =>
    Math.max(cell.length, ...body.map((line) => (line[i] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    `  ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();

  return [title, line(head), ...body.map(line)].join('\n');
}

function labelOf(key: string, language: StatisticsLanguage): string {
  const columns: Record<string, { te: string; en: string } | undefined> = STATISTICS_TEXT.columns;

  return columns[key as Column]?.[language] ?? key;
}

function valueOf(value: unknown, language: StatisticsLanguage): string {
  if (value === null || value === undefined) return '-';

  const values: Record<string, { te: string; en: string } | undefined> = STATISTICS_TEXT.values;

  if (typeof value === 'string') return values[value]?.[language] ?? value;

  return typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}
