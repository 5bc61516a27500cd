import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Dated = z.object({ effectiveFrom: IsoDate, comment: z.string().optional() });
const Rupees = z.number().int().nonnegative();

export const RegistrationRulesSchema = z.object({
  comment: z.string(),
  reportingPeriods: z
    .array(
      Dated.extend({
        onTimeDays: z.number().int().positive(),
        lateFeeDays: z.number().int().positive(),
        permissionDays: z.number().int().positive(),
      }),
    )
    .min(1),
  fees: z
    .array(
      Dated.extend({ lateFeeRupees: Rupees, permissionFeeRupees: Rupees, orderFeeRupees: Rupees }),
    )
    .min(1),
  permissionAuthorities: z
    .array(Dated.extend({ authorities: z.array(z.string().min(1)).min(1) }))
    .min(1),
  orderAuthorities: z
    .array(Dated.extend({ authorities: z.array(z.string().min(1)).min(1) }))
    .min(1),
  nameLater: z
    .array(
      Dated.extend({
        freeMonths: z.number().int().positive(),
        limitYears: z.number().int().positive(),
        feeRupees: Rupees,
      }),
    )
    .min(1),
  stillBirthMinimumGestationWeeks: z.number().int().positive(),
});

export type RegistrationRules = z.infer<typeof RegistrationRulesSchema>;

const RULES_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'seed',
  'registration-rules.json',
);

/**
 * Reads and validates the dated registration rules (seed/registration-rules.json): time limits,
 * late fees, the authorities for permissions and orders, and the name-later limits. Throws a
 * zod error naming the bad entry, so a broken file stops the service at start.
 */
export function loadRegistrationRules(file: string = RULES_FILE): RegistrationRules {
  return RegistrationRulesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The rules of this deployment, validated when the module loads (at start). */
export const REGISTRATION_RULES: RegistrationRules = loadRegistrationRules();

/**
 * The entry in force on a date: the one with the latest `effectiveFrom` not after it. Throws
 * when the date is before every entry (the configuration does not cover it).
 */
export function inForceOn<T extends { effectiveFrom: string }>(entries: T[], date: string): T {
  const inForce = entries
    .filter((entry) => entry.effectiveFrom <= date)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  if (!inForce) throw new Error(`no registration rule in force on ${date}`);

  return inForce;
}
