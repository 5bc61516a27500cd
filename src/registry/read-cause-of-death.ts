import type { Db } from '../db/db.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { loadRecordFor } from './load-record-for.ts';

export interface CauseOfDeathView {
  form: '4' | '4A';
  immediateCause: string;
  antecedentCauses: string[];
  underlyingCause: string | null;
  icd10Underlying: string | null;
  icd10Codes: string[];
  manner: string | null;
  certifiedBy: string;
  certifiedOn: string;
}

/**
 * Reads the medical certificate of cause of death (Form 4 / 4A) of a record, for the roles with
 * that right only (the unit's registrar, the district registrar, the chief registrar). Every
 * read, found or not, is written to the record's history (who, role, unit, when) in the same
 * transaction. Returns null when no MCCD was recorded.
 *
 * Fails with FORBIDDEN (a role without the right) or RECORD_NOT_FOUND (missing or outside the
 * caller's jurisdiction).
 */
export async function readCauseOfDeath(
  db: Db,
  actor: Actor,
  recordId: string,
  now: Date = new Date(),
): Promise<CauseOfDeathView | null> {
  return db.transaction(async (tx) => {
    const record = await loadRecordFor(tx, actor, 'read_cause_of_death', recordId);
    const [row] = await tx.query<CauseOfDeathView>(
      `select form, immediate_cause as "immediateCause", antecedent_causes as "antecedentCauses",
         underlying_cause as "underlyingCause", icd10_underlying as "icd10Underlying", icd10_codes as "icd10Codes",
         manner, certified_by as "certifiedBy", certified_on::text as "certifiedOn"
       from cause_of_death where record_id = $1`,
      [record.id],
    );
    await appendHistory(tx, {
      recordId: record.id,
      action: 'read-cause-of-death',
      actor,
      unitCode: record.unit_code,
      at: now,
      legalBasis: 'RBD Act 1969 s.17 proviso (cause of death kept confidential; access recorded)',
      details: { found: row !== undefined },
    });

    return row ?? null;
  });
}
