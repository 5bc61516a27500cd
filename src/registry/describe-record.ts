import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';
import type { Actor } from './actor.ts';
import { findRecord, type RecordRow } from './find-record.ts';
import { loadRecordFor } from './load-record-for.ts';
import { maskWaId } from './phone.ts';

export interface RecordView {
  id: string;
  eventType: RecordRow['event_type'];
  unitCode: string;
  status: string;
  registrationNumber: string;
  registrationDate: string;
  declaration: RecordRow['declaration'];
  /** Current values: the declaration with its marginal entries applied; their remarks. */
  remarks: RecordRow['remarks'];
  isCancelled: boolean;
  /** Aadhaar numbers, masked: 'XXXXXXXX1234' by person. */
  aadhaarMasked: RecordRow['aadhaarMasked'];
  certificates: {
    id: string;
    form: string;
    issuedAt: string;
    status: string;
    /** Every send of the certificate (first push, chat copies, registrar's re-sends), oldest first. */
    deliveries: {
      id: string; kind: string; to: string; status: string; statusAt: string; errorCode: number | null; errorDetails: string | null;
    }[];
  }[];
  /** `actor` is the username of the person who acted; null for the system or a department's client. */
  history: { seq: number; action: string; actor: string | null; actorRole: string; at: string; legalBasis: string }[];
}

/**
 * A record as its registrar sees it: the declaration, each certificate with the delivery
 * state of every WhatsApp copy (numbers masked), and the history; never the cause of death
 * (read only through readCauseOfDeath). A record outside the caller's jurisdiction (unit,
 * district or state, by role) is RECORD_NOT_FOUND, exactly like a missing one, so ids reveal
 * nothing.
 */
export async function describeRecord(sql: Sql, actor: Actor, recordId: string): Promise<RecordView> {
  await loadRecordFor(sql, actor, 'read_record', recordId);
  const record = await findRecord(sql, recordId);
  if (!record) throw new AppError('RECORD_NOT_FOUND', 'no such record');

  const certificates = await sql.query<{ id: string; form: string; issued_at: Date; status: string }>(
    'select id, form, issued_at, status from certificates where record_id = $1 order by issued_at',
    [record.id],
  );
  const messages = await sql.query<{
    id: string; kind: string; certificate_id: string; to_wa_id: string; status: string; status_at: Date; error_code: number | null; error_details: string | null;
  }>('select * from wa_messages where record_id = $1 order by created_at', [record.id]);
  const history = await sql.query<{ seq: number; action: string; actor: string | null; actor_role: string; at: Date; legal_basis: string }>(
    `select h.seq, h.action, u.username as actor, h.actor_role, h.at, h.legal_basis
     from record_history h left join users u on u.id = h.actor_id where h.record_id = $1 order by h.seq`,
    [record.id],
  );

  return {
    id: record.id,
    eventType: record.event_type,
    unitCode: record.unit_code,
    status: record.status,
    registrationNumber: record.registration_number,
    registrationDate: record.registration_date,
    declaration: record.declaration,
    remarks: record.remarks,
    isCancelled: record.is_cancelled,
    aadhaarMasked: record.aadhaarMasked,
    certificates: certificates.map((certificate) => ({
      id: certificate.id,
      form: certificate.form,
      issuedAt: certificate.issued_at.toISOString(),
      status: certificate.status,
      deliveries: messages
        .filter((message) => message.certificate_id === certificate.id)
        .map((message) => ({
          id: message.id,
          kind: message.kind,
          to: maskWaId(message.to_wa_id),
          status: message.status,
          statusAt: message.status_at.toISOString(),
          errorCode: message.error_code,
          errorDetails: message.error_details,
        })),
    })),
    history: history.map((entry) => ({
      seq: entry.seq, action: entry.action, actor: entry.actor, actorRole: entry.actor_role, at: entry.at.toISOString(), legalBasis: entry.legal_basis,
    })),
  };
}
