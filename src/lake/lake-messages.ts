import { indiaDate } from '../shared/india-time.ts';
import { pseudonymOf } from './lake-key.ts';
import type { LakeRow } from './lake-tables.ts';
import type { LakeSource } from './read-lake-batches.ts';

/** Rows that belong to no record (a chat message of a number on no record) sit here. */
export const UNASSIGNED_DISTRICT = 'unassigned';

/** An outbound message with the times of its delivery states and its record's unit. */
export interface MessageSourceRow {
  lake_id: string;
  record_id: string | null;
  to_wa_id: string;
  kind: string;
  template_name: string | null;
  language: string;
  status: string;
  error_code: number | null;
  error_details: string | null;
  created_at: Date;
  status_at: Date;
  sent_at: Date | null;
  delivered_at: Date | null;
  read_at: Date | null;
  failed_at: Date | null;
  unit_code: string | null;
  mandal_en: string | null;
  district_en: string | null;
}

export const MESSAGE_SOURCE: LakeSource = {
  kind: 'message',
  table: 'wa_messages',
  alias: 'm',
  idColumn: 'id',
  idType: 'uuid',
  select: (
    batch,
  ) => `select m.id::text as lake_id, m.record_id::text as record_id, m.to_wa_id, m.kind,
      m.template_name, m.language, m.status, m.error_code, m.error_details, m.created_at, m.status_at,
      s.sent_at, s.delivered_at, s.read_at, s.failed_at, u.code as unit_code, u.mandal_en, u.district_en
    from (${batch}) m
    left join records r on r.id = m.record_id
    left join units u on u.code = r.unit_code
    left join lateral (select min(occurred_at) filter (where status = 'sent') as sent_at,
        min(occurred_at) filter (where status = 'delivered') as delivered_at,
        min(occurred_at) filter (where status = 'read') as read_at,
        min(occurred_at) filter (where status = 'failed') as failed_at
      from wa_status_events e where e.wa_message_id = m.wa_message_id) s on true`,
};

/** A citizen's message: who (as a pseudonym), what kind, when; never the words. */
export interface InboundSourceRow {
  lake_id: string;
  contact_key: string;
  type: string;
  received_at: Date;
}

export const INBOUND_SOURCE: LakeSource = {
  kind: 'inbound',
  table: 'wa_inbound_messages',
  alias: 'i',
  idColumn: 'wa_message_id',
  idType: 'text',
  select: (batch) => `select i.wa_message_id as lake_id, i.contact_key, i.type, i.received_at
    from (${batch}) i`,
};

const iso = (at: Date | null): string | null => at?.toISOString() ?? null;

/**
 * The delivery facts of a message. A failure the send itself met (e.g. 131026 in the API's
 * answer) has no `failed` webhook: its time is the message's status time.
 */
function deliveryFacts(row: MessageSourceRow, secret: Buffer, runId: string): LakeRow {
  const failedAt = row.failed_at ?? (row.status === 'failed' ? row.status_at : null);

  return {
    message_key: pseudonymOf(secret, 'message', row.lake_id),
    record_key: row.record_id ? pseudonymOf(secret, 'record', row.record_id) : null,
    export_run: runId,
    kind: row.kind,
    template_name: row.template_name,
    language: row.language,
    status: row.status,
    error_code: row.error_code,
    queued_at: iso(row.created_at),
    sent_at: iso(row.sent_at),
    delivered_at: iso(row.delivered_at),
    read_at: iso(row.read_at),
    failed_at: iso(failedAt),
    status_at: iso(row.status_at),
    unit_code: row.unit_code,
    mandal: row.mandal_en,
    year: Number(indiaDate(row.created_at).slice(0, 4)),
    district: row.district_en ?? UNASSIGNED_DISTRICT,
  };
}

/** The de-identified delivery row and the restricted one (with the number and error text). */
export function deliveryRows(
  row: MessageSourceRow,
  secret: Buffer,
  runId: string,
): { deidentified: LakeRow; restricted: LakeRow } {
  const facts = deliveryFacts(row, secret, runId);

  return {
    deidentified: facts,
    restricted: {
      ...facts,
      message_id: row.lake_id,
      record_id: row.record_id,
      to_wa_id: row.to_wa_id,
      error_details: row.error_details,
    },
  };
}

/** The conversation row of an outbound message. */
export function outboundConversationRow(
  row: MessageSourceRow,
  secret: Buffer,
  runId: string,
): LakeRow {
  return {
    message_key: pseudonymOf(secret, 'message', row.lake_id),
    contact_key: pseudonymOf(secret, 'contact', row.to_wa_id),
    export_run: runId,
    direction: 'outbound',
    kind: row.kind,
    sent_at: row.created_at.toISOString(),
    year: Number(indiaDate(row.created_at).slice(0, 4)),
    district: row.district_en ?? UNASSIGNED_DISTRICT,
  };
}

/** The conversation row of a citizen's message. */
export function inboundConversationRow(
  row: InboundSourceRow,
  secret: Buffer,
  runId: string,
): LakeRow {
  return {
    message_key: pseudonymOf(secret, 'message', row.lake_id),
    contact_key: pseudonymOf(secret, 'contact', row.contact_key),
    export_run: runId,
    direction: 'inbound',
    kind: row.type,
    sent_at: row.received_at.toISOString(),
    year: Number(indiaDate(row.received_at).slice(0, 4)),
    district: UNASSIGNED_DISTRICT,
  };
}
