import { randomUUID } from 'node:crypto';
import { enqueue } from '../../jobs/outbox.ts';
import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { addQueueItem, queueReference } from '../../registry/add-queue-item.ts';
import { numbersLinkedToRecord, recordsLinkedToNumber } from '../../registry/linked-numbers.ts';
import { recordRow } from './list-certificates.ts';
import { reply, replyText, setState, stateText, type Turn } from './turn.ts';

const EVIDENCE_TYPES = new Set(['image', 'document']);

/**
 * "Ask for a correction", step 1: lists the records linked to the sender's number to pick
 * from. Corrections come only from linked numbers; others are told to visit the office.
 */
export async function startCorrection(turn: Turn): Promise<void> {
  const language = turn.contact.language;
  const records = turn.contact.wa_id
    ? await recordsLinkedToNumber(turn.tx, turn.contact.wa_id, { limit: 10 })
    : [];
  await setState(turn, 'menu');
  if (records.length === 0) {
    await replyText(turn, CONVERSATION_TEXT.correctionNone);

    return;
  }

  await reply(turn, {
    type: 'list',
    body: CONVERSATION_TEXT.correctionPick[language],
    button: CONVERSATION_TEXT.recordsButton[language],
    sections: [{ rows: records.map((record) => recordRow(record, language, 'correct')) }],
  });
}

/** Step 2: a record was picked; if it is linked to the sender, ask what is wrong. */
export async function pickCorrectionRecord(turn: Turn, recordId: string): Promise<void> {
  const isLinked =
    turn.contact.wa_id !== null &&
    /^[0-9a-f-]{36}$/i.test(recordId) &&
    (await numbersLinkedToRecord(turn.tx, recordId)).includes(turn.contact.wa_id);
  if (!isLinked) {
    await startCorrection(turn);

    return;
  }

  await setState(turn, 'await-correction-text', { recordId });
  await replyText(turn, CONVERSATION_TEXT.askCorrection);
}

/**
 * Step 3: the citizen's description becomes a correction request in the registrar queue of
 * the record's unit; then photos and PDFs are collected as its evidence.
 */
export async function describeCorrection(turn: Turn, text: string): Promise<void> {
  const recordId = stateText(turn, 'recordId');
  const [record] = await turn.tx.query<{ unit_code: string }>(
    'select unit_code from records where id = $1',
    [recordId],
  );
  if (!record) {
    await startCorrection(turn);

    return;
  }

  const queueItemId = await addQueueItem(turn.tx, {
    kind: 'correction-request',
    unitCode: record.unit_code,
    recordId,
    contactKey: turn.contact.contact_key,
    waId: turn.contact.wa_id ?? undefined,
    description: text,
    details: { language: turn.contact.language },
  });
  await setState(turn, 'await-evidence', { queueItemId });
  await askForEvidence(turn, CONVERSATION_TEXT.askEvidence);
}

/**
 * Step 4: a photo or PDF is kept as evidence (downloaded by a job: webhook media ids live 7
 * days); anything else reminds the citizen to send files or tap Done.
 */
export async function addEvidence(turn: Turn): Promise<void> {
  const media = turn.message.media;
  const queueItemId = stateText(turn, 'queueItemId');
  if (!media || !EVIDENCE_TYPES.has(turn.message.type)) {
    await askForEvidence(turn, CONVERSATION_TEXT.askEvidence);

    return;
  }

  const evidenceId = randomUUID();
  await turn.tx.query(
    `insert into registrar_queue_evidence (id, queue_item_id, wa_media_id, filename, mime_type, caption)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      evidenceId,
      queueItemId,
      media.id,
      media.filename ?? null,
      media.mimeType,
      media.caption ?? null,
    ],
  );
  await enqueue(turn.tx, 'whatsapp.fetch-evidence', { evidenceId });
  await askForEvidence(turn, CONVERSATION_TEXT.evidenceReceived);
}

/** Step 5: "Done": confirms the request with its reference and the count of files. */
export async function finishCorrection(turn: Turn): Promise<void> {
  const queueItemId = stateText(turn, 'queueItemId');
  const [row] = await turn.tx.query<{ n: number }>(
    'select count(*)::int as n from registrar_queue_evidence where queue_item_id = $1',
    [queueItemId],
  );

  await setState(turn, 'menu');
  await replyText(
    turn,
    CONVERSATION_TEXT.correctionSaved(queueReference(queueItemId), row?.n ?? 0),
  );
}

async function askForEvidence(turn: Turn, text: { te: string; en: string }): Promise<void> {
  const language = turn.contact.language;
  await reply(turn, {
    type: 'buttons',
    body: text[language],
    buttons: [{ id: 'evidence:done', title: CONVERSATION_TEXT.doneButton[language] }],
  });
}
