/**
 * The DuckDB queries behind the vital statistics, over the views `registered` (registered,
 * not cancelled records of the period, latest state per record) and `deliveries` (latest
 * state per message). Kept apart from the code that runs them so each reads as a definition.
 */

const pct = (part: string, whole: string): string =>
  `case when ${whole} = 0 then null else round(100.0 * ${part} / ${whole}, 1) end`;

const BY_SEX = `count(*) filter (where sex = 'male')::integer as male,
  count(*) filter (where sex = 'female')::integer as female,
  count(*) filter (where sex not in ('male', 'female'))::integer as other,
  count(*)::integer as total`;

export const STATISTICS_SQL = {
  registrationsByUnitMonth: `select unit_code as "unitCode", strftime(registration_date, '%Y-%m') as month,
      event_type as "eventType", count(*)::integer as registrations
    from registered group by all order by 1, 2, 3`,

  registeredWithin21Days: `select event_type as "eventType", count(*)::integer as registered,
      count(*) filter (where delay_days <= 21)::integer as "within21Days",
      ${pct('count(*) filter (where delay_days <= 21)', 'count(*)')} as percent
    from registered group by all order by 1`,

  delayedByTier: `select event_type as "eventType", delay_tier as tier, count(*)::integer as registrations
    from registered where delay_tier <> 'on_time' group by all order by 1, 2`,

  sexRatioAtBirth: `select count(*) filter (where sex = 'male')::integer as males,
      count(*) filter (where sex = 'female')::integer as females,
      case when count(*) filter (where sex = 'male') = 0 then null
        else round(1000.0 * count(*) filter (where sex = 'female') / count(*) filter (where sex = 'male'))::integer
      end as "femalesPer1000Males"
    from registered where event_type = 'birth'`,

  institutionalBirths: `select count(*)::integer as births,
      count(*) filter (where is_institutional)::integer as institutional,
      ${pct('count(*) filter (where is_institutional)', 'count(*)')} as percent
    from registered where event_type = 'birth'`,

  infantDeaths: `select count(*) filter (where event_type = 'death' and is_infant_death)::integer as "infantDeaths",
      count(*) filter (where event_type = 'birth')::integer as "liveBirths",
      case when count(*) filter (where event_type = 'birth') = 0 then null
        else round(1000.0 * count(*) filter (where event_type = 'death' and is_infant_death)
          / count(*) filter (where event_type = 'birth'), 1) end as "per1000LiveBirths"
    from registered`,

  stillBirths: `select count(*)::integer as registered from registered where event_type = 'still_birth'`,

  registrationToDelivery: `with delivered as (
      select record_key, min(coalesce(delivered_at, read_at)) as at from deliveries
      where kind = 'certificate' and coalesce(delivered_at, read_at) is not null group by all)
    select count(*)::integer as certificates,
      round(quantile_cont(epoch(d.at - r.registered_at) / 60.0, 0.5), 1) as "p50Minutes",
      round(quantile_cont(epoch(d.at - r.registered_at) / 60.0, 0.9), 1) as "p90Minutes"
    from registered r join delivered d using (record_key) where r.registered_at is not null`,

  deliverySuccessByUnit: `select unit_code as "unitCode", count(*)::integer as messages,
      count(*) filter (where status in ('delivered', 'read'))::integer as delivered,
      count(*) filter (where status = 'failed')::integer as failed,
      ${pct("count(*) filter (where status in ('delivered', 'read'))", 'count(*)')} as percent
    from deliveries where kind = 'certificate' and unit_code is not null group by all order by 1`,

  failuresByErrorCode: `select error_code as "errorCode", count(*)::integer as failures
    from deliveries where status = 'failed' group by all order by 2 desc, 1`,

  form11: `select unit_code as "unitCode", strftime(registration_date, '%Y-%m') as month, ${BY_SEX},
      count(*) filter (where is_institutional)::integer as institutional,
      count(*) filter (where not is_institutional)::integer as domiciliary,
      count(*) filter (where delay_days <= 21)::integer as "within21Days",
      count(*) filter (where delay_days > 21)::integer as delayed
    from registered where event_type = 'birth' group by all order by 1, 2`,

  form12: `select unit_code as "unitCode", strftime(registration_date, '%Y-%m') as month, ${BY_SEX},
      count(*) filter (where is_infant_death)::integer as infant,
      count(*) filter (where is_institutional)::integer as institutional,
      count(*) filter (where is_medically_certified)::integer as "medicallyCertified"
    from registered where event_type = 'death' group by all order by 1, 2`,

  form13: `select unit_code as "unitCode", strftime(registration_date, '%Y-%m') as month, ${BY_SEX},
      count(*) filter (where is_institutional)::integer as institutional
    from registered where event_type = 'still_birth' group by all order by 1, 2`,
} as const;
