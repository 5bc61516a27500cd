import type { Sql } from '../db/db.ts';

/** Delivery states in the order they can only move forward; `failed` ends everything. */
const STATUS_RANK: Record<string, number> = {
  queued: 0, sending: 0, unknown: 0, accepted: 1, sent: 2, delivered: 3, read: 4, failed: 5,
};

export interface StatusEvent {
  waMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  occurredAt: Date;
  errorCode?: number;
  errorDetails?: string;
}

/**
 * Records one status that Meta reported and moves the message forward: sent < delivered <
 * read, failed final, whatever order the webhooks arrive in (contract §2.5). The same status
 * twice is recorded once. A status that arrives before the send was recorded waits in
 * wa_status_events and is applied by `settleMessageStatus` when the send is.
 */
export async function recordStatus(sql: Sql, event: StatusEvent): Promise<void> {
  await sql.query(
    `insert into wa_status_events (wa_message_id, status, occurred_at, error_code, error_details)
     values ($1, $2, $3, $4, $5) on conflict do nothing`,
    [event.waMessageId, event.status, event.occurredAt, event.errorCode ?? null, event.errorDetails ?? null],
  );
  await settleMessageStatus(sql, event.waMessageId);
}

/** Sets a message's status to the furthest one recorded for it. */
export async function settleMessageStatus(sql: Sql, waMessageId: string): Promise<void> {
  const events = await sql.query<{ status: string; occurred_at: Date; error_code: number | null; error_details: string | null }>(
    'select status, occurred_at, error_code, error_details from wa_status_events where wa_message_id = $1',
    [waMessageId],
  );
  const furthest = events.reduce<(typeof events)[number] | undefined>(
    (best, event) => (!best || (STATUS_RANK[event.status] ?? 0) > (STATUS_RANK[best.status] ?? 0) ? event : best),
    undefined,
  );
  if (!furthest) return;

  await sql.query(
    `update wa_messages set status = $2, status_at = $3,
       error_code = coalesce($4, error_code), error_details = coalesce($5, error_details)
     where wa_message_id = $1 and status <> 'failed'
       and (case status when 'accepted' then 1 when 'sent' then 2 when 'delivered' then 3
            when 'read' then 4 else 0 end) < $6`,
    [waMessageId, furthest.status, furthest.occurred_at, furthest.error_code, furthest.error_details,
      STATUS_RANK[furthest.status]],
  );
}
