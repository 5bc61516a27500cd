import { z } from 'zod';

/** One citizen message as the conversation reads it, whatever its webhook shape. */
export interface InboundMessage {
  waMessageId: string;
  /** The sender's number; absent when Meta sends only a business-scoped user id. */
  waId: string | undefined;
  /** The business-scoped user id (BSUID), when Meta sends one. */
  userId: string | undefined;
  sentAt: Date;
  /** The webhook `type`: text, interactive, button, image, document, audio, unknown ... */
  type: string;
  /** What the citizen typed (or the title of the button they tapped). */
  text: string | undefined;
  /** The id of the list row or reply button tapped, or a template button's payload. */
  choiceId: string | undefined;
  media:
    | { id: string; mimeType: string; filename: string | undefined; caption: string | undefined }
    | undefined;
  /** The message as received, kept until the retention erases it. */
  raw: Record<string, unknown>;
}

const MediaSchema = z.object({
  id: z.string(),
  mime_type: z.string().optional(),
  filename: z.string().optional(),
  caption: z.string().optional(),
});

const MessageSchema = z
  .object({
    id: z.string().min(1),
    from: z.string().optional(),
    from_user_id: z.string().optional(),
    timestamp: z.string().optional(),
    type: z.string(),
    text: z.object({ body: z.string() }).optional(),
    interactive: z
      .object({
        type: z.string(),
        list_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
        button_reply: z.object({ id: z.string(), title: z.string().optional() }).optional(),
      })
      .optional(),
    button: z.object({ payload: z.string().optional(), text: z.string().optional() }).optional(),
    image: MediaSchema.optional(),
    document: MediaSchema.optional(),
  })
  .passthrough();

const ContactSchema = z
  .object({ wa_id: z.string().optional(), user_id: z.string().optional() })
  .passthrough();

/**
 * Reads one entry of `value.messages[]` (contract §1.8). The sender is `from` (a wa_id) or,
 * for people who use a username, only `from_user_id` (a BSUID), completed from
 * `value.contacts[]` when a single contact is given. Returns undefined for a message with
 * no id or no sender at all.
 */
export function readInboundMessage(
  item: unknown,
  contacts: unknown[],
  receivedAt: Date,
): InboundMessage | undefined {
  const parsed = MessageSchema.safeParse(item);
  if (!parsed.success) return undefined;

  const message = parsed.data;
  const onlyContact = contacts.length === 1 ? ContactSchema.safeParse(contacts[0]).data : undefined;
  const waId = digitsOrUndefined(message.from) ?? digitsOrUndefined(onlyContact?.wa_id);
  const userId = message.from_user_id ?? onlyContact?.user_id;
  if (!waId && !userId) return undefined;

  const media = message.image ?? message.document;
  const reply = message.interactive?.list_reply ?? message.interactive?.button_reply;

  return {
    waMessageId: message.id,
    waId,
    userId,
    sentAt: /^\d{9,11}$/.test(message.timestamp ?? '')
      ? new Date(Number(message.timestamp) * 1000)
      : receivedAt,
    type: message.type,
    text: message.text?.body ?? message.button?.text,
    choiceId: reply?.id ?? message.button?.payload,
    media: media && {
      id: media.id,
      mimeType: media.mime_type ?? 'application/octet-stream',
      filename: media.filename,
      caption: media.caption,
    },
    raw: message,
  };
}

function digitsOrUndefined(value: string | undefined): string | undefined {
  return value && /^\d{6,15}$/.test(value) ? value : undefined;
}
