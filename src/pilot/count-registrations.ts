import type { Sql } from '../db/db.ts';
import type { Actor } from '../registry/actor.ts';
import { jurisdictionFilter } from '../registry/authorize.ts';
import type { DashboardRange } from './dashboard.ts';
import type { RegistrationCount } from './dashboard.ts';

/**
 * Records registered per unit of the caller's jurisdiction and per day (or per week, named by
 * its Monday) of the registration date, an India date; a cancelled registration still counts
 * on the day it was made. Only days with registrations are listed, oldest first. Reads only.
 */
export async function countRegistrations(
  sql: Sql,
  actor: Actor,
  range: DashboardRange,
): Promise<RegistrationCount[]> {
  const scope = jurisdictionFilter(actor, 4);
  const rows = await sql.query<{ unit_code: string; period: string; count: number }>(
    `select r.unit_code, to_char(case when $3 = 'week' then date_trunc('week', r.registration_date)::date
         else r.registration_date end, 'YYYY-MM-DD') as period, count(*) as count
     from records r join units u on u.code = r.unit_code
     where ${scope.sql} and r.status = 'registered' and r.registration_date between $1::date and $2::date
     group by 1, 2 order by 2, 1`,
    [range.from, range.to, range.bucket, ...scope.params],
  );

  return rows.map((row) => ({
    unitCode: row.unit_code,
    period: row.period,
    count: Number(row.count),
  }));
}
