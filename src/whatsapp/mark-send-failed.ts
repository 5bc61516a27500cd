import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/db.ts';

/**
 * Ends a message as `failed`, keeping the last error on it, and, when it concerns a record,
 * puts the record in its unit's registrar queue as "informant not reachable" so someone can
 * call or print (issue #5: 131026, or a send that finally fails). One queue item per message;
 * `isQueued: false` when another send takes over (the template after a 131047).
 */
export async function markSendFailed(
  sql: Sql,
  messageId: string,
  failure: { code?: number; details?: string; reason: string; isQueued?: boolean },
): Promise<void> {
  const [message] = await sql.query<{ record_id: string | null; to_wa_id: string; kind: string }>(
    `update wa_messages set status = 'failed', status_at = now(), error_code = $2, error_details = $3
     where id = $1 returning record_id, to_wa_id, kind`,
    [messageId, failure.code ?? null, failure.details ?? failure.reason],
  );
  if (!message?.record_id || failure.isQueued === false) return;

  await sql.query(
    `insert into registrar_queue (id, unit_code, kind, record_id, wa_id, message_id, details)
     select $1, r.unit_code, 'informant-not-reachable', r.id, $3, $4, $5 from records r where r.id = $2
     on conflict (message_id) where message_id is not null do nothing`,
    [randomUUID(), message.record_id, message.to_wa_id, messageId,
      JSON.stringify({ code: failure.code ?? null, reason: failure.reason, messageKind: message.kind })],
  );
}
