import { z } from 'zod';
import type { Actor } from '../registry/actor.ts';
import { toFieldIssues } from '../registry/field-issues.ts';
import { AppError } from '../shared/app-error.ts';
import { computeVitalStatistics } from './compute-vital-statistics.ts';
import { readLatestRun } from './read-latest-run.ts';
import type { VitalStatistics } from './vital-statistics.ts';

export const StatisticsQuerySchema = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('Registrations of this calendar year only, e.g. 2026; every year when left out'),
  district: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe("A district (units.district_en), e.g. Guntur; a District Registrar's own by default"),
});

export type StatisticsQuery = z.infer<typeof StatisticsQuerySchema>;

/** Who reads statistics and over what: the District Registrar their district, the state roles the state. */
const STATE_ROLES: readonly Actor['role'][] = ['chief_registrar', 'state_operations'];

/**
 * The vital statistics for a person who may read them: a District Registrar those of their
 * own district (asking for another district is OUTSIDE_JURISDICTION), the Chief Registrar and
 * the state operations team the state or any one district (s.19 of the RBD Act gives the
 * Chief Registrar the state's statistics). Everyone else is FORBIDDEN. Computed from the lake
 * in `lakeDir` as the last `patra lake export` left it (`lake.latestRunAt` says how fresh),
 * once per run and scope: later asks get the same answer until a new export lands.
 * Fails with VALIDATION_FAILED, FORBIDDEN or OUTSIDE_JURISDICTION.
 */
export async function readVitalStatistics(
  actor: Actor,
  input: unknown,
  options: { lakeDir: string },
): Promise<VitalStatistics> {
  const parsed = StatisticsQuerySchema.safeParse(input ?? {});
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'statistics query is invalid', {
      issues: toFieldIssues(parsed.error),
    });
  }

  const district = districtFor(actor, parsed.data.district);
  const year = parsed.data.year ? Number(parsed.data.year) : null;

  return cachedStatistics({ lakeDir: options.lakeDir, district, year });
}

/** Answers kept per lake run and scope; a run's files never change, so neither do its figures. */
const CACHE_ENTRIES = 64;
const cache = new Map<string, Promise<VitalStatistics>>();

function cachedStatistics(scope: {
  lakeDir: string;
  district: string | null;
  year: number | null;
}): Promise<VitalStatistics> {
  const { latestRun } = readLatestRun(scope.lakeDir);
  const key = JSON.stringify([scope.lakeDir, latestRun, scope.district, scope.year]);
  const found = cache.get(key);
  if (found) return found;

  const computed = computeVitalStatistics(scope);
  computed.catch(() => cache.delete(key));
  cache.set(key, computed);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value ?? key);

  return computed;
}

function districtFor(actor: Actor, asked: string | undefined): string | null {
  if (STATE_ROLES.includes(actor.role)) return asked ?? null;
  if (actor.role !== 'district_registrar' || !actor.districtEn) {
    throw new AppError('FORBIDDEN', `${actor.role} may not read the vital statistics`);
  }
  if (asked !== undefined && asked !== actor.districtEn) {
    throw new AppError('OUTSIDE_JURISDICTION', 'statistics of another district');
  }

  return actor.districtEn;
}
