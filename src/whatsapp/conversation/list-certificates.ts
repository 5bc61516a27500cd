import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { recordsLinkedToNumber, type LinkedRecord } from '../../registry/linked-numbers.ts';
import type { ListRow } from '../send-message.ts';
import { reply, setState, type Turn } from './turn.ts';

/** At most 10 rows in a list (contract §1.2): nine records and "Another record". */
const MAX_RECORD_ROWS = 9;
const MAX_DESCRIPTION_CHARS = 72;

/**
 * "My birth certificates" / "My death certificates": lists the records of that event type
 * linked to the sender's number, each a row that sends its PDF, and always an "Another
 * record" row for someone whose number is not on the record (the one-time-code path). With
 * none linked, the list says so politely and keeps that row. A sender known only by a
 * business-scoped user id has no number, so no records are linked to them.
 */
export async function listCertificates(turn: Turn, eventType: 'birth' | 'death'): Promise<void> {
  const language = turn.contact.language;
  const records = turn.contact.wa_id
    ? await recordsLinkedToNumber(turn.tx, turn.contact.wa_id, {
        eventType,
        limit: MAX_RECORD_ROWS,
      })
    : [];
  const isBirth = eventType === 'birth';
  const body =
    records.length > 0
      ? (isBirth ? CONVERSATION_TEXT.birthList : CONVERSATION_TEXT.deathList)[language]
      : (isBirth ? CONVERSATION_TEXT.birthNone : CONVERSATION_TEXT.deathNone)[language];
  const another: ListRow = {
    id: 'another-record',
    title: CONVERSATION_TEXT.anotherRecord[language],
    description: CONVERSATION_TEXT.anotherRecordDescription[language],
  };

  await setState(turn, 'menu');
  await reply(turn, {
    type: 'list',
    body,
    button: CONVERSATION_TEXT.certificatesButton[language],
    sections: [
      { rows: [...records.map((record) => recordRow(record, language, 'cert')), another] },
    ],
  });
}

/** A list row for a record: its registration number, and the name and date below it. */
export function recordRow(record: LinkedRecord, language: 'te' | 'en', prefix: string): ListRow {
  const name = (language === 'te' ? record.name?.te : undefined) ?? record.name?.en ?? '';
  const date = record.eventDate.split('-').reverse().join('-');
  const description = [name, date].filter(Boolean).join(' · ').slice(0, MAX_DESCRIPTION_CHARS);

  return {
    id: `${prefix}:${record.id}`,
    title: record.registrationNumber.slice(0, 24),
    description,
  };
}
