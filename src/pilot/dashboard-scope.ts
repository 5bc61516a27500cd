import type { Actor } from '../registry/actor.ts';
import { jurisdictionFilter } from '../registry/authorize.ts';
import type { DashboardRange } from './dashboard.ts';

/**
 * The SQL of common table expressions every delivery figure starts from: `registered` holds
 * the records of the caller's jurisdiction registered in the range (India dates) with the time
 * of their registration, and `certificate_messages` the certificate messages to their
 * informants, leaving out one that a template send replaced (131047: the template counts).
 * Parameters: $1 from, $2 to, then the jurisdiction's.
 */
export function registeredInRange(
  actor: Actor,
  range: DashboardRange,
): { sql: string; params: unknown[] } {
  const scope = jurisdictionFilter(actor, 3);

  return {
    sql: `registered as materialized (
        select r.id, r.unit_code,
          (select min(h.at) from record_history h where h.record_id = r.id and h.action = 'register') as registered_at
        from records r join units u on u.code = r.unit_code
        where ${scope.sql} and r.status = 'registered' and r.registration_date between $1::date and $2::date
      ),
      certificate_messages as materialized (
        select m.id, m.record_id, m.status, m.wa_message_id, m.error_code
        from wa_messages m join registered g on g.id = m.record_id
        where m.kind = 'certificate'
          and not exists (select 1 from wa_messages n where n.replaces_message_id = m.id)
      )`,
    params: [range.from, range.to, ...scope.params],
  };
}
