import { describe, expect, it } from 'vitest';
import { isRetryable, isTokenRefused, minimumRetryDelayMs } from './cloud-api-errors.ts';

describe('which Cloud API errors are retried', () => {
  it.each([
    [130429, 429], [131000, 500], [131056, 400], [2, 503], [1, 500], [undefined, 502], [undefined, undefined],
  ])('retries code %s (HTTP %s)', (code, status) => {
    expect(isRetryable(code, status)).toBe(true);
  });

  it.each([
    [131026, 400], [131047, 400], [132000, 400], [132001, 400], [100, 400], [190, 401], [368, 403], [131053, 400],
    [132016, 400], [200, 403],
  ])('never retries code %s (HTTP %s)', (code, status) => {
    expect(isRetryable(code, status)).toBe(false);
  });

  it('waits at least 6 s after a pair-rate refusal and long after a paused template', () => {
    expect(minimumRetryDelayMs(131056)).toBe(6_000);
    expect(minimumRetryDelayMs(132015)).toBeGreaterThanOrEqual(15 * 60_000);
    expect(minimumRetryDelayMs(131000)).toBeUndefined();
  });

  it('knows a refused token by code 190 or HTTP 401', () => {
    expect(isTokenRefused(190, 401)).toBe(true);
    expect(isTokenRefused(undefined, 401)).toBe(true);
    expect(isTokenRefused(131000, 500)).toBe(false);
  });
});
