/** Meta counts throughput per second; a little slack absorbs the delay to the Cloud API. */
const WINDOW_MS = 1000;
const WINDOW_SLACK_MS = 20;

/**
 * Paces sends from one business number to at most `perSecond` (Meta's default tier is 80 per
 * second, up to 1,000; contract §2.3). Each caller reserves the next free slot, spaced evenly,
 * and waits for it; then, since timers fire late when the process is busy, it also checks the
 * sends actually made in the last second and waits if that second is full. However many sends
 * run at once, no second holds more than the limit. One limiter per process: the Cloud API
 * client of a process shares it across the worker's concurrency.
 */
export class ThroughputLimiter {
  readonly #perSecond: number;
  readonly #intervalMs: number;
  readonly #clock: () => number;
  readonly #sentAt: number[] = [];
  #nextSlotAt = 0;

  constructor(options: { perSecond: number; clock?: () => number }) {
    this.#perSecond = options.perSecond;
    this.#intervalMs = WINDOW_MS / options.perSecond;
    this.#clock = options.clock ?? performanceNow;
  }

  /** Reserves the next slot; returns how many milliseconds to wait before sending in it. */
  reserve(): number {
    const now = this.#clock();
    const slot = Math.max(now, this.#nextSlotAt);
    this.#nextSlotAt = slot + this.#intervalMs;

    return slot - now;
  }

  /** Reserves a slot, waits for it and for room in the last second, and counts the send. */
  async take(): Promise<void> {
    await sleep(this.reserve());
    for (;;) {
      const waitMs = this.#roomInWindowMs();
      if (waitMs <= 0) break;

      await sleep(waitMs);
    }
    this.#sentAt.push(this.#clock());
  }

  /** 0 when the last second has room for one more send, else the wait until it has. */
  #roomInWindowMs(): number {
    const now = this.#clock();
    const windowMs = WINDOW_MS + WINDOW_SLACK_MS;
    while (this.#sentAt.length > 0 && now - (this.#sentAt[0] ?? now) >= windowMs) this.#sentAt.shift();
    if (this.#sentAt.length < this.#perSecond) return 0;

    return (this.#sentAt[0] ?? now) + windowMs - now;
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function performanceNow(): number {
  return performance.now();
}
