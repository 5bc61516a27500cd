import { requestFirstCertificate } from '../../certificates/request-first-certificate.ts';
import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { numbersLinkedToRecord } from '../../registry/linked-numbers.ts';
import { reply, replyText, setState, type Turn } from './turn.ts';

/**
 * Sends the certificate in force of a record as a document message, after checking the right
 * to it: the sender's number is linked to the record (`informant`), or the sender has just
 * given the right one-time code (`one-time-code`). The send writes `send-certificate` to the
 * record's history when Meta accepts it. A record not linked to the sender gets the same
 * answer as one with no certificate yet, so a forged choice reveals nothing.
 * A registered record never certified (a legacy entry backfilled from a department's file)
 * gets its first certificate queued for the number on the record (requestFirstCertificate). A still-birth's
 * extract is never sent from the chat: it goes to the parents only, pushed or re-sent by the
 * registrar (mayReceiveCertificate).
 */
export async function sendCertificateCopy(
  turn: Turn,
  options: { recordId: string; basis: 'informant' | 'one-time-code' },
): Promise<void> {
  await setState(turn, 'menu');
  const isEntitled = options.basis === 'one-time-code' || (await isLinked(turn, options.recordId));
  const [certificate] = isEntitled
    ? await turn.tx.query<{ id: string; registration_number: string }>(
        `select c.id, r.registration_number from certificates c join records r on r.id = c.record_id
         where c.record_id = $1 and c.status = 'in_force' and r.event_type <> 'still_birth'
         order by c.issued_at desc limit 1`,
        [options.recordId],
      )
    : [];
  if (!certificate) {
    if (isEntitled) await requestFirstCertificate(turn.tx, options.recordId);
    await replyText(turn, CONVERSATION_TEXT.notYetIssued);

    return;
  }

  const caption = CONVERSATION_TEXT.documentCaption(certificate.registration_number)[
    turn.contact.language
  ];
  await reply(
    turn,
    { type: 'document', certificateId: certificate.id, caption, basis: options.basis },
    { recordId: options.recordId },
  );
}

async function isLinked(turn: Turn, recordId: string): Promise<boolean> {
  if (!turn.contact.wa_id || !/^[0-9a-f-]{36}$/i.test(recordId)) return false;

  return (await numbersLinkedToRecord(turn.tx, recordId)).includes(turn.contact.wa_id);
}
