/** The lake's tables: where each lives and its columns, in the order they are written. */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMPTZ';

export type LakeZone = 'deidentified' | 'restricted';

/** One row as the export builds it; dates are 'YYYY-MM-DD', instants ISO strings. */
export type LakeRow = Record<string, string | number | boolean | null>;

export interface LakeTable {
  zone: LakeZone;
  name: string;
  columns: readonly (readonly [name: string, type: ColumnType])[];
}

/** Every table ends with its partition columns, Hive style: year=2026/district=Guntur/. */
const PARTITION = [
  ['year', 'INTEGER'],
  ['district', 'VARCHAR'],
] as const;

const EVENT_FACTS = [
  ['event_type', 'VARCHAR'],
  ['status', 'VARCHAR'],
  ['is_cancelled', 'BOOLEAN'],
  ['source', 'VARCHAR'],
  ['sex', 'VARCHAR'],
  ['event_date', 'DATE'],
  ['report_date', 'DATE'],
  ['registration_date', 'DATE'],
  ['registered_at', 'TIMESTAMPTZ'],
  ['delay_days', 'INTEGER'],
  ['delay_tier', 'VARCHAR'],
  ['unit_code', 'VARCHAR'],
  ['unit_kind', 'VARCHAR'],
  ['area', 'VARCHAR'],
  ['mandal', 'VARCHAR'],
  ['place_type', 'VARCHAR'],
  ['is_institutional', 'BOOLEAN'],
  ['facility_kind', 'VARCHAR'],
] as const;

/** One row per record, its latest state; keys are pseudonyms, no name, phone, address or cause. */
export const DEIDENTIFIED_EVENTS: LakeTable = {
  zone: 'deidentified',
  name: 'events',
  columns: [
    ['record_key', 'VARCHAR'],
    ['version', 'INTEGER'],
    ['export_run', 'VARCHAR'],
    ...EVENT_FACTS,
    ['attendant_at_birth', 'VARCHAR'],
    ['delivery_type', 'VARCHAR'],
    ['birth_weight_band', 'VARCHAR'],
    ['gestation_weeks', 'INTEGER'],
    ['mother_age_band', 'VARCHAR'],
    ['age_at_death_band', 'VARCHAR'],
    ['is_infant_death', 'BOOLEAN'],
    ['medical_attention', 'VARCHAR'],
    ['is_medically_certified', 'BOOLEAN'],
    ...PARTITION,
  ],
};

/** The full record for the state's own use: ids, the legal and statistical parts, the cause. */
export const RESTRICTED_EVENTS: LakeTable = {
  zone: 'restricted',
  name: 'events',
  columns: [
    ['record_id', 'VARCHAR'],
    ['record_key', 'VARCHAR'],
    ['version', 'INTEGER'],
    ['export_run', 'VARCHAR'],
    ['registration_number', 'VARCHAR'],
    ['legacy_number', 'VARCHAR'],
    ...EVENT_FACTS,
    ['declaration', 'VARCHAR'],
    ['statistical', 'VARCHAR'],
    ['informant_wa_id', 'VARCHAR'],
    ['cause_form', 'VARCHAR'],
    ['immediate_cause', 'VARCHAR'],
    ['antecedent_causes', 'VARCHAR'],
    ['underlying_cause', 'VARCHAR'],
    ['icd10_underlying', 'VARCHAR'],
    ['icd10_codes', 'VARCHAR'],
    ['manner_of_death', 'VARCHAR'],
    ...PARTITION,
  ],
};

const DELIVERY_FACTS = [
  ['message_key', 'VARCHAR'],
  ['record_key', 'VARCHAR'],
  ['export_run', 'VARCHAR'],
  ['kind', 'VARCHAR'],
  ['template_name', 'VARCHAR'],
  ['language', 'VARCHAR'],
  ['status', 'VARCHAR'],
  ['error_code', 'INTEGER'],
  ['queued_at', 'TIMESTAMPTZ'],
  ['sent_at', 'TIMESTAMPTZ'],
  ['delivered_at', 'TIMESTAMPTZ'],
  ['read_at', 'TIMESTAMPTZ'],
  ['failed_at', 'TIMESTAMPTZ'],
  ['status_at', 'TIMESTAMPTZ'],
  ['unit_code', 'VARCHAR'],
  ['mandal', 'VARCHAR'],
] as const;

/** One row per outbound WhatsApp message: its delivery states with their times and error code. */
export const DEIDENTIFIED_DELIVERIES: LakeTable = {
  zone: 'deidentified',
  name: 'deliveries',
  columns: [...DELIVERY_FACTS, ...PARTITION],
};

export const RESTRICTED_DELIVERIES: LakeTable = {
  zone: 'restricted',
  name: 'deliveries',
  columns: [
    ['message_id', 'VARCHAR'],
    ['record_id', 'VARCHAR'],
    ['to_wa_id', 'VARCHAR'],
    ['error_details', 'VARCHAR'],
    ...DELIVERY_FACTS,
    ...PARTITION,
  ],
};

/** One row per chat message either way: direction, kind and time, never the words. */
export const DEIDENTIFIED_CONVERSATIONS: LakeTable = {
  zone: 'deidentified',
  name: 'conversations',
  columns: [
    ['message_key', 'VARCHAR'],
    ['contact_key', 'VARCHAR'],
    ['export_run', 'VARCHAR'],
    ['direction', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['sent_at', 'TIMESTAMPTZ'],
    ...PARTITION,
  ],
};

/** Deaths by ICD-10 chapter of the underlying cause; a whole snapshot each run. */
export const CAUSES_BY_CHAPTER: LakeTable = {
  zone: 'deidentified',
  name: 'causes_of_death_by_chapter',
  columns: [
    ['export_run', 'VARCHAR'],
    ['chapter', 'VARCHAR'],
    ['sex', 'VARCHAR'],
    ['deaths', 'INTEGER'],
    ['is_suppressed', 'BOOLEAN'],
    ...PARTITION,
  ],
};
