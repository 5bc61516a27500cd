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
  certificateId?: string;
  recordId?: string;
}

/**
 * Verifies a certificate's signed payload with the trusted keys and, when a database is given,
 * asks the register whether that certificate is still in force. Offline (no database) a good
 * signature is GENUINE with `isRevocationChecked: false`. Never throws for bad input.
 */
export async function verifyCertificate(
  keyring: Keyring,
  payload: string,
  sql?: Sql,
): Promise<Verification> {
  const check = checkPayload(payload, keyring);
  if (!check.isValid)
    return {
      verdict: 'INVALID',
      reason: check.reason,
      keyId: check.keyId,
      isRevocationChecked: false,
    };
  if (!sql)
    return {
      verdict: 'GENUINE',
      fields: check.fields,
      keyId: check.keyId,
      isRevocationChecked: false,
    };

  const [certificate] = await sql.query<{ id: string; record_id: string; status: string }>(
    'select id, record_id, status from certificates where payload = $1',
    [payload.trim()],
  );
  if (!certificate) {
    return {
      verdict: 'INVALID',
      reason: 'NOT_IN_REGISTER',
      fields: check.fields,
      keyId: check.keyId,
      isRevocationChecked: true,
    };
  }

  const verdict: Verdict =
    certificate.status === 'superseded'
      ? 'SUPERSEDED'
      : certificate.status === 'cancelled'
        ? 'CANCELLED'
        : 'GENUINE';

  return {
    verdict,
    fields: check.fields,
    keyId: check.keyId,
    isRevocationChecked: true,
    certificateId: certificate.id,
    recordId: certificate.record_id,
  };
}
