import type { Sql } from '../db/db.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import type { CauseOfDeath } from './event-declarations.ts';

/**
 * Keeps Form 4 or 4A in the restricted `cause_of_death` store, replacing any earlier one, and
 * writes to the record's history that it was recorded: the form only, never the cause itself
 * (s.17 proviso: no extract, message, log or export carries the cause of death).
 */
export async function storeCauseOfDeath(
  sql: Sql,
  actor: Actor,
  entry: { recordId: string; unitCode: string; cause: CauseOfDeath; now: Date },
): Promise<void> {
  const { cause } = entry;
  await sql.query(
    `insert into cause_of_death (record_id, form, immediate_cause, antecedent_causes, underlying_cause,
       icd10_underlying, icd10_codes, manner, certified_by, certified_on, recorded_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (record_id) do update set form = excluded.form, immediate_cause = excluded.immediate_cause,
       antecedent_causes = excluded.antecedent_causes, underlying_cause = excluded.underlying_cause,
       icd10_underlying = excluded.icd10_underlying, icd10_codes = excluded.icd10_codes, manner = excluded.manner,
       certified_by = excluded.certified_by, certified_on = excluded.certified_on, recorded_at = excluded.recorded_at`,
    [
      entry.recordId,
      cause.form,
      cause.immediateCause,
      cause.antecedentCauses,
      cause.underlyingCause ?? null,
      cause.icd10Underlying ?? null,
      cause.icd10Codes,
      cause.manner ?? null,
      cause.certifiedBy,
      cause.certifiedOn,
      entry.now,
    ],
  );
  await appendHistory(sql, {
    recordId: entry.recordId,
    action: 'record-cause-of-death',
    actor,
    unitCode: entry.unitCode,
    at: entry.now,
    legalBasis: 'RBD Act 1969 s.10(3); AP RBD Rules 1999 r.7 (Form 4 / 4A)',
    details: { form: cause.form },
  });
}
