import type { Sql } from '../db/db.ts';
import type { Keyring } from './keys.ts';
import { checkPayload, type PayloadFields } from './payload.ts';

export type Verdict = 'GENUINE' | 'SUPERSEDED' | 'CANCELLED' | 'INVALID';

export type InvalidReason =
  'MALFORMED' | 'UNKNOWN_KEY' | 'KEY_COMPROMISED' | 'BAD_SIGNATURE' | 'NOT_IN_REGISTER';

export interface Verification {
  verdict: Verdict;
  reason?: InvalidReason;
  fields?: PayloadFields;
  keyId?: string;
  /** Whether the register was asked about revocation; false offline. */
  isRevocationChecked: boolean;
  /** For SUPERSEDED and CANCELLED: when the certificate went out of force (ISO 8601). */
  revokedAt?: string;
  certificateId?: string;
  /** The record certified; none for Form 10, which certifies that no record was found. */
  recordId?: string;
  /** The form in the register: form5, form6, still-birth-extract or form10. */
  form?: string;
}

interface CertificateRow {
  id: string;
  record_id: string | null;
  form: string;
  status: string;
  revoked_at: Date | string | null;
}

const VERDICT_BY_STATUS: Readonly<Record<string, Verdict>> = {
  in_force: 'GENUINE',
  superseded: 'SUPERSEDED',
  cancelled: 'CANCELLED',
};

/**
 * The register's row for a payload: a certificate of a record, or a Form 10 (kept in its own
 * table, as it belongs to no record). Asked for every payload, well-formed or not, so that a
 * forged or garbled code costs the same round trip as a real one (no timing tells them apart).
 */
async function findCertificate(sql: Sql, payload: string): Promise<CertificateRow | undefined> {
  const [row] = await sql.query<CertificateRow>(
    `select id, record_id, form, status, revoked_at from certificates where payload = $1
     union all
     select id, null, 'form10', 'in_force', null from non_availability_certificates where payload = $1`,
    [payload],
  );
  return row;
}

/**
 * Verifies a certificate's signed payload with the trusted keys and, when a database is given,
 * asks the register whether that certificate is still in force: SUPERSEDED or CANCELLED carry
 * the date it went out of force. A Form 10 (non-availability) is found in its own table and is
 * GENUINE while it is held there (Form 10 has no revocation yet). Offline (no database) a good signature is GENUINE with
 * `isRevocationChecked: false`. Never throws for bad input.
 */
export async function verifyCertificate(
  keyring: Keyring,
  payload: string,
  sql?: Sql,
): Promise<Verification> {
  const check = checkPayload(payload, keyring);
  const certificate = sql ? await findCertificate(sql, payload.trim()) : undefined;
  if (!check.isValid) {
    return {
      verdict: 'INVALID',
      reason: check.reason,
      keyId: check.keyId,
      isRevocationChecked: false,
    };
  }

  const signed = { fields: check.fields, keyId: check.keyId };
  if (!sql) return { verdict: 'GENUINE', ...signed, isRevocationChecked: false };
  if (!certificate) {
    return { verdict: 'INVALID', reason: 'NOT_IN_REGISTER', ...signed, isRevocationChecked: true };
  }

  const revokedAt = certificate.revoked_at
    ? new Date(certificate.revoked_at).toISOString()
    : undefined;
  return {
    verdict: VERDICT_BY_STATUS[certificate.status] ?? 'INVALID',
    ...signed,
    isRevocationChecked: true,
    revokedAt,
    certificateId: certificate.id,
    recordId: certificate.record_id ?? undefined,
    form: certificate.form,
  };
}
