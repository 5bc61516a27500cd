import type { Sql } from '../db/db.ts';
import type { Actor } from '../registry/actor.ts';
import { cloudApiErrorTitle } from './cloud-api-error-titles.ts';
import type { DashboardRange } from './dashboard.ts';
import { registeredInRange } from './dashboard-scope.ts';
import type { DeliveryFunnel, DeliveryTimes, FailureReason } from './dashboard.ts';

/** Upper ends of the bands a delivery time falls in: a minute, five, an hour, a day; then longer. */
export const DELIVERY_BANDS_SECONDS = [60, 300, 3600, 86_400] as const;

/** One unit's registrations in the range and how far their certificates got. */
export interface UnitDeliveries {
  registrations: number;
  funnel: DeliveryFunnel;
  medianSecondsToDelivery: number | null;
}

/** Everything the dashboard says about certificate delivery, measured in one pass. */
export interface DeliveryMeasures {
  byUnit: Map<string, UnitDeliveries>;
  times: DeliveryTimes;
  failures: FailureReason[];
}

interface UnitRow extends DeliveryFunnel {
  unit_code: string;
  registrations: number;
  median_seconds: number | null;
}

interface MeasuresRow {
  units: UnitRow[] | null;
  times: { count: number; p50: number | null; p90: number | null; bands: number[] };
  failures: { code: number | null; count: number }[] | null;
}

/**
 * Over the records of the caller's jurisdiction registered in the range (India dates), in one
 * query so the register is read once:
 * - per unit, the registrations and the delivery funnel of their certificates, each record
 *   counted once at the furthest state any of its certificate messages reached (queued, sent,
 *   delivered, read), `failed` for records whose message failed and none reached the phone, and
 *   the median time from registration (the history's `register` entry) to the first delivered
 *   or read webhook; units without registrations are absent;
 * - over all units, that time's median and 90th percentile (continuous, whole seconds) and how
 *   many fall in each band of DELIVERY_BANDS_SECONDS;
 * - failed certificate messages by Cloud API error code with its title, most frequent first (a
 *   message refused outside the 24-hour window and replaced by the template is left out).
 * Reads only.
 */
export async function measureDeliveries(
  sql: Sql,
  actor: Actor,
  range: DashboardRange,
): Promise<DeliveryMeasures> {
  const scope = registeredInRange(actor, range);
  const [row] = await sql.query<MeasuresRow>(
    `with ${scope.sql},
     ${STAGES_AND_TIMES}
     select (select json_agg(u) from (${UNIT_LINES}) u) as units,
       (${TIMES}) as times,
       (select json_agg(x order by x.count desc, x.code nulls last) from (
          select error_code as code, count(*)::int as count from certificate_messages
          where status = 'failed' group by error_code) x) as failures`,
    scope.params,
  );

  return {
    byUnit: new Map((row?.units ?? []).map((unit) => [unit.unit_code, toUnitDeliveries(unit)])),
    times: toTimes(row?.times),
    failures: (row?.failures ?? []).map((failure) => ({
      ...failure,
      title: cloudApiErrorTitle(failure.code),
    })),
  };
}

/**
 * `stages`: each registered record with the furthest state of its certificate messages (0 none,
 * 1 queued or failed, 2 sent, 3 delivered, 4 read); `timed`: seconds from registration to the
 * first delivered (or read) status of a record's certificate.
 */
const STAGES_AND_TIMES = `stages as (
    select g.id, g.unit_code,
      coalesce(max(case when m.id is null then 0 when m.status = 'sent' then 2
        when m.status = 'delivered' then 3 when m.status = 'read' then 4 else 1 end), 0) as stage,
      coalesce(bool_or(m.status = 'failed'), false) as has_failed
    from registered g left join certificate_messages m on m.record_id = g.id
    group by g.id, g.unit_code
  ),
  timed as (
    select g.unit_code, extract(epoch from d.delivered_at - g.registered_at)::float8 as seconds
    from registered g join (
      select m.record_id, min(e.occurred_at) as delivered_at
      from certificate_messages m join wa_status_events e on e.wa_message_id = m.wa_message_id
      where e.status in ('delivered', 'read') group by m.record_id
    ) d on d.record_id = g.id
  )`;

const UNIT_LINES = `select f.*, m.median_seconds from (
    select s.unit_code, count(*)::int as registrations,
      count(*) filter (where s.stage >= 1)::int as queued,
      count(*) filter (where s.stage >= 2)::int as sent,
      count(*) filter (where s.stage >= 3)::int as delivered,
      count(*) filter (where s.stage >= 4)::int as read,
      count(*) filter (where s.has_failed and s.stage < 3)::int as failed
    from stages s group by s.unit_code
  ) f left join (
    select t.unit_code, percentile_cont(0.5) within group (order by t.seconds) as median_seconds
    from timed t group by t.unit_code
  ) m on m.unit_code = f.unit_code`;

const BAND_LIMITS = [0, ...DELIVERY_BANDS_SECONDS];

const TIMES = `select json_build_object('count', count(*)::int,
    'p50', percentile_cont(0.5) within group (order by t.seconds),
    'p90', percentile_cont(0.9) within group (order by t.seconds),
    'bands', json_build_array(${BAND_LIMITS.map((low, i) => {
      const high = BAND_LIMITS[i + 1];
      const lower = i === 0 ? 'true' : `t.seconds > ${low}`;

      return `count(*) filter (where ${lower}${high === undefined ? '' : ` and t.seconds <= ${high}`})::int`;
    }).join(', ')}))
  from timed t`;

function toUnitDeliveries(row: UnitRow): UnitDeliveries {
  const { queued, sent, delivered, read, failed } = row;

  return {
    registrations: row.registrations,
    funnel: { queued, sent, delivered, read, failed },
    medianSecondsToDelivery: roundOrNull(row.median_seconds),
  };
}

function toTimes(row: MeasuresRow['times'] | undefined): DeliveryTimes {
  return {
    count: row?.count ?? 0,
    p50Seconds: roundOrNull(row?.p50),
    p90Seconds: roundOrNull(row?.p90),
    bands: BAND_LIMITS.map((_, i) => ({
      upToSeconds: DELIVERY_BANDS_SECONDS[i] ?? null,
      count: row?.bands[i] ?? 0,
    })),
  };
}

function roundOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(Number(value));
}
