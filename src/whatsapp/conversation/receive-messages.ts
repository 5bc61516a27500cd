import type { Db, Sql } from '../../db/db.ts';
import { wakeWorkers } from '../../jobs/outbox.ts';
import { recordsLinkedToNumber } from '../../registry/linked-numbers.ts';
import type { Logger } from '../../shared/logger.ts';
import { converse } from './converse.ts';
import { readInboundMessage, type InboundMessage } from './inbound-message.ts';
import type { Contact, ConversationSettings } from './turn.ts';

const TELUGU_SCRIPT = /[\u0C00-\u0C7F]/;
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Takes the citizen messages of one webhook change (`value.messages[]`, with
 * `value.contacts[]`). Each message is recorded and answered in its own transaction: the
 * insert keyed by its wamid is the dedupe, so a message delivered twice, even at the same
 * moment, is answered once (the second insert waits for the first and then finds it). The
 * sender's chat row is locked for the turn, so one citizen's messages are answered one at a
 * time. Returns how many new messages were answered.
 */
export async function receiveMessages(
  db: Db,
  batch: {
    messages: unknown[];
    contacts: unknown[];
    receivedAt: Date;
    settings: ConversationSettings;
  },
  log: Logger,
): Promise<number> {
  let answered = 0;
  for (const item of batch.messages) {
    const message = readInboundMessage(item, batch.contacts, batch.receivedAt);
    if (!message) {
      log.warn('incoming message without an id or a sender skipped');
      continue;
    }

    const isNew = await db.transaction(async (tx) => {
      const contact = await lockContact(tx, message);
      if (!(await recordInbound(tx, contact, message))) return false;

      await converse({ tx, contact, message, settings: batch.settings });

      return true;
    });
    if (isNew) answered += 1;
    log.info(
      { waMessageId: message.waMessageId, type: message.type, isDuplicate: !isNew },
      'incoming message',
    );
  }
  if (answered > 0) wakeWorkers();

  return answered;
}

/** Creates the chat on first contact (language guessed) or updates it; locks its row. */
async function lockContact(tx: Sql, message: InboundMessage): Promise<Contact> {
  const key = message.waId ?? `bsuid:${message.userId ?? ''}`;
  const language = await firstLanguage(tx, message);
  const [contact] = await tx.query<Contact>(
    `insert into wa_contacts (contact_key, wa_id, user_id, language, last_inbound_at)
     values ($1, $2, $3, $4, $5)
     on conflict (contact_key) do update set
       user_id = coalesce(excluded.user_id, wa_contacts.user_id),
       last_inbound_at = greatest(wa_contacts.last_inbound_at, excluded.last_inbound_at),
       updated_at = now()
     returning *`,
    [key, message.waId ?? null, message.userId ?? null, language, message.sentAt],
  );
  if (!contact) throw new Error('contact upsert returned nothing');

  return contact;
}

/** The wamid insert that makes a message count once. False when it was already recorded. */
async function recordInbound(tx: Sql, contact: Contact, message: InboundMessage): Promise<boolean> {
  const inserted = await tx.query(
    `insert into wa_inbound_messages (wa_message_id, contact_key, type, content, sent_at)
     values ($1, $2, $3, $4, $5) on conflict (wa_message_id) do nothing returning 1`,
    [
      message.waMessageId,
      contact.contact_key,
      message.type,
      JSON.stringify(message.raw),
      message.sentAt,
    ],
  );

  return inserted.length === 1;
}

/**
 * The language of a new chat: that of the newest record linked to the number, else the
 * script of the first message (Telugu letters: Telugu; Latin letters: English), else Telugu.
 */
async function firstLanguage(tx: Sql, message: InboundMessage): Promise<'te' | 'en'> {
  const [linked] = message.waId ? await recordsLinkedToNumber(tx, message.waId, { limit: 1 }) : [];
  if (linked) return linked.informantLanguage;

  const text = message.text ?? '';
  if (TELUGU_SCRIPT.test(text)) return 'te';

  return LATIN_LETTER.test(text) ? 'en' : 'te';
}
