import { daysBetween } from '../shared/india-time.ts';
import { inForceOn, REGISTRATION_RULES, type RegistrationRules } from './registration-rules.ts';

/** What a delayed registration needs recorded before it can be registered (s.13). */
export type DelayRequirement = 'late_fee' | 'permission' | 'affidavit' | 'magistrate_order';

export type DelayTier = 'on_time' | 'late_fee' | 'permission' | 'magistrate_order';

export interface DelayAssessment {
  /** Calendar days (India) from the event to the report. */
  delayDays: number;
  tier: DelayTier;
  required: DelayRequirement[];
  /** The late fee due, in rupees, by the fees in force on the report date (0 when on time). */
  feeRupees: number;
  legalBasis: string;
}

const LEGAL_BASIS: Record<DelayTier, string> = {
  on_time:
    'RBD Act 1969 s.8, s.13(1); AP RBD Rules 1999 r.5 (reported within the reporting period)',
  late_fee: 'RBD Act 1969 s.13(1); AP RBD Rules 1999 r.9(1) (late fee)',
  permission:
    'RBD Act 1969 s.13(2); AP RBD Rules 1999 r.9(2) (written permission, affidavit, late fee)',
  magistrate_order:
    'RBD Act 1969 s.13(3) as amended 2023; AP RBD Rules 1999 r.9(3) (order, late fee)',
};

/**
 * Sorts a report into the tiers of s.13 by the rules in force on the report date: on time when
 * the report date is at most `onTimeDays` (21) after the event date (both India dates); then the
 * late fee up to `lateFeeDays` (30); then the District Registrar's permission, an affidavit and
 * the fee up to `permissionDays` (365); beyond that a magistrate's order and the fee.
 */
export function assessDelay(
  eventDate: string,
  reportDate: string,
  rules: RegistrationRules = REGISTRATION_RULES,
): DelayAssessment {
  const delayDays = daysBetween(eventDate, reportDate);
  const period = inForceOn(rules.reportingPeriods, reportDate);
  const fees = inForceOn(rules.fees, reportDate);

  if (delayDays <= period.onTimeDays) {
    return {
      delayDays,
      tier: 'on_time',
      required: [],
      feeRupees: 0,
      legalBasis: LEGAL_BASIS.on_time,
    };
  }
  if (delayDays <= period.lateFeeDays) {
    return {
      delayDays,
      tier: 'late_fee',
      required: ['late_fee'],
      feeRupees: fees.lateFeeRupees,
      legalBasis: LEGAL_BASIS.late_fee,
    };
  }
  if (delayDays <= period.permissionDays) {
    return {
      delayDays,
      tier: 'permission',
      required: ['permission', 'affidavit', 'late_fee'],
      feeRupees: fees.permissionFeeRupees,
      legalBasis: LEGAL_BASIS.permission,
    };
  }

  return {
    delayDays,
    tier: 'magistrate_order',
    required: ['magistrate_order', 'late_fee'],
    feeRupees: fees.orderFeeRupees,
    legalBasis: LEGAL_BASIS.magistrate_order,
  };
}
