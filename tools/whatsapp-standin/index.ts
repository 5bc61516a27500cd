import { userIdOf } from './bsuid.ts';
import { createContext, DEFAULTS } from './context.ts';
import { injectInbound } from './inbound.ts';
import { toWaId } from './phone.ts';
import { buildServer } from './server.ts';
import { setTemplateStatus } from './template-status.ts';
import type { Standin, StandinOptions } from './types.ts';

export type {
  FailRule,
  InboundDocument,
  InboundInput,
  InboundResult,
  ReceivedMessage,
  Standin,
  StandinOptions,
  TemplateButton,
  TemplateCategory,
  TemplateComponent,
  TemplateDefinition,
  TemplateStatus,
  WebhookDelivery,
} from './types.ts';
export { encodeWebhookBody, signWebhookBody } from './webhook-encoding.ts';
export { VirtualClock } from './virtual-clock.ts';
export { INTROSPECTION_PREFIX } from './routes-introspection.ts';

/**
 * Starts a local stand-in for Meta's WhatsApp Cloud API on loopback: the Graph endpoints for
 * messages, media and templates with Meta's validation and error shapes, status webhooks
 * signed with the App Secret, a citizen simulator (`injectInbound`) and failure injection.
 * Resolves once it listens; `close()` stops the server and cancels pending webhooks.
 */
export async function startStandin(options: StandinOptions): Promise<Standin> {
  const ctx = createContext(options);
  const app = await buildServer(ctx);

  const address = await app.listen({
    host: options.host ?? DEFAULTS.host,
    port: options.port ?? DEFAULTS.port,
  });
  ctx.baseUrl = address;
  ctx.logger.info({ url: address }, 'WhatsApp stand-in listening');

  return {
    url: address,
    setWebhookUrl: (url) => {
      ctx.hook.url = url;
    },
    messages: () => ctx.state.messages(),
    mediaBytes: (mediaId) => ctx.media.get(mediaId)?.bytes,
    waitForMessage: (predicate, timeoutMs) => ctx.state.waitForMessage(predicate, timeoutMs),
    injectInbound: (input) => injectInbound(ctx, input),
    failNext: (rule) => ctx.state.addFailRule(rule),
    setTemplateStatus: (name, language, status) =>
      setTemplateStatus(ctx, { name, language, status }),
    webhookDeliveries: () => ctx.dispatcher.deliveries(),
    advanceClock: (ms) => {
      if (ctx.virtualClock === undefined) throw new Error('the stand-in runs on real time');

      return ctx.virtualClock.advance(ms);
    },
    userIdOf: (number) => {
      const waId = toWaId(number) ?? number;
      const userId = userIdOf(waId);
      ctx.state.rememberUserId(userId, waId);

      return userId;
    },
    close: async () => {
      ctx.statuses.close();
      ctx.dispatcher.close();
      await app.close();
    },
  };
}
