import type { Sql } from '../db/db.ts';

/** Statuses under which Meta refuses a template (contract §2.2). FLAGGED still sends. */
const UNUSABLE_STATUSES = new Set(['PAUSED', 'DISABLED', 'REJECTED', 'PENDING_DELETION', 'DELETED']);

export interface TemplateState {
  name: string;
  language: string;
  status: string;
  reason: string | null;
  updatedAt: Date;
}

/**
 * Records the status Meta reported for a template translation (the
 * `message_template_status_update` webhook, or a 132015/132016 answer to a send). Takes effect
 * at once for every sender, which asks `findUnusableTemplate` before each template send.
 */
export async function recordTemplateStatus(
  sql: Sql,
  change: { name: string; language: string; status: string; reason?: string },
): Promise<void> {
  await sql.query(
    `insert into wa_template_states (name, language, status, reason) values ($1, $2, $3, $4)
     on conflict (name, language) do update set status = $3, reason = $4, updated_at = now()`,
    [change.name, change.language, change.status.toUpperCase(), change.reason ?? null],
  );
}

/** The template's state when Meta has made it unusable (paused, disabled ...), else undefined. */
export async function findUnusableTemplate(sql: Sql, name: string, language: string): Promise<TemplateState | undefined> {
  const [row] = await sql.query<{ status: string; reason: string | null; updated_at: Date }>(
    'select status, reason, updated_at from wa_template_states where name = $1 and language = $2',
    [name, language],
  );
  if (!row || !UNUSABLE_STATUSES.has(row.status)) return undefined;

  return { name, language, status: row.status, reason: row.reason, updatedAt: row.updated_at };
}

/** Every template translation Meta has made unusable, for /healthz. */
export async function listUnusableTemplates(sql: Sql): Promise<TemplateState[]> {
  const rows = await sql.query<{ name: string; language: string; status: string; reason: string | null; updated_at: Date }>(
    'select name, language, status, reason, updated_at from wa_template_states order by name, language',
  );

  return rows
    .filter((row) => UNUSABLE_STATUSES.has(row.status))
    .map((row) => ({ name: row.name, language: row.language, status: row.status, reason: row.reason, updatedAt: row.updated_at }));
}
