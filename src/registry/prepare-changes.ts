import type { Sql } from '../db/db.ts';
import { fillMessage } from '../messages/certificate.ts';
import { CHANGE_REMARKS } from '../messages/register-changes.ts';
import { AppError } from '../shared/app-error.ts';
import { formatIndianDate, indiaDate } from '../shared/india-time.ts';
import type { Actor } from './actor.ts';
import type { Bilingual } from '../certificates/certificate-view.ts';
import { deriveCurrentDeclaration, fieldAt, loadAmendments, withField, type FieldChange } from './derive-current-declaration.ts';
import { EVENT_SCHEMAS } from './event-declarations.ts';
import { toFieldIssues } from './field-issues.ts';
import { loadRecordFor, type EventRecordRow } from './load-record-for.ts';

/**
 * Loads a registered, uncancelled record of the caller's jurisdiction for a marginal entry,
 * locked for the transaction. RECORD_NOT_FOUND outside it (like a missing one), FORBIDDEN for
 * a role that may not correct, INVALID_STATUS when it is not registered or already cancelled.
 */
export async function loadRecordToChange(sql: Sql, actor: Actor, recordId: string): Promise<EventRecordRow> {
  const record = await loadRecordFor(sql, actor, 'correct', recordId, { forUpdate: true });
  const [flags] = await sql.query<{ is_cancelled: boolean }>('select is_cancelled from records where id = $1', [recordId]);
  if (record.status !== 'registered' || flags?.is_cancelled) {
    throw new AppError('INVALID_STATUS', 'only a registered entry in force can be changed');
  }

  return record;
}

/**
 * Applies changes to the record's current values and validates the result with the event's
 * own schema, so a corrected entry is as valid as a declared one. Returns the changes as they
 * will be stored (values normalised by the schema, e.g. a proposed Telugu spelling added).
 * Fails with VALIDATION_FAILED naming each bad field.
 */
export async function prepareChanges(sql: Sql, record: EventRecordRow, changes: FieldChange[]): Promise<FieldChange[]> {
  const current = deriveCurrentDeclaration(record.declaration, await loadAmendments(sql, record.id));
  const changed = changes.reduce((declaration, change) => withField(declaration, change.field, change.value), current);
  const parsed = EVENT_SCHEMAS[record.event_type].legal.safeParse(changed);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'the changed entry is invalid', { issues: toFieldIssues(parsed.error) });
  }

  return changes.map((change) => ({ field: change.field, value: fieldAt(parsed.data, change.field) }));
}

/** The remark a reissued certificate prints for a marginal entry made on `now`. */
export function changeRemark(kind: keyof typeof CHANGE_REMARKS, now: Date, fields: string[] = []): Bilingual {
  const values = { date: formatIndianDate(indiaDate(now)), fields: fields.join(', ') };

  return { te: fillMessage(CHANGE_REMARKS[kind].te, values), en: fillMessage(CHANGE_REMARKS[kind].en, values) };
}
