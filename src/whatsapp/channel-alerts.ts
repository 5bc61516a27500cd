import type { Sql } from '../db/db.ts';

/** Problems of the WhatsApp channel as a whole, shown on /healthz until they clear. */
export type ChannelAlertKind = 'token-refused';

export interface ChannelAlert {
  kind: ChannelAlertKind;
  reason: string;
  since: Date;
}

/** Raises an alert (or keeps the one raised, with its first time). */
export async function raiseChannelAlert(sql: Sql, kind: ChannelAlertKind, reason: string): Promise<void> {
  await sql.query(
    'insert into wa_channel_alerts (kind, reason) values ($1, $2) on conflict (kind) do update set reason = $2',
    [kind, reason],
  );
}

/** Clears an alert: the condition is over (a call with the token succeeded). */
export async function clearChannelAlert(sql: Sql, kind: ChannelAlertKind): Promise<void> {
  await sql.query('delete from wa_channel_alerts where kind = $1', [kind]);
}

/** The alerts in force. */
export async function listChannelAlerts(sql: Sql): Promise<ChannelAlert[]> {
  const rows = await sql.query<{ kind: ChannelAlertKind; reason: string; since: Date }>(
    'select kind, reason, since from wa_channel_alerts order by since',
  );

  return rows.map((row) => ({ kind: row.kind, reason: row.reason, since: row.since }));
}
