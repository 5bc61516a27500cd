import { certificateFileName } from '../certificates/certificate-file-name.ts';
import type { Db } from '../db/db.ts';
import { SYSTEM_ACTOR } from '../registry/actor.ts';
import { appendHistory } from '../registry/append-history.ts';
import { findRecord, type RecordRow } from '../registry/find-record.ts';
import { maskWaId } from '../registry/phone.ts';
import { settleMessageStatus } from './apply-statuses.ts';
import { isOptedOut } from './opt-out.ts';
import { settleSendFailure } from './settle-send-failure.ts';
import type { CallResult, CloudApiClient } from './cloud-api-client.ts';
import { certificateTemplate } from './certificate-template.ts';
import { checkTemplateSend } from './templates.ts';

/** Re-upload a certificate once its media id is this old: ids live 30 days (contract §1.6). */
const MEDIA_REUPLOAD_AFTER_MS = 25 * 24 * 60 * 60 * 1000;

export type SendOutcome =
  | { status: 'accepted'; waMessageId: string }
  | { status: 'already-done' }
  | { status: 'ambiguous' }
  | { status: 'retry'; reason: string; afterMs?: number }
  | { status: 'failed'; code?: number; reason: string };

interface MessageRow {
  id: string;
  record_id: string;
  certificate_id: string;
  to_wa_id: string;
  language: 'te' | 'en';
  status: string;
  /** The role of the number on the record for a registrar's re-send; null: the informant. */
  send_basis: string | null;
}

interface CertificateRow {
  id: string;
  media_id: string | null;
  media_uploaded_at: Date | null;
}

/**
 * Sends a certificate to a linked number as its event type's utility template
 * (`certificate_ready`, `death_certificate_ready`, `still_birth_extract_ready`) with the PDF as its document header (uploaded first, sent by media id). Marks the message `sending`
 * and commits before the call, so a crash mid-call is found on the retry and reported as
 * ambiguous instead of sent twice. On acceptance writes `send-certificate` to the history
 * (to which number, on what basis). Retryable Cloud API failures come back as `retry`.
 */
export async function sendCertificate(db: Db, client: CloudApiClient, messageId: string): Promise<SendOutcome> {
  const [message] = await db.query<MessageRow>('select * from wa_messages where id = $1', [messageId]);
  if (!message || message.status !== 'queued') {
    return message?.status === 'sending' ? markAmbiguous(db, messageId) : { status: 'already-done' };
  }

  const [certificate] = await db.query<CertificateRow>(
    'select id, media_id, media_uploaded_at from certificates where id = $1',
    [message.certificate_id],
  );
  const record = await findRecord(db, message.record_id);
  if (!certificate || !record) return { status: 'failed', reason: 'certificate or record missing' };
  if (await isOptedOut(db, message.to_wa_id)) {
    return settleSendFailure(db, messageId, { ok: false, reason: 'the informant opted out (STOP)', retryable: false });
  }

  const media = await ensureMedia(db, client, certificate, record.registration_number);
  if (!media.ok) return failure(db, messageId, media);

  const body = templateBody(record, message, media.value.id);
  // Compare-and-set: a second worker that took the same job (its lease ran out) never sends too.
  const marked = await db.query("update wa_messages set status = 'sending', status_at = now() where id = $1 and status = 'queued' returning id", [messageId]);
  if (marked.length === 0) return { status: 'already-done' };
  const sent = await client.sendMessage(body);
  if (!sent.ok) return failure(db, messageId, sent);

  await recordAcceptance(db, { message, record, waMessageId: sent.value.waMessageId });

  return { status: 'accepted', waMessageId: sent.value.waMessageId };
}

async function ensureMedia(
  db: Db,
  client: CloudApiClient,
  certificate: CertificateRow,
  registrationNumber: string,
): Promise<CallResult<{ id: string }>> {
  const uploadedAt = certificate.media_uploaded_at?.getTime() ?? 0;
  if (certificate.media_id && Date.now() - uploadedAt < MEDIA_REUPLOAD_AFTER_MS) {
    return { ok: true, value: { id: certificate.media_id } };
  }

  // The PDF is read only to upload it: most sends go by the cached media id.
  const [file] = await db.query<{ pdf: Buffer }>('select pdf from certificates where id = $1', [certificate.id]);
  if (!file) return { ok: false, reason: 'certificate missing', retryable: false };

  const uploaded = await client.uploadMedia({
    bytes: file.pdf,
    filename: certificateFileName(registrationNumber),
    mimeType: 'application/pdf',
  });
  if (uploaded.ok) {
    await db.query('update certificates set media_id = $2, media_uploaded_at = now() where id = $1', [
      certificate.id,
      uploaded.value.id,
    ]);
  }

  return uploaded;
}

function templateBody(record: RecordRow, message: MessageRow, mediaId: string): Record<string, unknown> {
  const language = message.language;
  const template = certificateTemplate(record, language);
  checkTemplateSend({ ...template, language });
  const filename = certificateFileName(record.registration_number);

  return {
    recipient_type: 'individual',
    to: message.to_wa_id,
    type: 'template',
    template: {
      name: template.name,
      language: { code: language },
      components: [
        { type: 'header', parameters: [{ type: 'document', document: { id: mediaId, filename } }] },
        { type: 'body', parameters: template.bodyParameters.map((text) => ({ type: 'text', text })) },
      ],
    },
  };
}

async function recordAcceptance(
  db: Db,
  sent: { message: MessageRow; record: RecordRow; waMessageId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      "update wa_messages set status = 'accepted', status_at = now(), wa_message_id = $2 where id = $1",
      [sent.message.id, sent.waMessageId],
    );
    await settleMessageStatus(tx, sent.waMessageId);
    await appendHistory(tx, {
      recordId: sent.record.id, action: 'send-certificate', actor: SYSTEM_ACTOR,
      unitCode: sent.record.unit_code, at: new Date(),
      legalBasis: sent.message.send_basis
        ? 'RBD Act 1969 s.12, s.17: a copy sent by the registrar to a number linked to the record'
        : 'RBD Act 1969 s.12: certificate to the informant, by the number on the record',
      details: {
        certificateId: sent.message.certificate_id, channel: 'whatsapp', basis: sent.message.send_basis ?? 'informant',
        to: maskWaId(sent.message.to_wa_id), waMessageId: sent.waMessageId,
      },
    });
  });
}

async function failure(db: Db, messageId: string, result: Extract<CallResult<unknown>, { ok: false }>): Promise<SendOutcome> {
  return settleSendFailure(db, messageId, result);
}

async function markAmbiguous(db: Db, messageId: string): Promise<SendOutcome> {
  await db.query("update wa_messages set status = 'unknown', status_at = now() where id = $1", [messageId]);

  return { status: 'ambiguous' };
}
