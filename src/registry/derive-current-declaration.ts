import type { Bilingual } from '../certificates/certificate-view.ts';
import type { Sql } from '../db/db.ts';

export type AmendmentKind = 'name_added' | 'clerical' | 'fact' | 'cancellation' | 'name_confirmed';

/** One field a marginal entry sets, by its path in the declaration ('mother.name'). */
export interface FieldChange {
  field: string;
  value: unknown;
}

/** A marginal entry as stored in record_amendments. */
export interface Amendment {
  seq: number;
  kind: AmendmentKind;
  changes: FieldChange[];
  reason: string;
  remark: Bilingual | undefined;
  madeAt: Date;
}

interface AmendmentRow {
  seq: number;
  kind: AmendmentKind;
  changes: FieldChange[];
  reason: string;
  remark_en: string | null;
  remark_te: string | null;
  made_at: Date;
}

/** The marginal entries of a record, oldest first. */
export async function loadAmendments(sql: Sql, recordId: string): Promise<Amendment[]> {
  const rows = await sql.query<AmendmentRow>(
    'select seq, kind, changes, reason, remark_en, remark_te, made_at from record_amendments where record_id = $1 order by seq',
    [recordId],
  );

  return rows.map((row) => ({
    seq: row.seq,
    kind: row.kind,
    changes: row.changes,
    reason: row.reason,
    remark: row.remark_en ? { en: row.remark_en, te: row.remark_te ?? undefined } : undefined,
    madeAt: row.made_at,
  }));
}

/**
 * A record's current values (RBD Act s.15: corrections are marginal entries): the original
 * declaration with each entry's changes applied in order. The original is never modified.
 */
export function deriveCurrentDeclaration<T extends object>(original: T, amendments: Amendment[]): T {
  let current = structuredClone(original) as Record<string, unknown>;
  for (const amendment of amendments) {
    for (const change of amendment.changes) current = withField(current, change.field, change.value);
  }

  return current as T;
}

/** A copy of `object` with the value at a dotted path replaced (parents made when missing). */
export function withField(object: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return object;
  if (rest.length === 0) return { ...object, [head]: value };

  const child = object[head];
  const inner = typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : {};

  return { ...object, [head]: withField(inner, rest.join('.'), value) };
}

/** The value at a dotted path, or undefined. */
export function fieldAt(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined),
    object,
  );
}
