import { userIdOf } from './bsuid.ts';
import type { StandinContext } from './context.ts';
import { newInboundWamid } from './ids.ts';
import { isRecord } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { toWaId } from './phone.ts';
import type { InboundInput, InboundResult, ReceivedMessage } from './types.ts';
import { messagesEnvelope } from './webhook-payloads.ts';

/** A reply option found in a message the business sent. */
interface Offer {
  kind: 'button_reply' | 'list_reply';
  title: string;
  description?: string;
}

const DEFAULT_PROFILE_NAME = 'WhatsApp user';

/**
 * A citizen writes to the business number: builds the inbound `messages` webhook Meta would
 * send (contract §1.8), opens the citizen's 24-hour window and delivers the webhook signed.
 * Taps on reply buttons and list rows are matched to the message that offered them, which
 * supplies the title and the `context`. Throws when the input names no content, or a tap
 * matches nothing the citizen was offered.
 */
export async function injectInbound(
  ctx: StandinContext,
  input: InboundInput,
): Promise<InboundResult> {
  const waId = toWaId(input.from);
  if (waId === undefined) throw new Error(`not a phone number: ${input.from}`);

  const wamid = newInboundWamid(waId);
  const message = {
    ...contextOf(ctx, input, waId),
    ...baseOf(ctx, waId, wamid),
    ...contentOf(ctx, input, waId),
  };

  ctx.state.recordInbound(waId, wamid);

  const value = {
    contacts: [{ profile: { name: input.profileName ?? DEFAULT_PROFILE_NAME }, ...senderOf(ctx, waId) }],
    messages: [message],
  };
  const delivery = await ctx.dispatcher.deliver(
    messagesEnvelope(ctx.business, value),
    `message:${String(message.type)}`,
    `inbound:${waId}`,
  );

  return { id: wamid, statusCode: delivery.statusCode };
}

function baseOf(ctx: StandinContext, waId: string, wamid: string): JsonObject {
  const from = ctx.options.bsuidOnly === true ? { from_user_id: userIdOf(waId) } : { from: waId };

  return { ...from, id: wamid, timestamp: String(Math.floor(ctx.clock() / 1000)) };
}

/** Who wrote, in `contacts[]`: the number, or with `bsuidOnly` only the user id (§1.8). */
function senderOf(ctx: StandinContext, waId: string): JsonObject {
  if (ctx.options.bsuidOnly !== true) return { wa_id: waId };

  const userId = userIdOf(waId);
  ctx.state.rememberUserId(userId, waId);

  return { user_id: userId };
}

function contentOf(ctx: StandinContext, input: InboundInput, waId: string): JsonObject {
  const given = [input.text, input.interactiveReplyId, input.buttonPayload, input.document];
  if (given.filter((v) => v !== undefined).length !== 1) {
    throw new Error('give exactly one of text, interactiveReplyId, buttonPayload or document');
  }

  if (input.text !== undefined) return { type: 'text', text: { body: input.text } };

  if (input.interactiveReplyId !== undefined) return interactiveOf(ctx, input, waId);

  if (input.buttonPayload !== undefined) {
    return {
      type: 'button',
      button: { payload: input.buttonPayload, text: input.buttonText ?? input.buttonPayload },
    };
  }

  return documentOf(ctx, input);
}

function interactiveOf(ctx: StandinContext, input: InboundInput, waId: string): JsonObject {
  const id = input.interactiveReplyId ?? '';
  const offer = offeringMessage(ctx, waId, id);
  const found = offer === undefined ? undefined : findOffer(offer.body, id);

  if (found === undefined && input.interactiveReplyTitle === undefined) {
    throw new Error(`no message to this citizen offered a button or row with id ${id}`);
  }

  const kind = found?.kind ?? 'button_reply';
  const reply: JsonObject = { id, title: input.interactiveReplyTitle ?? found?.title };
  if (found?.description !== undefined) reply['description'] = found.description;

  return { type: 'interactive', interactive: { type: kind, [kind]: reply } };
}

function documentOf(ctx: StandinContext, input: InboundInput): JsonObject {
  const document = input.document;
  if (document === undefined) throw new Error('document missing');

  const bytes =
    typeof document.content === 'string'
      ? Buffer.from(document.content, 'base64')
      : document.content;
  const stored = ctx.media.put({
    bytes,
    mimeType: document.mimeType ?? 'application/pdf',
    phoneNumberId: ctx.business.phoneNumberId,
    filename: document.filename,
  });
  const body: JsonObject = {
    filename: document.filename,
    mime_type: stored.mimeType,
    sha256: stored.sha256,
    id: stored.id,
  };
  if (document.caption !== undefined) body['caption'] = document.caption;

  return { type: 'document', document: body };
}

/** The `context` of a reply: given explicitly, or the message whose button was tapped. */
function contextOf(ctx: StandinContext, input: InboundInput, waId: string): JsonObject {
  const replyTo = input.contextMessageId ?? repliedMessage(ctx, input, waId)?.id;
  if (replyTo === undefined) return {};

  return { context: { from: ctx.business.displayPhoneNumber, id: replyTo } };
}

/** A tap answers the message that offered the button: the interactive one, or a template. */
function repliedMessage(
  ctx: StandinContext,
  input: InboundInput,
  waId: string,
): ReceivedMessage | undefined {
  if (input.interactiveReplyId !== undefined) {
    return offeringMessage(ctx, waId, input.interactiveReplyId);
  }

  if (input.buttonPayload !== undefined) {
    return ctx.state.lastMessageTo(waId, (m) => m.body['type'] === 'template');
  }

  return undefined;
}

function offeringMessage(
  ctx: StandinContext,
  waId: string,
  id: string,
): ReceivedMessage | undefined {
  return ctx.state.lastMessageTo(waId, (m) => findOffer(m.body, id) !== undefined);
}

/** Finds a reply button or list row with this id in a sent interactive message. */
function findOffer(body: JsonObject, id: string): Offer | undefined {
  const interactive = body['interactive'];
  const action = isRecord(interactive) ? interactive['action'] : undefined;
  if (!isRecord(action)) return undefined;

  const buttons = Array.isArray(action['buttons']) ? action['buttons'] : [];
  for (const button of buttons) {
    const reply = isRecord(button) ? button['reply'] : undefined;
    if (isRecord(reply) && reply['id'] === id)
      return { kind: 'button_reply', title: String(reply['title']) };
  }

  const sections = Array.isArray(action['sections']) ? action['sections'] : [];
  const rows = sections.flatMap((s): unknown[] =>
    isRecord(s) && Array.isArray(s['rows']) ? (s['rows'] as unknown[]) : [],
  );
  const row = rows.find((r) => isRecord(r) && r['id'] === id) as JsonObject | undefined;
  if (row === undefined) return undefined;

  const description = typeof row['description'] === 'string' ? row['description'] : undefined;

  return { kind: 'list_reply', title: String(row['title']), description };
}
