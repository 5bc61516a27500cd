import { randomUUID } from 'node:crypto';
import { certificateFileName } from '../certificates/certificate-file-name.ts';
import type { Db, Sql } from '../db/db.ts';
import { enqueue } from '../jobs/outbox.ts';
import type { Language } from '../messages/whatsapp.ts';
import { SYSTEM_ACTOR } from '../registry/actor.ts';
import { appendHistory } from '../registry/append-history.ts';
import { findRecord } from '../registry/find-record.ts';
import { maskWaId } from '../registry/phone.ts';
import { AppError } from '../shared/app-error.ts';
import { settleMessageStatus } from './apply-statuses.ts';
import type { CallResult, CloudApiClient } from './cloud-api-client.ts';
import { ensureCertificateMedia, type CertificateMediaRow } from './ensure-certificate-media.ts';
import { isOptedOut } from './opt-out.ts';
import type { SendOutcome } from './send-certificate.ts';
import { settleSendFailure } from './settle-send-failure.ts';
import { checkTemplateSend } from './templates.ts';

/** One row of an interactive list (contract §1.2: title ≤ 24, description ≤ 72). */
export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

/** What a free-form message carries. A document is always a certificate, sent by media id. */
export type MessageContent =
  | { type: 'text'; body: string }
  | { type: 'list'; body: string; button: string; sections: { title?: string; rows: ListRow[] }[]; header?: string; footer?: string }
  | { type: 'buttons'; body: string; buttons: { id: string; title: string }[] }
  | { type: 'document'; certificateId: string; caption: string; basis: 'informant' | 'one-time-code' }
  | { type: 'template'; name: string; bodyParameters: string[]; buttonParameters?: string[]; isSecret?: boolean };

/** Why a message exists: a reply in the chat, the one reply an opted-out citizen still gets, a code. */
export type MessageKind = 'reply' | 'opt-out-confirmation' | 'one-time-code';

export interface QueuedMessage {
  /** A wa_id (digits), or a business-scoped user id when Meta gave no number. */
  to: string;
  language: Language;
  content: MessageContent;
  kind?: MessageKind;
  recordId?: string;
}

/** A send's result; `skipped` when the recipient has opted out (STOP) and nothing was sent. */
export type MessageSendOutcome = SendOutcome | { status: 'skipped'; reason: string };

interface MessageRow {
  id: string;
  record_id: string | null;
  certificate_id: string | null;
  to_wa_id: string;
  kind: string;
  language: Language;
  status: string;
  content: MessageContent | null;
}

/**
 * Queues one free-form message (text, interactive list or buttons, certificate document, or
 * a template) inside the caller's transaction: a wa_messages row and a
 * 'whatsapp.send-message' job, both existing exactly when the caller's change commits.
 * Returns the message id. Does not check opt-out: the sender does, at send time.
 */
export async function queueMessage(sql: Sql, message: QueuedMessage): Promise<string> {
  const id = randomUUID();
  const { content } = message;
  const certificateId = content.type === 'document' ? content.certificateId : null;
  const templateName = content.type === 'template' ? content.name : null;

  await sql.query(
    `insert into wa_messages (id, record_id, certificate_id, to_wa_id, kind, template_name, language, status, content)
     values ($1, $2, $3, $4, $5, $6, $7, 'queued', $8)`,
    [id, message.recordId ?? null, certificateId, message.to, message.kind ?? 'reply', templateName,
      message.language, JSON.stringify(content)],
  );
  await enqueue(sql, 'whatsapp.send-message', { messageId: id });

  return id;
}

/**
 * Sends one queued message. Honours STOP (nothing goes to an opted-out number except the
 * confirmation of STOP itself). Marks the message `sending` and commits before the call, so
 * a crash mid-call is found on the retry and reported as ambiguous, never sent twice. On
 * acceptance records the wamid; a certificate document also writes `send-certificate` to the
 * record's history (to which number, on what basis); a secret template (a one-time code) has
 * its content erased. Retryable Cloud API failures come back as `retry`, others as `failed`
 * with the error code and details kept on the message.
 */
export async function sendMessage(db: Db, client: CloudApiClient, messageId: string): Promise<MessageSendOutcome> {
  const [message] = await db.query<MessageRow>('select * from wa_messages where id = $1', [messageId]);
  if (!message || message.status !== 'queued') {
    return message?.status === 'sending' ? markAmbiguous(db, messageId) : { status: 'already-done' };
  }

  if (message.kind !== 'opt-out-confirmation' && (await isOptedOut(db, message.to_wa_id))) {
    await markFailed(db, messageId, { reason: 'the recipient opted out (STOP)' });

    return { status: 'skipped', reason: 'opted out' };
  }

  const body = await buildBody(db, client, message);
  if (!body.ok) return failure(db, messageId, body);

  // Compare-and-set: a second worker that took the same job (its lease ran out) never sends too.
  const marked = await db.query("update wa_messages set status = 'sending', status_at = now() where id = $1 and status = 'queued' returning id", [messageId]);
  if (marked.length === 0) return { status: 'already-done' };
  const sent = await client.sendMessage(body.value);
  if (!sent.ok) return failure(db, messageId, sent);

  await recordAcceptance(db, message, sent.value.waMessageId);

  return { status: 'accepted', waMessageId: sent.value.waMessageId };
}

async function buildBody(db: Db, client: CloudApiClient, message: MessageRow): Promise<CallResult<Record<string, unknown>>> {
  const content = message.content;
  if (!content) return { ok: false, reason: 'message content erased before it was sent', retryable: false };

  const address = /^\d+$/.test(message.to_wa_id) ? { to: message.to_wa_id } : { recipient: message.to_wa_id };
  const base = { recipient_type: 'individual', ...address };
  if (content.type !== 'document') return bodyOrRefusal(() => ({ ...base, ...contentBody(content, message.language) }));

  const [certificate] = await db.query<CertificateMediaRow & { record_id: string }>('select * from certificates where id = $1', [content.certificateId]);
  const record = certificate ? await findRecord(db, certificate.record_id) : undefined;
  if (!certificate || !record) return { ok: false, reason: 'certificate or record missing', retryable: false };

  const media = await ensureCertificateMedia(db, client, { certificate, registrationNumber: record.registration_number });
  if (!media.ok) return media;

  const document = { id: media.value.id, filename: certificateFileName(record.registration_number), caption: content.caption };

  return { ok: true, value: { ...base, type: 'document', document } };
}

/** A body that fails the template check is refused for good: sending it again cannot help. */
function bodyOrRefusal(build: () => Record<string, unknown>): CallResult<Record<string, unknown>> {
  try {
    return { ok: true, value: build() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, reason: error.message, retryable: false };
    throw error;
  }
}

/** The Cloud API body of a text, interactive or template message (contract §1.1-§1.5). */
function contentBody(content: Exclude<MessageContent, { type: 'document' }>, language: Language): Record<string, unknown> {
  switch (content.type) {
    case 'text':
      return { type: 'text', text: { preview_url: false, body: content.body } };
    case 'list':
      return { type: 'interactive', interactive: listInteractive(content) };
    case 'buttons':
      return {
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: content.body },
          action: { buttons: content.buttons.map((reply) => ({ type: 'reply', reply })) },
        },
      };
    case 'template':
      return { type: 'template', template: templateObject(content, language) };
  }
}

function listInteractive(content: Extract<MessageContent, { type: 'list' }>): Record<string, unknown> {
  return {
    type: 'list',
    ...(content.header ? { header: { type: 'text', text: content.header } } : {}),
    body: { text: content.body },
    ...(content.footer ? { footer: { text: content.footer } } : {}),
    action: { button: content.button, sections: content.sections },
  };
}

function templateObject(content: Extract<MessageContent, { type: 'template' }>, language: Language): Record<string, unknown> {
  checkTemplateSend({ name: content.name, language, bodyParameters: content.bodyParameters, buttonParameters: content.buttonParameters });
  const buttons = (content.buttonParameters ?? []).map((text, index) => ({
    type: 'button', sub_type: 'url', index: String(index), parameters: [{ type: 'text', text }],
  }));

  return {
    name: content.name,
    language: { code: language },
    components: [{ type: 'body', parameters: content.bodyParameters.map((text) => ({ type: 'text', text })) }, ...buttons],
  };
}

async function recordAcceptance(db: Db, message: MessageRow, waMessageId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `update wa_messages set status = 'accepted', status_at = now(), wa_message_id = $2,
         content = case when content->>'isSecret' = 'true' then null else content end,
         content_erased_at = case when content->>'isSecret' = 'true' then now() end
       where id = $1`,
      [message.id, waMessageId],
    );
    await settleMessageStatus(tx, waMessageId);
    if (message.content?.type === 'document') await recordCertificateCopy(tx, { message, basis: message.content.basis, waMessageId });
  });
}

/** Every certificate copy sent is an entry in the record's history (DESIGN: rules that shape the data). */
async function recordCertificateCopy(
  tx: Sql,
  sent: { message: MessageRow; basis: 'informant' | 'one-time-code'; waMessageId: string },
): Promise<void> {
  const record = sent.message.record_id ? await findRecord(tx, sent.message.record_id) : undefined;
  if (!record) return;

  await appendHistory(tx, {
    recordId: record.id, action: 'send-certificate', actor: SYSTEM_ACTOR, unitCode: record.unit_code, at: new Date(),
    legalBasis: sent.basis === 'informant'
      ? 'RBD Act 1969 s.12: a copy to a number on the record, asked for in the WhatsApp chat'
      : 'RBD Act 1969 s.12: a copy to a person who proved control of a number on the record with a one-time code',
    details: {
      certificateId: sent.message.certificate_id, channel: 'whatsapp', basis: sent.basis,
      to: maskWaId(sent.message.to_wa_id), waMessageId: sent.waMessageId,
    },
  });
}

async function failure(db: Db, messageId: string, result: Extract<CallResult<unknown>, { ok: false }>): Promise<SendOutcome> {
  return settleSendFailure(db, messageId, result);
}

async function markFailed(db: Db, messageId: string, result: { code?: number; details?: string; reason: string }): Promise<void> {
  await db.query(
    "update wa_messages set status = 'failed', status_at = now(), error_code = $2, error_details = $3 where id = $1",
    [messageId, result.code ?? null, result.details ?? result.reason],
  );
}

async function markAmbiguous(db: Db, messageId: string): Promise<SendOutcome> {
  await db.query("update wa_messages set status = 'unknown', status_at = now() where id = $1", [messageId]);

  return { status: 'ambiguous' };
}
