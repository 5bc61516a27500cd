import type { Sql } from '../db/db.ts';

/**
 * Whether a citizen has written STOP (or its Telugu equivalent) and not START since. Every
 * sender asks before each send; `recipient` is a wa_id or a business-scoped user id.
 */
export async function isOptedOut(sql: Sql, recipient: string): Promise<boolean> {
  const rows = await sql.query<{ opted_out_at: Date | null }>(
    'select opted_out_at from wa_contacts where (wa_id = $1 or user_id = $1) and opted_out_at is not null limit 1',
    [recipient],
  );

  return rows.length > 0;
}
