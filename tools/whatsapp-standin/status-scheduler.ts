import type { GraphError } from './errors.ts';
import { messagesEnvelope, statusValue } from './webhook-payloads.ts';
import type { Billing, Business, MessageStatus } from './webhook-payloads.ts';
import type { WebhookDispatcher } from './webhooks.ts';

/** Delays after acceptance, per status. */
export interface StatusDelays {
  sent: number;
  delivered: number;
  read: number;
}

/** An accepted send whose statuses are to be reported. */
export interface StatusPlan {
  wamid: string;
  recipientId: string;
  billing: Billing;
  /** When set, one `failed` status replaces sent/delivered/read. */
  failure?: GraphError;
  bizOpaqueCallbackData?: string;
}

/** What the scheduler needs. */
export interface SchedulerOptions {
  dispatcher: WebhookDispatcher;
  business: Business;
  delays: StatusDelays;
  isReordering: boolean;
  isBsuidOnly: boolean;
  clock: () => number;
}

const HAPPY_PATH: readonly (keyof StatusDelays)[] = ['sent', 'delivered', 'read'];

/**
 * Reports the life of each accepted message as status webhooks (contract §1.8): sent, then
 * delivered, then read, at the configured delays, or a single `failed`. With reordering on,
 * the same three go out last-first, while their timestamps still tell the true order.
 */
export class StatusScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly options: SchedulerOptions) {}

  schedule(plan: StatusPlan): void {
    const acceptedAt = this.options.clock();
    const { delays } = this.options;

    if (plan.failure !== undefined) {
      this.at(delays.sent, plan, 'failed', acceptedAt + delays.sent);

      return;
    }

    const sendOrder = this.options.isReordering ? [...HAPPY_PATH].reverse() : HAPPY_PATH;
    sendOrder.forEach((status, i) => {
      const slot = HAPPY_PATH[i] ?? 'read';
      this.at(delays[slot], plan, status, acceptedAt + delays[status]);
    });
  }

  /** Cancels statuses not yet due. */
  close(): void {
    for (const timer of this.timers) clearTimeout(timer);

    this.timers.clear();
  }

  private at(delayMs: number, plan: StatusPlan, status: MessageStatus, happenedAtMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.deliver(plan, status, happenedAtMs);
    }, delayMs);
    this.timers.add(timer);
  }

  private async deliver(
    plan: StatusPlan,
    status: MessageStatus,
    happenedAtMs: number,
  ): Promise<void> {
    const value = statusValue({
      wamid: plan.wamid,
      status,
      timestamp: Math.floor(happenedAtMs / 1000),
      recipientId: plan.recipientId,
      billing: plan.billing,
      error: status === 'failed' ? plan.failure : undefined,
      bizOpaqueCallbackData: plan.bizOpaqueCallbackData,
      isBsuidOnly: this.options.isBsuidOnly,
    });

    await this.options.dispatcher.deliver(
      messagesEnvelope(this.options.business, value),
      `status:${status}`,
      plan.wamid,
    );
  }
}
