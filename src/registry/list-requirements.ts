import type { Sql } from '../db/db.ts';
import { REQUIREMENT_TEXT } from '../messages/requirements.ts';
import { AppError, type FieldIssue } from '../shared/app-error.ts';
import { indiaDate } from '../shared/india-time.ts';
import { assessDelay, type DelayAssessment, type DelayRequirement } from './assess-delay.ts';

export interface RequirementsView {
  assessment: DelayAssessment;
  reportDate: string;
  recorded: { kind: string; details: unknown; recordedAt: string }[];
  missing: DelayRequirement[];
}

/**
 * What a record's registration needs by its delay (event date to the date it was first
 * reported, India dates), what is recorded and what is still missing. No jurisdiction check:
 * callers load the record through loadRecordFor first.
 */
export async function listRequirements(
  sql: Sql,
  record: { id: string; event_date: string; created_at: Date },
): Promise<RequirementsView> {
  const reportDate = indiaDate(record.created_at);
  const assessment = assessDelay(record.event_date, reportDate);
  const rows = await sql.query<{ kind: string; details: unknown; recorded_at: Date }>(
    'select kind, details, recorded_at from record_requirements where record_id = $1 order by recorded_at',
    [record.id],
  );
  const kinds = new Set(rows.map((row) => row.kind));

  return {
    assessment,
    reportDate,
    recorded: rows.map((row) => ({
      kind: row.kind,
      details: row.details,
      recordedAt: row.recorded_at.toISOString(),
    })),
    missing: assessment.required.filter((kind) => !kinds.has(kind)),
  };
}

/** REQUIREMENTS_MISSING naming each missing item in Telugu and English; nothing when none. */
export function refuseWhenMissing(missing: DelayRequirement[], delayDays: number): void {
  if (missing.length === 0) return;

  const issues: FieldIssue[] = missing.map((kind) => ({
    field: `requirements.${kind}`,
    message: REQUIREMENT_TEXT[kind].en,
    messageTe: REQUIREMENT_TEXT[kind].te,
  }));
  throw new AppError('REQUIREMENTS_MISSING', `reported ${delayDays} days after the event`, {
    issues,
  });
}
