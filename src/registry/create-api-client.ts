import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import { toFieldIssues } from './field-issues.ts';

export const ApiClientSchema = z.object({
  name: z.string().trim().min(1).max(100),
  department: z.enum(['health', 'panchayat_raj', 'municipal_administration']),
  unitCodes: z.array(z.string().min(1)).min(1),
});

/** An API key is stored only as this hash. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * Creates a department's system client (a hospital system, Panchayat Raj, Municipal
 * Administration) that may notify events in the units given, and returns its API key: shown
 * once, stored only as a SHA-256 hash. Fails with VALIDATION_FAILED or UNIT_NOT_FOUND.
 */
export async function createApiClient(
  sql: Sql,
  input: unknown,
): Promise<{ id: string; key: string }> {
  const parsed = ApiClientSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'bad client', { issues: toFieldIssues(parsed.error) });

  const unitCodes = parsed.data.unitCodes.map((code) => code.toUpperCase());
  const known = await sql.query<{ code: string }>(
    'select code from units where code = any($1::text[])',
    [unitCodes],
  );
  if (known.length !== new Set(unitCodes).size)
    throw new AppError('UNIT_NOT_FOUND', 'unknown unit code');

  const key = `patra_${randomBytes(32).toString('base64url')}`;
  const [row] = await sql.query<{ id: string }>(
    'insert into api_clients (name, department, key_hash, unit_codes) values ($1, $2, $3, $4) returning id',
    [parsed.data.name, parsed.data.department, hashApiKey(key), unitCodes],
  );

  return { id: row?.id ?? '', key };
}
