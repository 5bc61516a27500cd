import { mkdirSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ColumnType, LakeTable } from './lake-tables.ts';

/** Dates and instants are read as text and cast, so 'YYYY-MM-DD' and ISO instants parse alike. */
const JSON_TYPE: Record<ColumnType, string> = {
  VARCHAR: 'VARCHAR',
  INTEGER: 'INTEGER',
  DOUBLE: 'DOUBLE',
  BOOLEAN: 'BOOLEAN',
  DATE: 'VARCHAR',
  TIMESTAMPTZ: 'VARCHAR',
};

/**
 * Writes a file of staged rows (newline-delimited JSON, one row per line, keys as the
 * table's columns) as Parquet under `dir/<zone>/<table>/year=Y/district=D/`, each file named
 * `<filePrefix>-<i>.parquet`, with the table's column types. DuckDB parses the JSON on every
 * core, far faster than appending values one by one through the Node binding.
 */
export async function copyStagedToParquet(
  duck: DuckDBConnection,
  table: LakeTable,
  options: { stagedFile: string; dir: string; filePrefix: string },
): Promise<void> {
  const target = `${options.dir}/${table.zone}/${table.name}`;
  mkdirSync(target, { recursive: true });
  const columns = table.columns.map(([name, type]) => `'${name}': '${JSON_TYPE[type]}'`);
  const select = table.columns.map(([name, type]) =>
    type === 'DATE' || type === 'TIMESTAMPTZ' ? `cast(${name} as ${type}) as ${name}` : name,
  );

  await duck.run(
    `copy (select ${select.join(', ')} from read_json('${quoteless(options.stagedFile)}',
        format = 'newline_delimited', columns = {${columns.join(', ')}}))
     to '${quoteless(target)}'
     (format parquet, partition_by (year, district), overwrite_or_ignore true,
      filename_pattern '${quoteless(options.filePrefix)}-{i}')`,
  );
}

/** Paths and run ids are Patra's own, but a quote would end the SQL string: refuse it. */
function quoteless(text: string): string {
  if (text.includes("'")) throw new Error(`a lake path may not contain a quote: ${text}`);

  return text;
}
