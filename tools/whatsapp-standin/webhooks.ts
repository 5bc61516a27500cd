import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { WebhookDelivery } from './types.ts';
import { mergeWebhookPayloads } from './webhook-batch.ts';
import { encodeWebhookBody, signWebhookBody } from './webhook-encoding.ts';
import type { BodyEncoding } from './webhook-encoding.ts';

/** How the dispatcher signs, encodes and retries. */
export interface DispatcherOptions {
  appSecret: string;
  encoding: BodyEncoding;
  retry: { attempts: number; baseDelayMs: number };
  isDuplicating: boolean;
  /** When set, what falls due within this window goes out as one batched POST. */
  batchWindowMs?: number;
  /** Read at each delivery, so the URL can be set after start. */
  webhookUrl: () => string | undefined;
  clock: () => number;
  logger: Logger;
}

const ATTEMPT_TIMEOUT_MS = 5_000;

/**
 * Delivers signed webhooks to Patra like Meta does (contract §1.8, §2.5): POST with
 * `X-Hub-Signature-256`, anything but 200 retried with exponential back-off up to the
 * attempt limit. Deliveries that share an order key (a wamid) go out one after another.
 */
export class WebhookDispatcher {
  private readonly log: WebhookDelivery[] = [];
  private readonly chains = new Map<string, Promise<WebhookDelivery>>();
  private readonly stop = new AbortController();
  private pending: { payload: unknown; kind: string; done: (delivery: WebhookDelivery) => void }[] = [];
  private batchTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: DispatcherOptions) {}

  /** Sends a payload (twice when duplicating); resolves with the first delivery's outcome. */
  deliver(payload: unknown, kind: string, orderKey?: string): Promise<WebhookDelivery> {
    const run = (): Promise<WebhookDelivery> =>
      this.options.batchWindowMs === undefined
        ? this.postOnceOrTwice(payload, kind)
        : this.joinBatch(payload, kind, this.options.batchWindowMs);

    if (orderKey === undefined) return run();

    const previous = this.chains.get(orderKey) ?? Promise.resolve(undefined);
    const next = previous.then(run, run);
    this.chains.set(orderKey, next);
    const forget = (): void => {
      if (this.chains.get(orderKey) === next) this.chains.delete(orderKey);
    };
    next.then(forget, forget);

    return next;
  }

  deliveries(): WebhookDelivery[] {
    return [...this.log];
  }

  /** Abandons pending retries, batches and in-flight requests. */
  close(): void {
    this.stop.abort();
    clearTimeout(this.batchTimer);
    const abandoned = this.pending;
    this.pending = [];
    for (const item of abandoned) {
      item.done(this.record({ url: null, kind: item.kind, statusCode: null, attempts: 0 }));
    }
  }

  private async postOnceOrTwice(payload: unknown, kind: string): Promise<WebhookDelivery> {
    const first = await this.post(payload, kind);
    if (this.options.isDuplicating) await this.post(payload, kind);

    return first;
  }

  /** Waits for the batch window, then everything that joined goes out in one POST. */
  private joinBatch(payload: unknown, kind: string, windowMs: number): Promise<WebhookDelivery> {
    return new Promise((done) => {
      this.pending.push({ payload, kind, done });
      this.batchTimer ??= setTimeout(() => void this.flushBatch(), windowMs);
    });
  }

  private async flushBatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.batchTimer = undefined;
    if (batch.length === 0) return;

    const kinds = batch.map((item) => item.kind);
    const delivery = await this.postOnceOrTwice(
      mergeWebhookPayloads(batch.map((item) => item.payload)),
      `batch:${kinds.join(',')}`,
    );
    for (const item of batch) item.done(delivery);
  }

  private async post(payload: unknown, kind: string): Promise<WebhookDelivery> {
    const url = this.options.webhookUrl();
    if (url === undefined || this.stop.signal.aborted) {
      return this.record({ url: url ?? null, kind, statusCode: null, attempts: 0 });
    }

    const body = encodeWebhookBody(payload, this.options.encoding);
    const signature = signWebhookBody(body, this.options.appSecret);
    const { statusCode, attempts } = await this.postWithRetries(url, body, signature);

    return this.record({ url, kind, statusCode, attempts });
  }

  private async postWithRetries(
    url: string,
    body: Buffer,
    signature: string,
  ): Promise<{ statusCode: number | null; attempts: number }> {
    const { attempts: maxAttempts, baseDelayMs } = this.options.retry;
    let statusCode: number | null = null;
    let attempts = 0;

    while (attempts < maxAttempts && !this.stop.signal.aborted) {
      if (attempts > 0 && !(await this.backOff(baseDelayMs * 2 ** (attempts - 1)))) break;

      attempts += 1;
      statusCode = await this.attempt(url, body, signature);
      if (statusCode === 200) break;
    }

    return { statusCode, attempts };
  }

  private async backOff(delayMs: number): Promise<boolean> {
    try {
      await sleep(delayMs, undefined, { signal: this.stop.signal });

      return true;
    } catch {
      return false;
    }
  }

  private async attempt(url: string, body: Buffer, signature: string): Promise<number | null> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'facebookexternalua',
          'x-hub-signature-256': signature,
        },
        body,
        signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
      });
      await response.arrayBuffer();

      return response.status;
    } catch (error) {
      this.options.logger.debug({ err: error }, 'webhook attempt failed');

      return null;
    }
  }

  private record(delivery: Omit<WebhookDelivery, 'deliveredAt'>): WebhookDelivery {
    const entry = { ...delivery, deliveredAt: new Date(this.options.clock()).toISOString() };
    this.log.push(entry);
    this.options.logger.debug(
      { kind: entry.kind, statusCode: entry.statusCode, attempts: entry.attempts },
      'webhook delivered',
    );

    return entry;
  }
}
