import { describe, expect, it } from 'vitest';
import { PairRateLimiter } from './pair-rate-limiter.ts';

describe('the pair rate to one recipient', () => {
  it('lets a short burst through, then one send every 6 s', () => {
    let now = 0;
    const limiter = new PairRateLimiter({ burst: 3, clock: () => now });

    const burst = [1, 2, 3].map(() => limiter.take('919876543210'));
    const fourth = limiter.take('919876543210');
    now += 6_000;
    const afterSixSeconds = limiter.take('919876543210');

    expect(burst).toEqual([0, 0, 0]);
    expect(fourth).toBe(6_000);
    expect(afterSixSeconds).toBe(0);
  });

  it('keeps each recipient apart', () => {
    const limiter = new PairRateLimiter({ burst: 1, clock: () => 0 });

    expect(limiter.take('919876543210')).toBe(0);
    expect(limiter.take('919876543211')).toBe(0);
    expect(limiter.take('919876543210')).toBeGreaterThan(0);
  });

  it('waits a whole interval after Meta answers 131056', () => {
    let now = 0;
    const limiter = new PairRateLimiter({ burst: 5, clock: () => now });

    limiter.penalise('919876543210');
    const atOnce = limiter.take('919876543210');
    now += 5_999;
    const justBefore = limiter.take('919876543210');
    now += 1;
    const after = limiter.take('919876543210');

    expect(atOnce).toBe(6_000);
    expect(justBefore).toBe(1);
    expect(after).toBe(0);
  });
});
