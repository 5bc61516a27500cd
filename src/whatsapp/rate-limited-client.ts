import type { Sql } from '../db/db.ts';
import { clearChannelAlert, raiseChannelAlert } from './channel-alerts.ts';
import { CloudApiClient, type CallResult, type CloudApiOptions } from './cloud-api-client.ts';
import { isTokenRefused, minimumRetryDelayMs } from './cloud-api-errors.ts';
import { PairRateLimiter } from './pair-rate-limiter.ts';
import { findUnusableTemplate, recordTemplateStatus } from './template-states.ts';
import { ThroughputLimiter } from './throughput-limiter.ts';

export interface SendLimits {
  /** Sends per second from the business number (80 by default, at most 1,000). */
  messagesPerSecond: number;
  /** Sends to one person at once before the pair pace of one per 6 s. */
  pairBurst: number;
  pairIntervalMs?: number;
}

type Failure = Extract<CallResult<never>, { ok: false }>;

const PAUSED_TEMPLATE_CODE = 132015;
const DISABLED_TEMPLATE_CODE = 132016;
const PAIR_RATE_CODE = 131056;

/**
 * The Cloud API client every send path uses, so the channel's rules hold in one place:
 * the per-number throughput (sends wait for their slot), the pair rate to each person (a send
 * over it comes back at once as retryable with the wait, so the job is put back instead of
 * holding a worker), templates Meta paused or disabled (refused before they leave, as Meta
 * would: 132015 or 132016), and what answers teach: a refused token (190/401) raises the
 * channel alert that /healthz shows, a success clears it, 132015/132016 record the template's
 * state, 131056 empties that person's allowance.
 */
export class RateLimitedClient extends CloudApiClient {
  readonly #sql: Sql;
  readonly #throughput: ThroughputLimiter;
  readonly #pairs: PairRateLimiter;
  #isTokenAlertPossible = true;

  constructor(options: CloudApiOptions & { sql: Sql; limits: SendLimits; clock?: () => number }) {
    super(options);
    this.#sql = options.sql;
    this.#throughput = new ThroughputLimiter({ perSecond: options.limits.messagesPerSecond });
    this.#pairs = new PairRateLimiter({
      burst: options.limits.pairBurst,
      intervalMs: options.limits.pairIntervalMs,
      clock: options.clock,
    });
  }

  override async uploadMedia(file: { bytes: Buffer; filename: string; mimeType: string }): Promise<CallResult<{ id: string }>> {
    const result = await super.uploadMedia(file);
    await this.#learnToken(result);

    return result;
  }

  override async sendMessage(body: Record<string, unknown>): Promise<CallResult<{ waMessageId: string; waId?: string }>> {
    const refused = await this.#refuseUnusableTemplate(body);
    if (refused) return refused;

    const recipient = recipientOf(body);
    const pairWaitMs = this.#pairs.take(recipient);
    if (pairWaitMs > 0) {
      return { ok: false, reason: 'held back: pair rate to this recipient', retryable: true, retryAfterMs: pairWaitMs };
    }

    await this.#throughput.take();
    const result = await super.sendMessage(body);
    await this.#learnToken(result);
    if (!result.ok) await this.#learnFailure(result, body, recipient);

    return result;
  }

  async #refuseUnusableTemplate(body: Record<string, unknown>): Promise<Failure | undefined> {
    const template = templateOf(body);
    if (!template) return undefined;

    const state = await findUnusableTemplate(this.#sql, template.name, template.language);
    if (!state) return undefined;

    const isPaused = state.status === 'PAUSED';
    const code = isPaused ? PAUSED_TEMPLATE_CODE : DISABLED_TEMPLATE_CODE;

    return {
      ok: false,
      reason: `template ${template.name} (${template.language}) is ${state.status}`,
      code,
      details: state.reason ?? undefined,
      retryable: isPaused,
      retryAfterMs: minimumRetryDelayMs(code),
    };
  }

  async #learnToken(result: CallResult<unknown>): Promise<void> {
    if (!result.ok && isTokenRefused(result.code, result.httpStatus)) {
      this.#isTokenAlertPossible = true;
      await raiseChannelAlert(this.#sql, 'token-refused', `the Cloud API refused the access token (${result.code ?? result.httpStatus ?? ''})`);

      return;
    }
    if (result.ok && this.#isTokenAlertPossible) {
      this.#isTokenAlertPossible = false;
      await clearChannelAlert(this.#sql, 'token-refused');
    }
  }

  async #learnFailure(result: Failure, body: Record<string, unknown>, recipient: string): Promise<void> {
    if (result.code === PAIR_RATE_CODE) this.#pairs.penalise(recipient);

    const template = templateOf(body);
    if (template && (result.code === PAUSED_TEMPLATE_CODE || result.code === DISABLED_TEMPLATE_CODE)) {
      await recordTemplateStatus(this.#sql, {
        ...template,
        status: result.code === PAUSED_TEMPLATE_CODE ? 'PAUSED' : 'DISABLED',
        reason: `the Cloud API answered ${result.code}`,
      });
    }
  }
}

function recipientOf(body: Record<string, unknown>): string {
  const to = body.to ?? body.recipient;

  return typeof to === 'string' ? to.replace(/\D/g, '') || to : '';
}

function templateOf(body: Record<string, unknown>): { name: string; language: string } | undefined {
  if (body.type !== 'template') return undefined;

  const template = body.template as { name?: unknown; language?: { code?: unknown } } | undefined;
  const name = template?.name;
  const language = template?.language?.code;

  return typeof name === 'string' && typeof language === 'string' ? { name, language } : undefined;
}
