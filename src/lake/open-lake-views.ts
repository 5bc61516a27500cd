import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DEIDENTIFIED_DELIVERIES, DEIDENTIFIED_EVENTS, type LakeTable } from './lake-tables.ts';

/**
 * Makes the de-identified zone readable as two tables in DuckDB, scoped to a district and a
 * year when asked:
 * - `registered`: the latest row of each record (the newest `export_run` per `record_key`,
 *   which is how every reader de-duplicates the incremental files), registered and not
 *   cancelled, registered in the year;
 * - `deliveries`: the latest row of each message, of the district and year.
 * A lake with no files yet reads as empty tables.
 */
export async function openLakeViews(
  duck: DuckDBConnection,
  options: { lakeDir: string; district: string | null; year: number | null },
): Promise<void> {
  const events = latestRows(options.lakeDir, DEIDENTIFIED_EVENTS, 'record_key', EVENT_COLUMNS);
  const deliveries = latestRows(
    options.lakeDir,
    DEIDENTIFIED_DELIVERIES,
    'message_key',
    DELIVERY_COLUMNS,
  );
  const scope = [options.district, options.year];

  await duck.run(
    `create temp table registered as select * from (${events})
     where status = 'registered' and not is_cancelled
       and ($1::varchar is null or district = $1::varchar)
       and ($2::integer is null or year(registration_date) = $2::integer)`,
    scope,
  );
  await duck.run(
    `create temp table deliveries as select * from (${deliveries})
     where ($1::varchar is null or district = $1::varchar)
       and ($2::integer is null or year = $2::integer)`,
    scope,
  );
}

/** Only the columns the figures use are read: Parquet is columnar, so the rest costs nothing. */
const EVENT_COLUMNS = [
  'record_key',
  'export_run',
  'event_type',
  'status',
  'is_cancelled',
  'sex',
  'registration_date',
  'registered_at',
  'delay_days',
  'delay_tier',
  'unit_code',
  'is_institutional',
  'is_infant_death',
  'is_medically_certified',
  'year',
  'district',
];
const DELIVERY_COLUMNS = [
  'message_key',
  'record_key',
  'export_run',
  'kind',
  'status',
  'error_code',
  'delivered_at',
  'read_at',
  'unit_code',
  'year',
  'district',
];

function latestRows(lakeDir: string, table: LakeTable, key: string, columns: string[]): string {
  const dir = `${lakeDir}/${table.zone}/${table.name}`;
  if (dir.includes("'")) throw new Error(`a lake path may not contain a quote: ${dir}`);
  if (!existsSync(dir)) return emptyRows(table, columns);

  return `select ${columns.join(', ')} from read_parquet('${dir}/**/*.parquet', hive_partitioning = true,
      union_by_name = true, hive_types = {'year': INTEGER, 'district': VARCHAR})
    qualify row_number() over (partition by ${key} order by export_run desc) = 1`;
}

function emptyRows(table: LakeTable, columns: string[]): string {
  const typed = table.columns
    .filter(([name]) => columns.includes(name))
    .map(([name, type]) => `cast(null as ${type}) as ${name}`);

  return `select ${typed.join(', ')} where false`;
}
