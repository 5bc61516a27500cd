import { describe, expect, it } from 'vitest';
import { ThroughputLimiter } from './throughput-limiter.ts';

describe('the throughput of the business number', () => {
  it('spaces reservations evenly at the configured rate', () => {
    const now = 1_000;
    const limiter = new ThroughputLimiter({ perSecond: 80, clock: () => now });

    const waits = Array.from({ length: 81 }, () => limiter.reserve());

    expect(waits[0]).toBe(0);
    expect(waits[1]).toBeCloseTo(12.5);
    expect(waits[80]).toBeCloseTo(1_000);
  });

  it('holds concurrent sends to the rate across callers', async () => {
    const limiter = new ThroughputLimiter({ perSecond: 200 });
    const started = performance.now();

    await Promise.all(Array.from({ length: 41 }, () => limiter.take()));

    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });
});
