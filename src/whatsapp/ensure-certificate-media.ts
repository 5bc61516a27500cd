import { certificateFileName } from '../certificates/certificate-file-name.ts';
import type { Sql } from '../db/db.ts';
import type { CallResult, CloudApiClient } from './cloud-api-client.ts';

/** Re-upload a certificate once its media id is this old: ids live 30 days (contract §1.6). */
export const MEDIA_REUPLOAD_AFTER_MS = 25 * 24 * 60 * 60 * 1000;

/** The certificate columns a send needs. */
export interface CertificateMediaRow {
  id: string;
  pdf: Buffer;
  media_id: string | null;
  media_uploaded_at: Date | null;
}

/**
 * The Cloud API media id of a certificate's PDF: the cached one while it is younger than 25
 * days, else a fresh upload, cached on the certificate. Certificates go by uploaded id, never
 * by link (contract §1.4). Upload failures come back as values.
 */
export async function ensureCertificateMedia(
  sql: Sql,
  client: CloudApiClient,
  options: { certificate: CertificateMediaRow; registrationNumber: string },
): Promise<CallResult<{ id: string }>> {
  const { certificate } = options;
  const uploadedAt = certificate.media_uploaded_at?.getTime() ?? 0;
  if (certificate.media_id && Date.now() - uploadedAt < MEDIA_REUPLOAD_AFTER_MS) {
    return { ok: true, value: { id: certificate.media_id } };
  }

  const uploaded = await client.uploadMedia({
    bytes: certificate.pdf,
    filename: certificateFileName(options.registrationNumber),
    mimeType: 'application/pdf',
  });
  if (uploaded.ok) {
    await sql.query(
      'update certificates set media_id = $2, media_uploaded_at = now() where id = $1',
      [certificate.id, uploaded.value.id],
    );
  }

  return uploaded;
}
