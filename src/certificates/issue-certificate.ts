import { createHash, randomUUID } from 'node:crypto';
import type { Db, Sql } from '../db/db.ts';
import { enqueue } from '../jobs/outbox.ts';
import { SYSTEM_ACTOR } from '../registry/actor.ts';
import { appendHistory } from '../registry/append-history.ts';
import { informantRecipient } from '../registry/certificate-recipients.ts';
import type { RecordRow } from '../registry/find-record.ts';
import { certificateTemplateName } from '../whatsapp/certificate-template.ts';
import type { Keyring } from './keys.ts';
import { loadCertificateSource } from './load-certificate-source.ts';
import { renderRecordCertificate, type RenderedCertificate } from './render-record-certificate.ts';
import type { PdfSigner } from './sign-pdf.ts';

export interface CertificateSettings {
  keyring: Keyring;
  publicBaseUrl: string;
  /** Signs the PDF itself (PAdES); without it the PDF carries only the signed QR payload. */
  pdfSigner?: PdfSigner;
}

const LEGAL_BASIS: Record<RenderedCertificate['form'], string> = {
  form5: 'RBD Act 1969 s.12 (free extract to the informant); AP RBD Rules 1999 r.8, Form 5',
  form6:
    'RBD Act 1969 s.12 (free extract to the informant), s.17(1) proviso (no cause of death); AP RBD Rules 1999 r.8, Form 6',
  'still-birth-extract':
    'RBD Act 1969 s.12, s.17 (extract of the still-birth entry, Form 3), to the parents only',
};

/**
 * Issues the certificate of a registered record in its own form (Form 5 for a live birth,
 * Form 6 for a death, the extract for a still-birth): signs the QR payload, renders the PDF,
 * stores it as the certificate in force, writes `certify` to the record's history and queues
 * the WhatsApp send to the informant (for a still-birth only when the informant is a parent:
 * see informantRecipient), all in one transaction. Idempotent on `certificateId`: a second
 * run (a retried job) finds the certificate and does nothing.
 *
 * Fails with RECORD_NOT_FOUND when the record is gone.
 */
export async function issueCertificate(
  db: Db,
  settings: CertificateSettings,
  job: { recordId: string; certificateId: string },
  now: Date = new Date(),
): Promise<void> {
  const [existing] = await db.query('select 1 from certificates where id = $1', [
    job.certificateId,
  ]);
  if (existing) return;

  const source = await loadCertificateSource(db, job.recordId);
  const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const rendered = await renderRecordCertificate(source, settings, issuedAt);

  await db.transaction(async (tx) => {
    const inserted = await tx.query(
      `insert into certificates (id, record_id, form, issued_at, key_id, payload, pdf, sha256)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (id) do nothing returning id`,
      [
        job.certificateId,
        source.record.id,
        rendered.form,
        issuedAt,
        settings.keyring.signing?.keyId,
        rendered.payload,
        rendered.pdf,
        createHash('sha256').update(rendered.pdf).digest('hex'),
      ],
    );
    if (inserted.length === 0) return;

    await appendHistory(tx, {
      recordId: source.record.id,
      action: 'certify',
      actor: SYSTEM_ACTOR,
      unitCode: source.unit.code,
      at: now,
      legalBasis: LEGAL_BASIS[rendered.form],
      details: {
        certificateId: job.certificateId,
        form: rendered.form,
        issuedAt: issuedAt.toISOString(),
      },
    });
    await queueSend(tx, source.record, job.certificateId);
  });
}

async function queueSend(sql: Sql, record: RecordRow, certificateId: string): Promise<void> {
  const to = informantRecipient(record);
  if (!to) return;

  const messageId = randomUUID();
  await sql.query(
    `insert into wa_messages (id, record_id, certificate_id, to_wa_id, kind, template_name, language, status)
     values ($1, $2, $3, $4, 'certificate', $5, $6, 'queued')`,
    [
      messageId,
      record.id,
      certificateId,
      to,
      certificateTemplateName(record.event_type),
      record.informant_language,
    ],
  );
  await enqueue(sql, 'whatsapp.send-certificate', { messageId });
}
