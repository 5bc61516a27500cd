import { EventEmitter } from 'node:events';
import { toWaId } from './phone.ts';
import type { FailRule, ReceivedMessage } from './types.ts';

/** The customer-service window: free-form sends are allowed this long after the last inbound. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

const DEFAULT_WAIT_MS = 5_000;

/**
 * Everything the stand-in remembers between requests: accepted sends, the citizens' windows,
 * inbound message ids, pending failure rules and the recent send rate.
 */
export class StandinState {
  private readonly accepted: ReceivedMessage[] = [];
  private readonly events = new EventEmitter();
  private readonly lastInboundAt = new Map<string, number>();
  private readonly inboundIds = new Set<string>();
  private readonly failRules: FailRule[] = [];
  private recentSends: number[] = [];
  private readonly userIds = new Map<string, string>();
  private readonly pairAllowances = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly clock: () => number) {}

  /** Records an accepted send and wakes anyone waiting for it. */
  recordAccepted(message: ReceivedMessage): void {
    this.accepted.push(message);
    this.events.emit('message', message);
  }

  messages(): ReceivedMessage[] {
    return [...this.accepted];
  }

  findMessage(wamid: string): ReceivedMessage | undefined {
    return this.accepted.find((m) => m.id === wamid);
  }

  /** The latest accepted send to `waId` that satisfies the predicate. */
  lastMessageTo(
    waId: string,
    predicate: (m: ReceivedMessage) => boolean,
  ): ReceivedMessage | undefined {
    return this.accepted.findLast((m) => m.to === waId && predicate(m));
  }

  /** Resolves with the first accepted send (past or future) matching the predicate. */
  waitForMessage(
    predicate: (m: ReceivedMessage) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<ReceivedMessage> {
    const existing = this.accepted.find(predicate);
    if (existing !== undefined) return Promise.resolve(existing);

    return new Promise((resolve, reject) => {
      const onMessage = (message: ReceivedMessage): void => {
        if (!predicate(message)) return;

        clearTimeout(timer);
        this.events.off('message', onMessage);
        resolve(message);
      };
      const timer = setTimeout(() => {
        this.events.off('message', onMessage);
        reject(new Error(`no matching message within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on('message', onMessage);
    });
  }

  /** Remembers which number a business-scoped user id stands for. */
  rememberUserId(userId: string, waId: string): void {
    this.userIds.set(userId, waId);
  }

  waIdOfUser(userId: string): string | undefined {
    return this.userIds.get(userId);
  }

  /** Notes an inbound message: opens (or extends) the 24-hour window. */
  recordInbound(waId: string, wamid: string): void {
    this.lastInboundAt.set(waId, this.clock());
    this.inboundIds.add(wamid);
  }

  isInbound(wamid: string): boolean {
    return this.inboundIds.has(wamid);
  }

  isWindowOpen(waId: string): boolean {
    const last = this.lastInboundAt.get(waId);

    return last !== undefined && this.clock() - last < SERVICE_WINDOW_MS;
  }

  addFailRule(rule: FailRule): void {
    this.failRules.push(rule);
  }

  /** Removes and returns the first rule that applies to a send to `waId`. */
  takeFailRule(waId: string): FailRule | undefined {
    const index = this.failRules.findIndex((r) => r.to === undefined || toWaId(r.to) === waId);
    if (index < 0) return undefined;

    return this.failRules.splice(index, 1)[0];
  }

  /**
   * Counts a send against the per-second limit; false when the limit is already reached.
   * Measured on the stand-in's clock: real time unless a clock was given or made virtual.
   */
  takeThroughput(limitPerSecond: number): boolean {
    const now = this.clock();
    this.recentSends = this.recentSends.filter((at) => now - at < 1000);
    if (this.recentSends.length >= limitPerSecond) return false;

    this.recentSends.push(now);

    return true;
  }

  /**
   * Counts a send against the pair rate to `waId` (contract §2.3): a burst of `burst`, then
   * one slot per `intervalMs`. False when the recipient has no slot left.
   */
  takePairSlot(waId: string, rate: { burst: number; intervalMs: number }): boolean {
    const now = this.clock();
    const known = this.pairAllowances.get(waId) ?? { tokens: rate.burst, at: now };
    const tokens = Math.min(rate.burst, known.tokens + (now - known.at) / rate.intervalMs);
    const isAllowed = tokens >= 1;
    this.pairAllowances.set(waId, { tokens: isAllowed ? tokens - 1 : tokens, at: now });

    return isAllowed;
  }
}
