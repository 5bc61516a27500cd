import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Sql } from '../db/db.ts';
import { enqueue, wakeWorkers } from '../jobs/outbox.ts';
import type { Actor } from '../registry/actor.ts';
import { appendHistory } from '../registry/append-history.ts';
import { mayReceiveCertificate, type ContactRole } from '../registry/certificate-recipients.ts';
import { fieldIssue, toFieldIssues } from '../registry/field-issues.ts';
import { loadRecordFor, type EventRecordRow } from '../registry/load-record-for.ts';
import { maskWaId, toWaId } from '../registry/phone.ts';
import { AppError } from '../shared/app-error.ts';
import { certificateTemplateName } from './certificate-template.ts';

/** A second request for the same certificate to the same number within this is the same send. */
export const RESEND_DEDUPLICATION_MINUTES = 10;

export const CertificateSendSchema = z
  .object({
    waId: z
      .string()
      .max(40)
      .optional()
      .describe('A number linked to the record (e.g. 919876543210); the informant by default'),
  })
  .describe('Where to send the certificate in force');

export interface CertificateSend {
  sendId: string;
  status: string;
  /** True when an earlier identical request is answered (same key, or within the window). */
  isRepeat: boolean;
}

const LEGAL_BASIS =
  'RBD Act 1969 s.12, s.17: a copy sent by the registrar to a number linked to the record';

/**
 * A registrar sends the certificate in force of a registered record again, over WhatsApp, to
 * a number linked to the record (the informant's by default; a still-birth's extract only to
 * a parent: see mayReceiveCertificate). Writes `resend-certificate` to the history (to which
 * number, masked, in which role, asked by whom) and queues the template send, in one
 * transaction. Never a second send of one request: the same `idempotencyKey`, or a send of
 * the same certificate to the same number made in the last RESEND_DEDUPLICATION_MINUTES
 * minutes that is still on its way or was itself a registrar's re-send (and did not fail), is
 * answered with that send's id. A first push already delivered does not stop a re-send.
 *
 * Fails with RECORD_NOT_FOUND (also outside the unit), FORBIDDEN (not a registrar),
 * INVALID_STATUS (not registered, or cancelled), CERTIFICATE_NOT_FOUND (none in force yet)
 * or VALIDATION_FAILED (a number not linked to the record). The template goes in the language
 * the number chose in the chat, else the informant's.
 */
export async function resendCertificate(
  db: Db,
  actor: Actor,
  request: { recordId: string; body: unknown; idempotencyKey?: string },
  now: Date = new Date(),
): Promise<CertificateSend> {
  const parsed = CertificateSendSchema.safeParse(request.body ?? {});
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'bad send', { issues: toFieldIssues(parsed.error) });
  }

  const send = await db.transaction(async (tx) => {
    const record = await loadSendable(tx, actor, request.recordId);
    const earlier =
      request.idempotencyKey && (await findByKey(tx, record.id, request.idempotencyKey));
    if (earlier) return earlier;

    const certificateId = await certificateInForce(tx, record.id);
    const to = await recipient(tx, record, parsed.data.waId);
    const recent = await findRecent(tx, { certificateId, waId: to.waId, now });
    if (recent) return recent;

    return queueSend(tx, { actor, record, certificateId, to, key: request.idempotencyKey, now });
  });
  if (!send.isRepeat) wakeWorkers();

  return send;
}

async function loadSendable(sql: Sql, actor: Actor, recordId: string): Promise<EventRecordRow> {
  const record = await loadRecordFor(sql, actor, 'send_certificate', recordId, { forUpdate: true });
  const [flags] = await sql.query<{ is_cancelled: boolean }>(
    'select is_cancelled from records where id = $1',
    [record.id],
  );
  if (record.status !== 'registered' || flags?.is_cancelled) {
    throw new AppError(
      'INVALID_STATUS',
      'only a registered entry in force has a certificate to send',
    );
  }

  return record;
}

async function findByKey(
  sql: Sql,
  recordId: string,
  key: string,
): Promise<CertificateSend | undefined> {
  const [row] = await sql.query<{ id: string; status: string }>(
    'select id, status from wa_messages where record_id = $1 and idempotency_key = $2',
    [recordId, key],
  );

  return row && { sendId: row.id, status: row.status, isRepeat: true };
}

async function certificateInForce(sql: Sql, recordId: string): Promise<string> {
  const [certificate] = await sql.query<{ id: string }>(
    `select id from certificates where record_id = $1 and status = 'in_force'
     order by issued_at desc limit 1`,
    [recordId],
  );
  if (!certificate) throw new AppError('CERTIFICATE_NOT_FOUND', 'no certificate in force yet');

  return certificate.id;
}

/** The number asked for (or the informant's), with the role that entitles it. */
async function recipient(
  sql: Sql,
  record: EventRecordRow,
  asked: string | undefined,
): Promise<{ waId: string; role: ContactRole }> {
  const waId = asked === undefined ? record.informant_wa_id : toWaId(asked);
  const roles = waId ? await linkedRoles(sql, record, waId) : [];
  const role = roles.find((linked) => mayReceiveCertificate(record, linked));
  if (!waId || !role) {
    throw new AppError('VALIDATION_FAILED', 'the number may not receive this certificate', {
      issues: [fieldIssue('waId', 'notLinked')],
    });
  }

  return { waId, role };
}

async function linkedRoles(sql: Sql, record: EventRecordRow, waId: string): Promise<ContactRole[]> {
  const rows = await sql.query<{ role: ContactRole }>(
    `select role from record_contacts where record_id = $1 and wa_id = $2 and removed_at is null
     union all
     select 'informant' from records r where r.id = $1 and r.informant_wa_id = $2
       and not exists (select 1 from record_contacts c where c.record_id = r.id)`,
    [record.id, waId],
  );

  return rows.map((row) => row.role);
}

async function findRecent(
  sql: Sql,
  send: { certificateId: string; waId: string; now: Date },
): Promise<CertificateSend | undefined> {
  const since = new Date(send.now.getTime() - RESEND_DEDUPLICATION_MINUTES * 60_000);
  const [row] = await sql.query<{ id: string; status: string }>(
    `select id, status from wa_messages
     where certificate_id = $1 and to_wa_id = $2 and created_at >= $3 and status <> 'failed'
       and (send_basis is not null or status in ('queued', 'sending', 'accepted'))
     order by created_at desc limit 1`,
    [send.certificateId, send.waId, since],
  );

  return row && { sendId: row.id, status: row.status, isRepeat: true };
}

async function queueSend(
  sql: Sql,
  send: {
    actor: Actor;
    record: EventRecordRow;
    certificateId: string;
    to: { waId: string; role: ContactRole };
    key: string | undefined;
    now: Date;
  },
): Promise<CertificateSend> {
  const { record, to } = send;
  const id = randomUUID();
  await sql.query(
    `insert into wa_messages (id, record_id, certificate_id, to_wa_id, kind, template_name, language,
       status, created_at, status_at, idempotency_key, send_basis, requested_by)
     values ($1, $2, $3, $4, 'certificate', $5,
       coalesce((select language from wa_contacts where wa_id = $4 order by updated_at desc limit 1), $6),
       'queued', $7, $7, $8, $9, $10)`,
    [
      id,
      record.id,
      send.certificateId,
      to.waId,
      certificateTemplateName(record.event_type),
      record.informant_language,
      send.now,
      send.key ?? null,
      to.role,
      send.actor.userId,
    ],
  );
  await appendHistory(sql, {
    recordId: record.id,
    action: 'resend-certificate',
    actor: send.actor,
    unitCode: record.unit_code,
    at: send.now,
    legalBasis: LEGAL_BASIS,
    details: {
      sendId: id,
      certificateId: send.certificateId,
      channel: 'whatsapp',
      to: maskWaId(to.waId),
      basis: to.role,
    },
  });
  await enqueue(sql, 'whatsapp.send-certificate', { messageId: id });

  return { sendId: id, status: 'queued', isRepeat: false };
}
