import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { addQueueItem, queueReference } from '../../registry/add-queue-item.ts';
import { recordsLinkedToNumber } from '../../registry/linked-numbers.ts';
import { replyText, setState, type Turn } from './turn.ts';

/**
 * "Report a problem": saves the citizen's words as a field issue in the registrar queue of
 * the unit of their newest linked record (else the pilot's default unit), the pilot's way of
 * hearing what breaks, and answers with a reference.
 */
export async function reportProblem(turn: Turn, text: string): Promise<void> {
  const [newest] = turn.contact.wa_id
    ? await recordsLinkedToNumber(turn.tx, turn.contact.wa_id, { limit: 1 })
    : [];
  const id = await addQueueItem(turn.tx, {
    kind: 'field-issue',
    unitCode: newest?.unitCode ?? turn.settings.defaultUnitCode,
    recordId: newest?.id,
    contactKey: turn.contact.contact_key,
    waId: turn.contact.wa_id ?? undefined,
    description: text,
    details: { language: turn.contact.language, waMessageId: turn.message.waMessageId },
  });

  await setState(turn, 'menu');
  await replyText(turn, CONVERSATION_TEXT.problemSaved(queueReference(id)));
}
