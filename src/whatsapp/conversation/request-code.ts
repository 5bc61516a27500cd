import { createHash, randomInt, randomUUID } from 'node:crypto';
import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { numbersLinkedToRecord } from '../../registry/linked-numbers.ts';
import { queueMessage } from '../send-message.ts';
import { replyText, setState, stateText, type Turn } from './turn.ts';

/** A code lives 10 minutes (the template's footer says so). */
export const CODE_LIFETIME_MS = 10 * 60 * 1000;
/** Codes one chat may ask for in 24 hours. */
export const MAX_CODES_PER_DAY = 3;
/** Codes one record's number receives in 24 hours, whoever asks: no one can flood it. */
export const MAX_CODES_PER_RECORD_PER_DAY = 5;

/**
 * The stranger path, first half: the sender has given a registration number and now the
 * date of the event. When both match a record, a 6-digit code goes to a number on that record
 * as the `one_time_code` authentication template; when they match nothing, a code row
 * without a record is kept instead, so the chat continues exactly alike. The reply is the
 * same either way and never says whether a record or a number exists (DESIGN: registration
 * numbers can be guessed). Only the code's hash is stored. Limited to 3 codes a day per chat
 * and 5 a day to one record's number (beyond that the code is kept but not sent).
 */
export async function requestCode(turn: Turn, text: string): Promise<void> {
  const eventDate = parseEventDate(text);
  if (!eventDate) {
    await replyText(turn, CONVERSATION_TEXT.badDate);

    return;
  }

  if (await hasTooManyCodes(turn)) {
    await setState(turn, 'menu');
    await replyText(turn, CONVERSATION_TEXT.tooManyCodes);

    return;
  }

  const registrationNumber = stateText(turn, 'registrationNumber');
  const record = await findByNumberAndDate(turn, registrationNumber, eventDate);
  const codeId = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await turn.tx.query(
    `insert into wa_one_time_codes (id, contact_key, record_id, code_hash, expires_at)
     values ($1, $2, $3, $4, $5)`,
    [
      codeId,
      turn.contact.contact_key,
      record?.id ?? null,
      hashCode(codeId, code),
      new Date(Date.now() + CODE_LIFETIME_MS),
    ],
  );
  if (record && (await canSendTo(turn, record.id))) {
    await sendCode(turn, { recordId: record.id, language: record.informant_language, code });
  }

  await setState(turn, 'await-code', { codeId });
  await replyText(turn, CONVERSATION_TEXT.codeSent);
}

/** The stored form of a code: SHA-256 over the code row's id and the code. */
export function hashCode(codeId: string, code: string): string {
  return createHash('sha256').update(`${codeId}:${code}`).digest('hex');
}

/** Reads DD-MM-YYYY (also with / or .) or YYYY-MM-DD; returns YYYY-MM-DD for a real date. */
export function parseEventDate(text: string): string | undefined {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : [];
  if (!year || !month || !day) return undefined;

  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);

  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

async function hasTooManyCodes(turn: Turn): Promise<boolean> {
  const [row] = await turn.tx.query<{ n: number }>(
    "select count(*)::int as n from wa_one_time_codes where contact_key = $1 and created_at > now() - interval '24 hours'",
    [turn.contact.contact_key],
  );

  return (row?.n ?? 0) >= MAX_CODES_PER_DAY;
}

async function canSendTo(turn: Turn, recordId: string): Promise<boolean> {
  const [row] = await turn.tx.query<{ n: number }>(
    "select count(*)::int as n from wa_one_time_codes where record_id = $1 and created_at > now() - interval '24 hours'",
    [recordId],
  );

  return (row?.n ?? 0) <= MAX_CODES_PER_RECORD_PER_DAY;
}

async function findByNumberAndDate(
  turn: Turn,
  registrationNumber: string,
  eventDate: string,
): Promise<{ id: string; informant_language: 'te' | 'en' } | undefined> {
  // A still-birth's extract goes to the parents only (mayReceiveCertificate), never through a code.
  const [record] = await turn.tx.query<{ id: string; informant_language: 'te' | 'en' }>(
    `select id, informant_language from records where registration_number = $1 and event_date = $2
       and status = 'registered' and event_type <> 'still_birth'`,
    [registrationNumber, eventDate],
  );

  return record;
}

async function sendCode(
  turn: Turn,
  code: { recordId: string; language: 'te' | 'en'; code: string },
): Promise<void> {
  const [number] = await numbersLinkedToRecord(turn.tx, code.recordId);
  if (!number) return;

  await queueMessage(turn.tx, {
    to: number,
    language: code.language,
    kind: 'one-time-code',
    recordId: code.recordId,
    content: {
      type: 'template',
      name: 'one_time_code',
      bodyParameters: [code.code],
      buttonParameters: [code.code],
      isSecret: true,
    },
  });
}
