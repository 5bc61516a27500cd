import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/db.ts';

/** What a registrar is asked to look at. */
export type QueueItemKind = 'field-issue' | 'correction-request' | 'informant-not-reachable';

export interface NewQueueItem {
  kind: QueueItemKind;
  unitCode: string;
  recordId?: string;
  /** The citizen's chat (wa_contacts.contact_key), when the item came from one. */
  contactKey?: string;
  /** The number to call back, digits; shown masked. */
  waId?: string;
  /** The citizen's own words, or a short reason. */
  description?: string;
  details?: Record<string, unknown>;
}

/**
 * Puts an item in a unit's registrar queue, inside the caller's transaction. Returns its id;
 * the first eight characters are the reference a citizen is given.
 */
export async function addQueueItem(sql: Sql, item: NewQueueItem): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `insert into registrar_queue (id, unit_code, kind, record_id, contact_key, wa_id, description, details)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      item.unitCode,
      item.kind,
      item.recordId ?? null,
      item.contactKey ?? null,
      item.waId ?? null,
      item.description ?? null,
      JSON.stringify(item.details ?? {}),
    ],
  );

  return id;
}

/** The reference a citizen is given for a queue item: the start of its id, upper case. */
export function queueReference(id: string): string {
  return id.slice(0, 8).toUpperCase();
}
