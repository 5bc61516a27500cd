import type { Sql } from '../db/db.ts';
import { SYSTEM_ACTOR, type Actor } from '../registry/actor.ts';
import { appendHistory } from '../registry/append-history.ts';
import { AppError } from '../shared/app-error.ts';

/** Why a certificate stops being in force: a corrected one replaces it, or the entry is cancelled. */
export type RevocationStatus = 'superseded' | 'cancelled';

const LEGAL_BASIS: Record<RevocationStatus, string> = {
  superseded: 'RBD Act 1969 s.15 (correction of an entry); the corrected certificate replaces it',
  cancelled: 'RBD Act 1969 s.15 (cancellation of an entry); AP RBD Rules 1999 r.11',
};

/**
 * Takes a certificate out of force: writes its new status with the date and reason, and a
 * `revoke` entry in the record's history, in the caller's transaction (call it inside the
 * transaction that corrects or cancels the entry). From then on the verify page and
 * `patra verify --online` answer SUPERSEDED (with the date) or CANCELLED for it.
 *
 * Fails with CERTIFICATE_NOT_FOUND when there is no such certificate and CERTIFICATE_REVOKED
 * when it is no longer in force (a revocation is never overwritten).
 */
export async function revokeCertificate(
  sql: Sql,
  revocation: {
    certificateId: string;
    status: RevocationStatus;
    at: Date;
    reason: string;
    actor?: Actor;
  },
): Promise<void> {
  const [certificate] = await sql.query<{ record_id: string; unit_code: string; status: string }>(
    `select c.record_id, r.unit_code, c.status from certificates c
       join records r on r.id = c.record_id where c.id = $1 for update of c`,
    [revocation.certificateId],
  );
  if (!certificate) throw new AppError('CERTIFICATE_NOT_FOUND', 'no certificate to revoke');
  if (certificate.status !== 'in_force') {
    throw new AppError('CERTIFICATE_REVOKED', 'the certificate is already out of force');
  }

  await sql.query(
    `update certificates set status = $2, revoked_at = $3, revocation_reason = $4 where id = $1`,
    [revocation.certificateId, revocation.status, revocation.at, revocation.reason],
  );

  await appendHistory(sql, {
    recordId: certificate.record_id,
    action: 'revoke',
    actor: revocation.actor ?? SYSTEM_ACTOR,
    unitCode: certificate.unit_code,
    at: revocation.at,
    legalBasis: LEGAL_BASIS[revocation.status],
    details: {
      certificateId: revocation.certificateId,
      status: revocation.status,
      reason: revocation.reason,
    },
  });
}
