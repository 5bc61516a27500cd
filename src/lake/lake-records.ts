import { assessDelay } from '../registry/assess-delay.ts';
import {
  deriveCurrentDeclaration,
  type Amendment,
} from '../registry/derive-current-declaration.ts';
import { eventFacts } from '../registry/event-facts.ts';
import type { EventType } from '../registry/load-record-for.ts';
import { indiaDate } from '../shared/india-time.ts';
import { birthWeightBand, deathAgeBand, motherAgeBand } from './lake-bands.ts';
import type { LakeSource } from './read-lake-batches.ts';
import { pseudonymOf } from './lake-key.ts';
import type { LakeRow } from './lake-tables.ts';

/** A record as the export reads it: the row, its unit, history version and restricted cause. */
export interface RecordSourceRow {
  lake_id: string;
  event_type: EventType;
  status: string;
  is_cancelled: boolean;
  source: string;
  registration_number: string | null;
  legacy_number: string | null;
  event_date: string;
  registration_date: string | null;
  created_at: Date;
  declaration: Record<string, unknown>;
  statistical: Record<string, unknown>;
  informant_wa_id: string | null;
  amendments: Amendment['changes'][] | null;
  unit_code: string;
  unit_kind: string;
  mandal_en: string;
  district_en: string;
  facility_kind: string | null;
  version: number | null;
  registered_at: Date | null;
  cause_form: string | null;
  immediate_cause: string | null;
  antecedent_causes: string[] | null;
  underlying_cause: string | null;
  icd10_underlying: string | null;
  icd10_codes: string[] | null;
  manner: string | null;
}

export const RECORD_SOURCE: LakeSource = {
  kind: 'record',
  table: 'records',
  alias: 'r',
  idColumn: 'id',
  idType: 'uuid',
  select: (
    batch,
  ) => `select r.id::text as lake_id, r.event_type, r.status, r.is_cancelled, r.source,
      r.registration_number, r.legacy_number, r.event_date, r.registration_date, r.created_at,
      r.declaration, r.statistical, r.informant_wa_id, a.amendments,
      u.code as unit_code, u.kind as unit_kind, u.mandal_en, u.district_en, f.kind as facility_kind,
      h.version, h.registered_at, c.form as cause_form, c.immediate_cause, c.antecedent_causes,
      c.underlying_cause, c.icd10_underlying, c.icd10_codes, c.manner
    from (${batch}) r
    join units u on u.code = r.unit_code
    left join facilities f on f.id = coalesce(r.declaration #>> '{birth,place,facilityId}',
      r.declaration #>> '{death,place,facilityId}')
    left join lateral (select max(seq) as version,
        min(at) filter (where action = 'register') as registered_at
      from record_history where record_id = r.id) h on true
    left join lateral (select jsonb_agg(changes order by seq) as amendments
      from record_amendments where record_id = r.id) a on true
    left join lateral (select * from cause_of_death where record_id = r.id) c on true`,
};

type Loose = Record<string, unknown> | undefined;

const part = (value: Loose, key: string): Loose => value?.[key] as Loose;
const numberAt = (value: Loose, key: string): number | undefined =>
  typeof value?.[key] === 'number' ? value[key] : undefined;
const textAt = (value: Loose, key: string): string | null =>
  typeof value?.[key] === 'string' ? value[key] : null;

/** What both zones are built from, worked out once per record. */
interface DescribedRecord {
  key: string;
  current: Record<string, unknown>;
  facts: LakeRow;
}

/**
 * The facts both zones share, from the record's current values (the declaration with its
 * marginal entries applied, RBD Act s.15). The delay is counted as s.13 counts it: from the
 * event date to the report date (the record's first report, India).
 */
function describe(row: RecordSourceRow, secret: Buffer): DescribedRecord {
  const current = currentDeclarationOf(row);
  const facts = eventFacts(row.event_type, current);
  const eventDate = facts.eventDate || row.event_date;
  const reportDate = indiaDate(row.created_at);
  const delay = assessDelay(eventDate, reportDate);

  return {
    key: pseudonymOf(secret, 'record', row.lake_id),
    current,
    facts: {
      event_type: row.event_type,
      status: row.status,
      is_cancelled: row.is_cancelled,
      source: row.source,
      sex: facts.sex ?? null,
      event_date: eventDate,
      report_date: reportDate,
      registration_date: row.registration_date,
      registered_at: row.registered_at?.toISOString() ?? null,
      delay_days: delay.delayDays,
      delay_tier: delay.tier,
      unit_code: row.unit_code,
      unit_kind: row.unit_kind,
      area: row.unit_kind === 'municipality' ? 'urban' : 'rural',
      mandal: row.mandal_en,
      place_type: facts.place.type,
      is_institutional: facts.place.type === 'facility',
      facility_kind: row.facility_kind,
      year: Number(eventDate.slice(0, 4)),
      district: row.district_en,
    },
  };
}

/** The declaration as it stands; a record without marginal entries is used as read. */
function currentDeclarationOf(row: RecordSourceRow): Record<string, unknown> {
  if (!row.amendments || row.amendments.length === 0) return row.declaration;

  const changes = row.amendments.map((set, seq) => ({ seq, changes: set }) as Amendment);

  return deriveCurrentDeclaration(row.declaration, changes);
}

/**
 * A record's row in each zone. De-identified: the pseudonymous key, bands instead of exact
 * ages and weights, no name, number, address or cause. Restricted: the ids, the current legal
 * and statistical parts and the cause of death.
 */
export function recordRows(
  row: RecordSourceRow,
  secret: Buffer,
  runId: string,
): { deidentified: LakeRow; restricted: LakeRow } {
  const described = describe(row, secret);

  return {
    deidentified: deidentifiedRow(row, described, runId),
    restricted: restrictedRow(row, described, runId),
  };
}

function deidentifiedRow(row: RecordSourceRow, described: DescribedRecord, runId: string): LakeRow {
  const statistical = row.statistical as Loose;
  const age = part(part(described.current, 'deceased'), 'age');
  const ageYears = row.event_type === 'death' ? numberAt(age, 'years') : undefined;
  const isCertified = statistical?.isMedicallyCertified;

  return {
    record_key: described.key,
    version: row.version ?? 0,
    export_run: runId,
    ...described.facts,
    attendant_at_birth: textAt(statistical, 'attendantAtBirth'),
    delivery_type: textAt(statistical, 'deliveryType'),
    birth_weight_band: birthWeightBand(numberAt(statistical, 'birthWeightGrams')),
    gestation_weeks: numberAt(statistical, 'gestationWeeks') ?? null,
    mother_age_band: motherAgeBand(numberAt(statistical, 'motherAgeYears')),
    age_at_death_band: deathAgeBand(ageYears),
    is_infant_death: ageYears === undefined ? null : ageYears < 1,
    medical_attention: textAt(statistical, 'medicalAttention'),
    is_medically_certified: typeof isCertified === 'boolean' ? isCertified : null,
  };
}

function restrictedRow(row: RecordSourceRow, described: DescribedRecord, runId: string): LakeRow {
  return {
    record_id: row.lake_id,
    record_key: described.key,
    version: row.version ?? 0,
    export_run: runId,
    registration_number: row.registration_number,
    legacy_number: row.legacy_number,
    ...described.facts,
    declaration: JSON.stringify(described.current),
    statistical: JSON.stringify(row.statistical),
    informant_wa_id: row.informant_wa_id,
    cause_form: row.cause_form,
    immediate_cause: row.immediate_cause,
    antecedent_causes: row.antecedent_causes ? JSON.stringify(row.antecedent_causes) : null,
    underlying_cause: row.underlying_cause,
    icd10_underlying: row.icd10_underlying,
    icd10_codes: row.icd10_codes ? JSON.stringify(row.icd10_codes) : null,
    manner_of_death: row.manner,
  };
}
