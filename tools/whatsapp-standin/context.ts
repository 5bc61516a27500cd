import pino from 'pino';
import type { Logger } from 'pino';
import { MediaStore } from './media-store.ts';
import { toWaId } from './phone.ts';
import { StandinState } from './state.ts';
import { StatusScheduler } from './status-scheduler.ts';
import { TemplateRegistry } from './templates.ts';
import type { StandinOptions } from './types.ts';
import { VirtualClock } from './virtual-clock.ts';
import type { Business } from './webhook-payloads.ts';
import { WebhookDispatcher } from './webhooks.ts';

/** Defaults for the optional settings: small delays and retries keep tests quick. */
export const DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  statusDelaysMs: { sent: 20, delivered: 60, read: 120 },
  mpsLimit: 80,
  pairRate: { burst: 10, intervalMs: 6_000 },
  webhookRetry: { attempts: 3, baseDelayMs: 200 },
  mediaUrlTtlMs: 5 * 60 * 1000,
  displayPhoneNumber: '919552300009',
} as const;

/** The shared parts every route and the public handle use. */
export interface StandinContext {
  options: StandinOptions;
  business: Business;
  clock: () => number;
  /** Set when the stand-in runs on a virtual clock. */
  virtualClock: VirtualClock | undefined;
  logger: Logger;
  state: StandinState;
  templates: TemplateRegistry;
  media: MediaStore;
  dispatcher: WebhookDispatcher;
  statuses: StatusScheduler;
  unreachable: Set<string>;
  /** Where webhooks go; set at start, or later through `setWebhookUrl`. */
  hook: { url: string | undefined };
  /** Set once the server listens. */
  baseUrl: string;
}

/** Wires the state, stores, dispatcher and scheduler from the options. */
export function createContext(options: StandinOptions): StandinContext {
  const virtualClock = options.virtualClock === true ? new VirtualClock() : undefined;
  const clock = virtualClock?.now ?? options.clock ?? Date.now;
  const logger = options.logger ?? pino({ level: 'silent' });
  const business: Business = {
    businessAccountId: options.businessAccountId,
    phoneNumberId: options.phoneNumberId,
    displayPhoneNumber: options.displayPhoneNumber ?? DEFAULTS.displayPhoneNumber,
  };

  const hook: { url: string | undefined } = { url: options.webhookUrl };
  const dispatcher = new WebhookDispatcher({
    appSecret: options.appSecret,
    encoding: options.bodyEncoding ?? 'meta-escaped',
    retry: options.webhookRetry ?? DEFAULTS.webhookRetry,
    isDuplicating: options.duplicateWebhooks ?? false,
    batchWindowMs: options.batchWebhooks?.windowMs,
    webhookUrl: () => hook.url,
    clock,
    logger,
  });
  const statuses = new StatusScheduler({
    dispatcher,
    business,
    delays: options.statusDelaysMs ?? DEFAULTS.statusDelaysMs,
    isReordering: options.reorderStatuses ?? false,
    isBsuidOnly: options.bsuidOnly ?? false,
    clock,
  });

  return {
    options,
    business,
    clock,
    virtualClock,
    logger,
    state: new StandinState(clock),
    templates: new TemplateRegistry(options.templates),
    media: new MediaStore(clock, options.mediaUrlTtlMs ?? DEFAULTS.mediaUrlTtlMs),
    dispatcher,
    statuses,
    unreachable: new Set((options.unreachableNumbers ?? []).map((n) => toWaId(n) ?? n)),
    hook,
    baseUrl: '',
  };
}
