import { z } from 'zod';
import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { isActionAllowed, jurisdictionFilter } from './authorize.ts';
import { deriveCurrentDeclaration, type Amendment } from './derive-current-declaration.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import { nameKeys } from './name-search-keys.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const RecordSearchSchema = z.object({
  number: z.string().min(3).max(60).optional().describe('Registration number or legacy number, exactly'),
  name: z.string().min(2).max(100).optional().describe('Any names, Telugu or English; spelling variants match'),
  date: IsoDate.optional().describe('Event date, YYYY-MM-DD'),
  from: IsoDate.optional().describe('Event date from, YYYY-MM-DD'),
  to: IsoDate.optional().describe('Event date to, YYYY-MM-DD'),
  unit: z.string().max(20).optional().describe('Unit code, within the caller\'s jurisdiction'),
  eventType: z.enum(['birth', 'still_birth', 'death']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type RecordSearch = z.infer<typeof RecordSearchSchema>;

export interface FoundRecord {
  id: string;
  eventType: string;
  unitCode: string;
  status: string;
  isCancelled: boolean;
  registrationNumber: string | null;
  legacyNumber: string | null;
  registrationDate: string | null;
  eventDate: string;
  /** The child's or the deceased's name, then the parents', as currently entered. */
  names: { person: string; en?: string; te?: string }[];
}

interface FoundRow {
  id: string;
  event_type: string;
  unit_code: string;
  status: string;
  is_cancelled: boolean;
  registration_number: string | null;
  legacy_number: string | null;
  registration_date: string | null;
  event_date: string;
  declaration: Record<string, unknown>;
}

/**
 * Searches the register within the caller's jurisdiction (its unit, district or the state):
 * by registration or legacy number, by names in either script through their phonetic keys
 * (the GIN index on search_keys: Srinivas finds Sreenivas and శ్రీనివాస్), by event date or
 * range, unit and event type. A record outside the jurisdiction is never found, so a guessed
 * number reveals nothing. Names shown are the current ones; no Aadhaar, no cause of death.
 *
 * Fails with VALIDATION_FAILED (no criterion, or a bad one) or FORBIDDEN.
 */
export async function searchRecords(sql: Sql, actor: Actor, input: unknown): Promise<FoundRecord[]> {
  if (!isActionAllowed(actor, 'search')) throw new AppError('FORBIDDEN', `${actor.role} may not search`);

  const parsed = RecordSearchSchema.safeParse(input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'search is invalid', { issues: toFieldIssues(parsed.error) });

  const search = parsed.data;
  const keys = search.name ? nameKeys(search.name).map((key) => `n:${key}`) : [];
  if (keys.length === 0 && !search.number && !search.date && !search.from && !search.to) {
    throw new AppError('VALIDATION_FAILED', 'search needs a name, number or date', { issues: [fieldIssue('name', 'required')] });
  }

  const rows = await sql.query<FoundRow>(...searchQuery(actor, search, keys));
  const amendments = await amendmentsOf(sql, rows.map((row) => row.id));

  return rows.map((row) => toFound(row, amendments.get(row.id) ?? []));
}

function searchQuery(actor: Actor, search: RecordSearch, keys: string[]): [string, unknown[]] {
  const scope = jurisdictionFilter(actor, 1);
  const params: unknown[] = [...scope.params];
  const where = [scope.sql];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (search.number) add((p) => `(r.registration_number = ${p} or r.legacy_number = ${p})`, search.number.trim());
  if (keys.length > 0) add((p) => `r.search_keys @> ${p}::text[]`, keys);
  if (search.date) add((p) => `r.event_date = ${p}::date`, search.date);
  if (search.from) add((p) => `r.event_date >= ${p}::date`, search.from);
  if (search.to) add((p) => `r.event_date <= ${p}::date`, search.to);
  if (search.unit) add((p) => `r.unit_code = ${p}`, search.unit.toUpperCase());
  if (search.eventType) add((p) => `r.event_type = ${p}`, search.eventType);
  params.push(search.limit);

  return [
    `select r.id, r.event_type, r.unit_code, r.status, r.is_cancelled, r.registration_number, r.legacy_number,
       r.registration_date, r.event_date, r.declaration
     from records r join units u on u.code = r.unit_code
     where ${where.join(' and ')}
     order by r.event_date desc, r.id limit $${params.length}`,
    params,
  ];
}

async function amendmentsOf(sql: Sql, recordIds: string[]): Promise<Map<string, Amendment[]>> {
  const byRecord = new Map<string, Amendment[]>();
  if (recordIds.length === 0) return byRecord;

  const rows = await sql.query<{ record_id: string; seq: number; kind: Amendment['kind']; changes: Amendment['changes']; made_at: Date }>(
    'select record_id, seq, kind, changes, made_at from record_amendments where record_id = any($1::uuid[]) order by record_id, seq',
    [recordIds],
  );
  for (const row of rows) {
    const list = byRecord.get(row.record_id) ?? [];
    list.push({ seq: row.seq, kind: row.kind, changes: row.changes, reason: '', remark: undefined, madeAt: row.made_at });
    byRecord.set(row.record_id, list);
  }

  return byRecord;
}

function toFound(row: FoundRow, amendments: Amendment[]): FoundRecord {
  const declaration = deriveCurrentDeclaration(row.declaration, amendments);
  const names = ['child', 'deceased', 'mother', 'father', 'spouse'].flatMap((person) => {
    const name = (declaration[person] as { name?: Record<string, unknown> } | undefined)?.name;
    if (!name) return [];

    const isProposal = name.isConfirmed !== true;
    const en = isProposal && name.enSource === 'transliterated' ? undefined : (name.en as string | undefined);
    const te = isProposal && name.teSource === 'transliterated' ? undefined : (name.te as string | undefined);

    return [{ person, en, te }];
  });

  return {
    id: row.id, eventType: row.event_type, unitCode: row.unit_code, status: row.status, isCancelled: row.is_cancelled,
    registrationNumber: row.registration_number, legacyNumber: row.legacy_number,
    registrationDate: row.registration_date, eventDate: row.event_date, names,
  };
}
