import { z } from 'zod';
import { fieldIssue, toFieldIssues } from '../registry/field-issues.ts';
import { AppError } from '../shared/app-error.ts';
import { daysBetween, indiaDate } from '../shared/india-time.ts';
import type { DashboardRange } from './dashboard.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The longest range one dashboard covers: a quarter. It reads the operational register, sized
 * for weeks of work; a year's figures come from the lake (GET /api/v1/statistics).
 */
export const MAX_RANGE_DAYS = 92;

/** The range shown when none is asked for: the four weeks up to today in India. */
export const DEFAULT_RANGE_DAYS = 28;

export const DashboardQuerySchema = z.object({
  from: IsoDate.optional().describe('First registration date counted, YYYY-MM-DD (India)'),
  to: IsoDate.optional().describe(
    'Last registration date counted, YYYY-MM-DD (India); today by default',
  ),
  bucket: z
    .enum(['day', 'week'])
    .default('day')
    .describe('Registrations per day, or per week from Monday'),
});

export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

/**
 * Reads the dashboard's query: dates in India (Asia/Kolkata), `to` today and `from` 27 days
 * before it by default. Fails with VALIDATION_FAILED for a malformed date, `from` after `to`,
 * or a range longer than MAX_RANGE_DAYS.
 */
export function resolveDashboardRange(input: unknown, now: Date): DashboardRange {
  const parsed = DashboardQuerySchema.safeParse(input ?? {});
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'dashboard query is invalid', {
      issues: toFieldIssues(parsed.error),
    });
  }

  const to = parsed.data.to ?? indiaDate(now);
  const from = parsed.data.from ?? shiftDate(to, -(DEFAULT_RANGE_DAYS - 1));
  if (!isRealDate(from) || !isRealDate(to)) {
    throw new AppError('VALIDATION_FAILED', 'no such date', {
      issues: [fieldIssue(isRealDate(from) ? 'to' : 'from', 'date')],
    });
  }

  const days = daysBetween(from, to);
  if (days < 0 || days >= MAX_RANGE_DAYS) {
    throw new AppError('VALIDATION_FAILED', `range of ${days + 1} days`, {
      issues: [fieldIssue('from', 'dateRange')],
    });
  }

  return { from, to, bucket: parsed.data.bucket };
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function isRealDate(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);

  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}
