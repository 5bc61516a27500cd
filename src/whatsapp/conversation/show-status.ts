import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { recordsLinkedToNumber } from '../../registry/linked-numbers.ts';
import { replyText, setState, type Turn } from './turn.ts';

/**
 * "Status of a registration": for each record linked to the sender's number, whether its
 * certificate is issued or being prepared. Nothing is told about records not linked to it.
 */
export async function showStatus(turn: Turn): Promise<void> {
  const language = turn.contact.language;
  const records = turn.contact.wa_id
    ? await recordsLinkedToNumber(turn.tx, turn.contact.wa_id, { limit: 10 })
    : [];
  await setState(turn, 'menu');
  if (records.length === 0) {
    await replyText(turn, CONVERSATION_TEXT.statusNone);

    return;
  }

  const issued = await turn.tx.query<{ record_id: string }>(
    "select distinct record_id from certificates where record_id = any($1::uuid[]) and status = 'in_force'",
    [records.map((record) => record.id)],
  );
  const issuedIds = new Set(issued.map((row) => row.record_id));
  const lines = records.map((record) => {
    const state = issuedIds.has(record.id)
      ? CONVERSATION_TEXT.statusIssued
      : CONVERSATION_TEXT.statusPreparing;

    return `${record.registrationNumber}: ${state[language]}`;
  });
  const intro = CONVERSATION_TEXT.statusIntro;

  await replyText(turn, {
    te: [intro.te, ...lines].join('\n'),
    en: [intro.en, ...lines].join('\n'),
  });
}
