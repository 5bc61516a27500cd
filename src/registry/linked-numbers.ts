import type { Sql } from '../db/db.ts';

/** A record as the citizen chat lists it. */
export interface LinkedRecord {
  id: string;
  eventType: 'birth' | 'death';
  unitCode: string;
  registrationNumber: string;
  eventDate: string;
  /** The name of the child (or the deceased) as declared, when there is one. */
  name: { en?: string; te?: string } | undefined;
  informantLanguage: 'te' | 'en';
}

interface LinkedRecordRow {
  id: string;
  event_type: 'birth' | 'death';
  unit_code: string;
  registration_number: string;
  event_date: string;
  name: { en?: string; te?: string; enSource?: string; teSource?: string; isConfirmed?: boolean } | null;
  informant_language: 'te' | 'en';
}

/**
 * The WhatsApp numbers (wa_id) linked to a record: those that may receive its certificate
 * without a one-time code (DESIGN: a certificate goes only to a number linked to the record).
 * These are the numbers in `record_contacts` (informant, mother, father, spouse) not unlinked
 * by the registrar; a record written before contacts existed falls back to its informant.
 */
export async function numbersLinkedToRecord(sql: Sql, recordId: string): Promise<string[]> {
  const rows = await sql.query<{ wa_id: string }>(
    `select wa_id from record_contacts where record_id = $1 and removed_at is null
     union all
     select informant_wa_id from records r where id = $1 and informant_wa_id is not null
       and not exists (select 1 from record_contacts c where c.record_id = r.id)`,
    [recordId],
  );

  return [...new Set(rows.map((row) => row.wa_id))];
}

/**
 * The registered records a WhatsApp number is linked to, newest event first, optionally of
 * one event type. The one place that answers "which records may this number see": those it
 * is linked to in any role (see numbersLinkedToRecord); cancelled entries are left out.
 */
export async function recordsLinkedToNumber(
  sql: Sql,
  waId: string,
  options: { eventType?: 'birth' | 'death'; limit?: number } = {},
): Promise<LinkedRecord[]> {
  const rows = await sql.query<LinkedRecordRow>(
    `select id, event_type, unit_code, registration_number, event_date,
       coalesce(
         (select change->'value' from record_amendments a, jsonb_array_elements(a.changes) with ordinality as c(change, n)
          where a.record_id = records.id and change->>'field' in ('child.name', 'deceased.name')
          order by a.seq desc, n desc limit 1),
         declaration->'child'->'name', declaration->'deceased'->'name') as name, informant_language
     from records
     where (exists (select 1 from record_contacts c where c.record_id = records.id and c.wa_id = $1 and c.removed_at is null)
         or (informant_wa_id = $1 and not exists (select 1 from record_contacts c where c.record_id = records.id)))
       and status = 'registered' and not is_cancelled and ($2::text is null or event_type = $2)
     order by event_date desc, registration_number desc
     limit $3`,
    [waId, options.eventType ?? null, options.limit ?? 50],
  );

  return rows.map((row) => ({
    id: row.id,
    eventType: row.event_type,
    unitCode: row.unit_code,
    registrationNumber: row.registration_number,
    eventDate: row.event_date,
    name: row.name ? confirmedScripts(row.name) : undefined,
    informantLanguage: row.informant_language,
  }));
}

/** A name without the script Patra proposed and the registrar has not yet confirmed. */
function confirmedScripts(name: NonNullable<LinkedRecordRow['name']>): { en?: string; te?: string } {
  const isProposal = name.isConfirmed !== true;

  return {
    en: isProposal && name.enSource === 'transliterated' ? undefined : name.en,
    te: isProposal && name.teSource === 'transliterated' ? undefined : name.te,
  };
}
