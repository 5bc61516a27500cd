/** Meta's pair rate: about one message every 6 s from a business number to one person (§2.3). */
export const PAIR_INTERVAL_MS = 6_000;

/** Past this many tracked recipients, those whose allowance is whole again are forgotten. */
const PRUNE_AT_RECIPIENTS = 10_000;

interface Allowance {
  tokens: number;
  updatedAt: number;
}

/**
 * Keeps the pair rate to each recipient (contract §2.3, error 131056): a short burst of
 * `burst` messages, then one every 6 s. `take` answers 0 when a send may go now, else how long
 * until the recipient's next slot, so the caller puts the send back instead of holding a
 * worker. After a 131056 from Meta, `penalise` empties that recipient's allowance.
 */
export class PairRateLimiter {
  readonly #burst: number;
  readonly #intervalMs: number;
  readonly #clock: () => number;
  readonly #allowances = new Map<string, Allowance>();

  constructor(options: { burst: number; intervalMs?: number; clock?: () => number }) {
    this.#burst = options.burst;
    this.#intervalMs = options.intervalMs ?? PAIR_INTERVAL_MS;
    this.#clock = options.clock ?? Date.now;
  }

  /** Takes a slot for `recipient`: 0 when granted, else the milliseconds until one frees. */
  take(recipient: string): number {
    const allowance = this.#refill(recipient);
    if (allowance.tokens >= 1) {
      allowance.tokens -= 1;

      return 0;
    }

    return Math.ceil((1 - allowance.tokens) * this.#intervalMs);
  }

  /** Meta said 131056: nothing more to this recipient until a whole interval has passed. */
  penalise(recipient: string): void {
    this.#allowances.set(recipient, { tokens: 0, updatedAt: this.#clock() });
  }

  #refill(recipient: string): Allowance {
    const now = this.#clock();
    const known = this.#allowances.get(recipient);
    if (!known) {
      this.#prune();
      const fresh = { tokens: this.#burst, updatedAt: now };
      this.#allowances.set(recipient, fresh);

      return fresh;
    }

    known.tokens = Math.min(this.#burst, known.tokens + (now - known.updatedAt) / this.#intervalMs);
    known.updatedAt = now;

    return known;
  }

  #prune(): void {
    if (this.#allowances.size < PRUNE_AT_RECIPIENTS) return;

    const now = this.#clock();
    for (const [recipient, allowance] of this.#allowances) {
      const tokens = allowance.tokens + (now - allowance.updatedAt) / this.#intervalMs;
      if (tokens >= this.#burst) this.#allowances.delete(recipient);
    }
  }
}
