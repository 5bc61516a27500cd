import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/db.ts';
import { enqueue } from '../jobs/outbox.ts';

/**
 * Queues the first certificate of a registered record that has never had one: a legacy
 * registration backfilled from a department's file (issue #6) is certified only when a
 * citizen asks for it in the chat, never pushed at import (thousands of unsolicited
 * messages). The job renders it and sends it to the number on the record, as the chat's
 * "not ready yet" answer says. Does nothing for a record with a certificate (in force or
 * not), without a linked number, or whose first certificate is already queued.
 * Call it inside the conversation turn's transaction.
 */
export async function requestFirstCertificate(sql: Sql, recordId: string): Promise<boolean> {
  const [record] = await sql.query<{ id: string }>(
    `select id from records r
     where id = $1 and status = 'registered' and not is_cancelled and event_type <> 'still_birth'
       and informant_wa_id is not null
       and not exists (select 1 from certificates c where c.record_id = r.id)
       and not exists (select 1 from outbox o where o.kind = 'certificate.issue'
                       and o.payload->>'recordId' = r.id::text and o.dead_at is null)
     for update`,
    [recordId],
  );
  if (!record) return false;

  await enqueue(sql, 'certificate.issue', { recordId: record.id, certificateId: randomUUID() });

  return true;
}
