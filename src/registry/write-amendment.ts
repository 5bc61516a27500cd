import { randomUUID } from 'node:crypto';
import type { Bilingual } from '../certificates/certificate-view.ts';
import { revokeCertificate, type RevocationStatus } from '../certificates/revoke-certificate.ts';
import type { Sql } from '../db/db.ts';
import { enqueue } from '../jobs/outbox.ts';
import type { Actor } from './actor.ts';
import { appendHistory, type HistoryAction } from './append-history.ts';
import type { AmendmentKind, FieldChange } from './derive-current-declaration.ts';
import { indexRecord } from './index-record.ts';

export interface Evidence {
  kind: string;
  reference: string;
}

export interface AmendmentToWrite {
  record: { id: string; unit_code: string };
  actor: Actor;
  kind: AmendmentKind;
  action: HistoryAction;
  legalBasis: string;
  changes: FieldChange[];
  reason: string;
  evidence: Evidence[];
  fee?: { amountRupees: number; receiptNumber: string };
  remark: Bilingual | undefined;
  /** What happens to the certificate in force: replaced by a new one, or cancelled. */
  certificate: RevocationStatus;
  now: Date;
}

/**
 * Writes one marginal entry (RBD Act s.14, s.15) inside the caller's transaction: the entry
 * itself (append-only), its history entry with the legal basis and evidence, the search keys,
 * and the certificate: the one in force is revoked (superseded or cancelled, through #4's
 * revokeCertificate) and, unless cancelled, a new one is queued; it carries the remark and is
 * sent to the informant like the first. Returns the new certificate's id, if any.
 */
export async function writeAmendment(sql: Sql, amendment: AmendmentToWrite): Promise<string | undefined> {
  const recordId = amendment.record.id;
  const seq = await insertAmendment(sql, amendment);
  await appendHistory(sql, {
    recordId, action: amendment.action, actor: amendment.actor, unitCode: amendment.record.unit_code,
    at: amendment.now, legalBasis: amendment.legalBasis,
    details: {
      amendmentSeq: seq, kind: amendment.kind, fields: amendment.changes.map((change) => change.field),
      reason: amendment.reason, evidence: amendment.evidence, ...(amendment.fee ? { fee: amendment.fee } : {}),
    },
  });
  if (amendment.kind === 'cancellation') await sql.query('update records set is_cancelled = true where id = $1', [recordId]);
  await indexRecord(sql, recordId);

  return replaceCertificate(sql, amendment);
}

async function insertAmendment(sql: Sql, amendment: AmendmentToWrite): Promise<number> {
  const [last] = await sql.query<{ seq: number }>(
    'select coalesce(max(seq), 0) as seq from record_amendments where record_id = $1',
    [amendment.record.id],
  );
  const seq = (last?.seq ?? 0) + 1;
  await sql.query(
    `insert into record_amendments (record_id, seq, kind, changes, reason, evidence, fee, remark_en, remark_te, made_by, made_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [amendment.record.id, seq, amendment.kind, JSON.stringify(amendment.changes), amendment.reason,
      JSON.stringify(amendment.evidence), amendment.fee ? JSON.stringify(amendment.fee) : null,
      amendment.remark?.en ?? null, amendment.remark?.te ?? null, amendment.actor.userId, amendment.now],
  );

  return seq;
}

async function replaceCertificate(sql: Sql, amendment: AmendmentToWrite): Promise<string | undefined> {
  const [inForce] = await sql.query<{ id: string }>(
    "select id from certificates where record_id = $1 and status = 'in_force' order by issued_at desc limit 1",
    [amendment.record.id],
  );
  if (inForce) {
    await revokeCertificate(sql, {
      certificateId: inForce.id, status: amendment.certificate, at: amendment.now,
      reason: amendment.reason, actor: amendment.actor,
    });
  }
  // Without a certificate in force, the one still queued (if any) renders the current values.
  if (!inForce || amendment.certificate === 'cancelled') return undefined;

  const certificateId = randomUUID();
  await enqueue(sql, 'certificate.issue', { recordId: amendment.record.id, certificateId });

  return certificateId;
}
