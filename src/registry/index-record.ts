import type { Sql } from '../db/db.ts';
import { findRecord } from './find-record.ts';
import { recordSearchKeys } from './name-search-keys.ts';

/**
 * Refreshes what search reads for a record: `search_keys` (the phonetic keys of its current
 * names, both scripts) and `event_date` (its current event date). Call it in the transaction
 * that writes the record or a marginal entry.
 */
export async function indexRecord(sql: Sql, recordId: string): Promise<void> {
  const record = await findRecord(sql, recordId);
  if (!record) return;

  const declaration = record.declaration as unknown as Record<string, unknown>;
  const event = (declaration.birth ?? declaration.death) as { date?: unknown } | undefined;
  const eventDate = typeof event?.date === 'string' ? event.date : record.event_date;
  await sql.query('update records set search_keys = $2, event_date = $3 where id = $1', [
    recordId,
    recordSearchKeys(declaration),
    eventDate,
  ]);
}
