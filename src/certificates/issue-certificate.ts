import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db/db.ts';
import { enqueue } from '../jobs/outbox.ts';
import { SYSTEM_ACTOR } from '../registry/actor.ts';
import { appendHistory } from '../registry/append-history.ts';
import { indiaDate } from '../shared/india-time.ts';
import { buildForm5View, printableName } from './build-form5-view.ts';
import type { Keyring } from './keys.ts';
import { loadCertificateSource } from './load-certificate-source.ts';
import { signPayload } from './payload.ts';
import { renderForm5 } from './render-form5.ts';
import type { PdfSigner } from './sign-pdf.ts';

export interface CertificateSettings {
  keyring: Keyring;
  publicBaseUrl: string;
  /** Signs the PDF itself (PAdES); without it the PDF carries only the signed QR payload. */
  pdfSigner?: PdfSigner;
}

const LEGAL_BASIS =
  'RBD Act 1969 s.12 (free extract to the informant); AP RBD Rules 1999 r.8, Form 5';

/**
 * Issues Form 5 for a registered birth: signs the QR payload, renders the PDF, stores it as
 * the certificate in force, writes `certify` to the record's history and queues the WhatsApp
 * send to the informant, all in one transaction. Idempotent on `certificateId`: a second run
 * (a retried job) finds the certificate and does nothing.
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

  const { record, unit, facility } = await loadCertificateSource(db, job.recordId);
  const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const payload = signPayload(
    {
      registrationNumber: record.registration_number,
      eventType: 'B',
      nameEn: record.declaration.child.name ? printableName(record.declaration.child.name).en : '',
      eventDate: record.event_date,
      issueDate: indiaDate(issuedAt),
      unitCode: unit.code,
    },
    settings.keyring,
  );
  const verifyUrl = `${settings.publicBaseUrl}/verify/${payload}`;
  const pdf = await renderForm5(
    buildForm5View({ record, unit, facility, issuedAt, verifyUrl, payload }),
    settings.pdfSigner,
  );

  await db.transaction(async (tx) => {
    const inserted = await tx.query(
      `insert into certificates (id, record_id, form, issued_at, key_id, payload, pdf, sha256)
       values ($1, $2, 'form5', $3, $4, $5, $6, $7) on conflict (id) do nothing returning id`,
      [
        job.certificateId,
        record.id,
        issuedAt,
        settings.keyring.signing?.keyId,
        payload,
        pdf,
        createHash('sha256').update(pdf).digest('hex'),
      ],
    );
    if (inserted.length === 0) return;

    await appendHistory(tx, {
      recordId: record.id,
      action: 'certify',
      actor: SYSTEM_ACTOR,
      unitCode: unit.code,
      at: now,
      legalBasis: LEGAL_BASIS,
      details: {
        certificateId: job.certificateId,
        form: 'form5',
        issuedAt: issuedAt.toISOString(),
      },
    });
    const messageId = randomUUID();
    await tx.query(
      `insert into wa_messages (id, record_id, certificate_id, to_wa_id, kind, template_name, language, status)
       values ($1, $2, $3, $4, 'certificate', 'certificate_ready', $5, 'queued')`,
      [messageId, record.id, job.certificateId, record.informant_wa_id, record.informant_language],
    );
    await enqueue(tx, 'whatsapp.send-certificate', { messageId });
  });
}
