import { describe, expect, it } from 'vitest';
import { assessDelay } from './assess-delay.ts';

describe('assessDelay (s.13 tiers, AP rules in force on the report date)', () => {
  it('a birth reported on day 21 is on time and free', () => {
    const assessment = assessDelay('2026-03-01', '2026-03-22');

    expect(assessment).toMatchObject({
      delayDays: 21,
      tier: 'on_time',
      required: [],
      feeRupees: 0,
    });
  });

  it('day 22 needs the late fee, Rs 25 under the 2026 AP fees', () => {
    expect(assessDelay('2026-03-01', '2026-03-23')).toMatchObject({
      delayDays: 22,
      tier: 'late_fee',
      required: ['late_fee'],
      feeRupees: 25,
    });
  });

  it('day 30 still needs only the fee; day 31 needs the permission, an affidavit and Rs 250', () => {
    expect(assessDelay('2026-03-01', '2026-03-31').tier).toBe('late_fee');
    expect(assessDelay('2026-03-01', '2026-04-01')).toMatchObject({
      delayDays: 31,
      tier: 'permission',
      required: ['permission', 'affidavit', 'late_fee'],
      feeRupees: 250,
    });
  });

  it('day 365 needs the permission; day 366 the magistrate order', () => {
    expect(assessDelay('2025-03-01', '2026-03-01').tier).toBe('permission');
    expect(assessDelay('2025-03-01', '2026-03-02')).toMatchObject({
      delayDays: 366,
      tier: 'magistrate_order',
      required: ['magistrate_order', 'late_fee'],
    });
  });

  it('uses the fees in force on the report date: Rs 2 under the 1999 model rules', () => {
    expect(assessDelay('2025-01-01', '2025-01-25').feeRupees).toBe(2);
  });
});
