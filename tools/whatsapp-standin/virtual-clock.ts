/**
 * A clock that moves only when told: the 24-hour window, the throughput and pair limits and
 * the media URL lifetimes all read it, so a test can cross a day or free a rate limit in an
 * instant (`advance`). It starts at the real time of its creation.
 */
export class VirtualClock {
  private nowMs: number;

  constructor(startMs: number = Date.now()) {
    this.nowMs = startMs;
  }

  /** Milliseconds since the epoch, as this clock has it. */
  readonly now = (): number => this.nowMs;

  /** Moves the clock forward; returns the new time. */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`cannot move the clock by ${ms} ms`);

    this.nowMs += ms;

    return this.nowMs;
  }
}
