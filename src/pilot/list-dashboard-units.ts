import type { Sql } from '../db/db.ts';
import type { Actor } from '../registry/actor.ts';
import { jurisdictionFilter } from '../registry/authorize.ts';
import type { DashboardRange } from './dashboard.ts';

/** A unit of the caller's jurisdiction with its WhatsApp field issues and open queue. */
export interface UnitQueues {
  code: string;
  name: { te: string; en: string };
  fieldIssues: number;
  openQueueItems: number;
}

/**
 * Every unit of the caller's jurisdiction, by code, with the problems citizens reported over
 * WhatsApp on days of the range (India dates) and the items open in its registrar queue now
 * (field issues, correction requests, informants not reachable). Reads only.
 */
export async function listDashboardUnits(
  sql: Sql,
  actor: Actor,
  range: DashboardRange,
): Promise<UnitQueues[]> {
  const scope = jurisdictionFilter(actor, 3);
  const rows = await sql.query<{
    code: string;
    name_en: string;
    name_te: string;
    field_issues: number;
    open_items: number;
  }>(
    `select u.code, u.name_en, u.name_te,
       (select count(*) from registrar_queue q where q.unit_code = u.code and q.kind = 'field-issue'
          and (q.created_at at time zone 'Asia/Kolkata')::date between $1::date and $2::date) as field_issues,
       (select count(*) from registrar_queue q where q.unit_code = u.code and q.resolved_at is null) as open_items
     from units u where ${scope.sql} order by u.code`,
    [range.from, range.to, ...scope.params],
  );

  return rows.map((row) => ({
    code: row.code,
    name: { te: row.name_te, en: row.name_en },
    fieldIssues: Number(row.field_issues),
    openQueueItems: Number(row.open_items),
  }));
}
