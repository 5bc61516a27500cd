import type { Db } from '../db/db.ts';

/**
 * Where one kind of lake row comes from: a table keyed by one id column, and the SELECT that
 * joins what a row needs onto one batch of that table's rows (given as a subquery). Joining
 * onto the batch, not the whole table, keeps every join a handful of index look-ups: a keyset
 * LIMIT over the joined tables let PostgreSQL merge-join from the start of a big table on
 * every batch.
 */
export interface LakeSource {
  kind: 'record' | 'message' | 'inbound';
  table: string;
  /** The batch's alias in `select`. */
  alias: string;
  idColumn: string;
  idType: 'uuid' | 'text';
  select: (batch: string) => string;
}

export interface BatchOptions {
  /** Every row (the first export), or only those noted in lake_changes up to `highChangeId`. */
  isFull: boolean;
  highChangeId: number;
  batchSize: number;
}

const LOWEST_ID = { uuid: '00000000-0000-0000-0000-000000000000', text: '' } as const;

/**
 * Reads the rows an export needs in batches: all of them by keyset pagination on the id (no
 * OFFSET, so each batch costs the same), or the rows whose ids were noted as changed up to
 * the export's watermark.
 */
export async function* readLakeBatches<Row>(
  db: Db,
  source: LakeSource,
  options: BatchOptions,
): AsyncGenerator<Row[]> {
  if (options.isFull) {
    yield* readAll<Row>(db, source, options.batchSize);

    return;
  }

  const changed = await db.query<{ key: string }>(
    'select distinct key from lake_changes where kind = $1 and id <= $2 order by key',
    [source.kind, options.highChangeId],
  );
  for (let start = 0; start < changed.length; start += options.batchSize) {
    const keys = changed.slice(start, start + options.batchSize).map((row) => row.key);
    const batch = `select * from ${source.table} where ${source.idColumn} = any($1::${source.idType}[])`;
    yield await db.query<Row>(source.select(batch), [keys]);
  }
}

async function* readAll<Row>(db: Db, source: LakeSource, batchSize: number): AsyncGenerator<Row[]> {
  let after: string = LOWEST_ID[source.idType];
  for (;;) {
    const batch = `select * from ${source.table} where ${source.idColumn} > $1::${source.idType}
      order by ${source.idColumn} limit $2`;
    const rows = await db.query<Row & { lake_id: string }>(
      `${source.select(batch)} order by ${source.alias}.${source.idColumn}`,
      [after, batchSize],
    );
    if (rows.length === 0) return;

    yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;

    after = last.lake_id;
  }
}
