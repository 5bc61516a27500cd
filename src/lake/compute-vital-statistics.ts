import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openLakeViews } from './open-lake-views.ts';
import { readLatestRun } from './read-latest-run.ts';
import { STATISTICS_SQL } from './vital-statistics-sql.ts';
import type { VitalStatistics } from './vital-statistics.ts';

export interface StatisticsScope {
  lakeDir: string;
  /** Only this district's units (a District Registrar's view); null for the state. */
  district?: string | null;
  /** Only registrations of this calendar year; null for every year in the lake. */
  year?: number | null;
}

/**
 * Computes the vital statistics from the lake's de-identified zone with DuckDB, as the Civil
 * Registration System's annual report defines them (registrations, share within 21 days,
 * delayed registrations by tier, sex ratio at birth as females per 1,000 males, share of
 * institutional births, infant deaths, still-births), the pilot's own delivery figures, and
 * the figures of the monthly returns (Forms 11, 12, 13) per unit and month. Each figure's
 * definition is on its field in `VitalStatistics` and in docs/vital-statistics.md. Reads
 * Parquet files only; never the database or the restricted zone.
 */
export async function computeVitalStatistics(scope: StatisticsScope): Promise<VitalStatistics> {
  const district = scope.district ?? null;
  const year = scope.year ?? null;
  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  try {
    await openLakeViews(duck, { lakeDir: scope.lakeDir, district, year });

    return {
      lake: readLatestRun(scope.lakeDir),
      scope: { district, year },
      ...(await listFigures(duck)),
      ...(await singleFigures(duck)),
      monthlyReturns: {
        form11: await rowsOf(duck, STATISTICS_SQL.form11),
        form12: await rowsOf(duck, STATISTICS_SQL.form12),
        form13: await rowsOf(duck, STATISTICS_SQL.form13),
      },
    };
  } finally {
    duck.closeSync();
    instance.closeSync();
  }
}

type ListFigures = Pick<
  VitalStatistics,
  | 'registrationsByUnitMonth'
  | 'registeredWithin21Days'
  | 'delayedByTier'
  | 'deliverySuccessByUnit'
  | 'failuresByErrorCode'
>;

async function listFigures(duck: DuckDBConnection): Promise<ListFigures> {
  return {
    registrationsByUnitMonth: await rowsOf(duck, STATISTICS_SQL.registrationsByUnitMonth),
    registeredWithin21Days: await rowsOf(duck, STATISTICS_SQL.registeredWithin21Days),
    delayedByTier: await rowsOf(duck, STATISTICS_SQL.delayedByTier),
    deliverySuccessByUnit: await rowsOf(duck, STATISTICS_SQL.deliverySuccessByUnit),
    failuresByErrorCode: await rowsOf(duck, STATISTICS_SQL.failuresByErrorCode),
  };
}

type SingleFigures = Pick<
  VitalStatistics,
  | 'sexRatioAtBirth'
  | 'institutionalBirths'
  | 'infantDeaths'
  | 'stillBirths'
  | 'registrationToDelivery'
>;

async function singleFigures(duck: DuckDBConnection): Promise<SingleFigures> {
  return {
    sexRatioAtBirth: await oneRowOf(duck, STATISTICS_SQL.sexRatioAtBirth),
    institutionalBirths: await oneRowOf(duck, STATISTICS_SQL.institutionalBirths),
    infantDeaths: await oneRowOf(duck, STATISTICS_SQL.infantDeaths),
    stillBirths: await oneRowOf(duck, STATISTICS_SQL.stillBirths),
    registrationToDelivery: await oneRowOf(duck, STATISTICS_SQL.registrationToDelivery),
  };
}

/** Rows as plain JSON values: integers as numbers, rounded decimals as numbers. */
async function rowsOf<Row>(duck: DuckDBConnection, sql: string): Promise<Row[]> {
  const reader = await duck.runAndReadAll(sql);

  return reader.getRowObjectsJS().map((row) => plain(row) as Row);
}

async function oneRowOf<Row>(duck: DuckDBConnection, sql: string): Promise<Row> {
  const [row] = await rowsOf<Row>(duck, sql);
  if (!row) throw new Error('an aggregate query returned no row');

  return row;
}

function plain(row: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(row).map(([key, value]): [string, unknown] => [
    key,
    typeof value === 'bigint' || (typeof value === 'object' && value !== null)
      ? Number(value)
      : value,
  ]);

  return Object.fromEntries(entries);
}
