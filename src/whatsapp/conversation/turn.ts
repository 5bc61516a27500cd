import type { Sql } from '../../db/db.ts';
import { CONVERSATION_TEXT, type Language } from '../../messages/whatsapp.ts';
import { queueMessage, type MessageContent, type MessageKind } from '../send-message.ts';
import type { InboundMessage } from './inbound-message.ts';

/** Where a conversation stands, and what it waits for. */
export type ConversationState =
  | 'menu'
  | 'await-registration-number'
  | 'await-event-date'
  | 'await-code'
  | 'await-problem'
  | 'await-correction-text'
  | 'await-evidence';

/** One citizen's chat, as stored in wa_contacts. */
export interface Contact {
  contact_key: string;
  wa_id: string | null;
  user_id: string | null;
  language: Language;
  state: ConversationState;
  state_data: Record<string, unknown>;
  privacy_notice_at: Date | null;
  opted_out_at: Date | null;
}

/** Settings of the chat, from the configuration. */
export interface ConversationSettings {
  /** Days message bodies are kept; the privacy notice says so. */
  retentionDays: number;
  /** Where the public verify page lives. */
  publicBaseUrl: string;
  /** The unit whose registrar hears field issues from numbers linked to no record. */
  defaultUnitCode: string;
}

/** One inbound message being answered, inside the transaction that recorded it. */
export interface Turn {
  tx: Sql;
  contact: Contact;
  message: InboundMessage;
  settings: ConversationSettings;
}

/** Where replies to this contact go: the number, else the business-scoped user id. */
export function addressOf(contact: Contact): string {
  return contact.wa_id ?? contact.user_id ?? contact.contact_key;
}

/**
 * Queues Patra's reply in the contact's language. The first reply a number ever gets starts
 * with the privacy notice (once: privacy_notice_at is set in the same transaction).
 */
export async function reply(
  turn: Turn,
  content: MessageContent,
  options: { kind?: MessageKind; recordId?: string } = {},
): Promise<void> {
  const { contact } = turn;
  const withNotice = contact.privacy_notice_at
    ? content
    : prependNotice(content, privacyNotice(turn));
  if (!contact.privacy_notice_at) {
    await turn.tx.query('update wa_contacts set privacy_notice_at = now() where contact_key = $1', [
      contact.contact_key,
    ]);
    contact.privacy_notice_at = new Date();
  }

  await queueMessage(turn.tx, {
    to: addressOf(contact),
    language: contact.language,
    content: withNotice,
    ...options,
  });
}

/** A plain text reply from a catalogue entry. */
export async function replyText(turn: Turn, text: { te: string; en: string }): Promise<void> {
  await reply(turn, { type: 'text', body: text[turn.contact.language] });
}

/** Moves the conversation to `state`, keeping `data` for the next message. */
export async function setState(
  turn: Turn,
  state: ConversationState,
  data: Record<string, unknown> = {},
): Promise<void> {
  await turn.tx.query(
    'update wa_contacts set state = $2, state_data = $3, updated_at = now() where contact_key = $1',
    [turn.contact.contact_key, state, JSON.stringify(data)],
  );
  turn.contact.state = state;
  turn.contact.state_data = data;
}

/** A text the conversation kept for its next step, or '' when there is none. */
export function stateText(turn: Turn, key: string): string {
  const value = turn.contact.state_data[key];

  return typeof value === 'string' ? value : '';
}

function privacyNotice(turn: Turn): string {
  return CONVERSATION_TEXT.privacyNotice(turn.settings.retentionDays)[turn.contact.language];
}

function prependNotice(content: MessageContent, notice: string): MessageContent {
  switch (content.type) {
    case 'text':
    case 'list':
    case 'buttons':
      return { ...content, body: `${notice}\n\n${content.body}` };
    case 'document':
      return { ...content, caption: `${notice}\n\n${content.caption}` };
    case 'template':
      return content;
  }
}
