import type { StandinContext } from './context.ts';
import { DEFAULTS } from './context.ts';
import { GraphError } from './errors.ts';
import { newConversationId, newOutboundWamid } from './ids.ts';
import { isRecord } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import type { TemplateCategory } from './types.ts';
import type { ValidSend } from './validate-send.ts';
import { validateSend } from './validate-send.ts';
import type { Billing } from './webhook-payloads.ts';

/** A send request as the route hands it over. */
export interface SendRequest {
  body: unknown;
  rawBody: string;
}

const CATEGORY_OF: Record<TemplateCategory, Billing['category']> = {
  UTILITY: 'utility',
  AUTHENTICATION: 'authentication',
  MARKETING: 'marketing',
};

const WINDOW_DETAILS =
  'More than 24 hours have passed since the recipient last wrote to this number; ' +
  'only a template can be sent.';

/**
 * Handles one send (contract §1, §2.1, §2.3): validates it, applies the throughput limit,
 * any injected failure and the 24-hour window, then records it and schedules its status
 * webhooks. Returns Meta's success body; throws a {@link GraphError} for synchronous failures.
 * Unreachable recipients and asynchronous failures are accepted and reported as `failed`.
 */
export function acceptSend(ctx: StandinContext, request: SendRequest): JsonObject {
  const send = validateSend(request.body, {
    templates: ctx.templates,
    media: ctx.media,
    phoneNumberId: ctx.business.phoneNumberId,
    waIdOfUser: (userId) => ctx.state.waIdOfUser(userId),
  });

  const failure = decideFailure(ctx, send);
  const wamid = newOutboundWamid(send.waId);

  ctx.state.recordAccepted({
    id: wamid,
    to: send.waId,
    body: request.body as JsonObject,
    rawBody: request.rawBody,
    receivedAt: new Date(ctx.clock()).toISOString(),
  });
  ctx.statuses.schedule({
    wamid,
    recipientId: send.waId,
    billing: billingOf(ctx, send),
    failure,
    bizOpaqueCallbackData: opaqueDataOf(request.body),
  });
  ctx.logger.debug({ wamid, type: send.type }, 'send accepted');

  return {
    messaging_product: 'whatsapp',
    contacts: [{ input: send.input, wa_id: send.waId }],
    messages: [{ id: wamid }],
  };
}

/** Throws the synchronous failures; returns the failure to report later, if any. */
function decideFailure(ctx: StandinContext, send: ValidSend): GraphError | undefined {
  if (!ctx.state.takeThroughput(ctx.options.mpsLimit ?? DEFAULTS.mpsLimit)) {
    throw new GraphError(
      130429,
      'Too many messages were sent from this number in the last second.',
    );
  }

  const pairRate = ctx.options.pairRate ?? DEFAULTS.pairRate;
  if (pairRate !== false && !ctx.state.takePairSlot(send.waId, pairRate)) {
    throw new GraphError(
      131056,
      'Too many messages sent from this phone number to the same phone number in a short period.',
    );
  }

  const rule = ctx.state.takeFailRule(send.waId);
  const injected = rule === undefined ? undefined : new GraphError(rule.code, rule.details);
  if (injected !== undefined && rule?.async !== true) throw injected;

  const isOutsideWindow = send.template === undefined && !ctx.state.isWindowOpen(send.waId);
  const isWindowAsync = ctx.options.reengagementFailure === 'async';
  if (isOutsideWindow && !isWindowAsync) throw new GraphError(131047, WINDOW_DETAILS);

  if (injected !== undefined) return injected;

  if (ctx.unreachable.has(send.waId)) return new GraphError(131026, 'Message Undeliverable.');

  return isOutsideWindow ? new GraphError(131047, WINDOW_DETAILS) : undefined;
}

/** Per-message pricing: templates bill by their category, replies in the window are free. */
function billingOf(ctx: StandinContext, send: ValidSend): Billing {
  const expiresAt = Math.floor(ctx.clock() / 1000) + 24 * 60 * 60;
  const conversationId = newConversationId();

  if (send.template === undefined) {
    return {
      category: 'service',
      isBillable: false,
      type: 'free_customer_service',
      conversationId,
      expiresAt,
    };
  }

  const category = CATEGORY_OF[send.template.category];

  return { category, isBillable: true, type: 'regular', conversationId, expiresAt };
}

function opaqueDataOf(body: unknown): string | undefined {
  const value = isRecord(body) ? body['biz_opaque_callback_data'] : undefined;

  return typeof value === 'string' ? value : undefined;
}

/**
 * Handles mark-as-read (contract §1.7), with or without a typing indicator: only a message
 * this number received can be marked; anything else is 100.
 */
export function markAsRead(ctx: StandinContext, body: JsonObject): JsonObject {
  if (body['messaging_product'] !== 'whatsapp') {
    throw new GraphError(100, 'The parameter messaging_product is required and must be whatsapp.');
  }

  const messageId = body['message_id'];
  if (typeof messageId !== 'string' || messageId === '') {
    throw new GraphError(100, 'The parameter message_id is required.');
  }

  if (!ctx.state.isInbound(messageId)) {
    throw new GraphError(
      100,
      `message_id (${messageId}) is not a message received by this number.`,
    );
  }

  return { success: true };
}
