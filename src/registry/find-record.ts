import type { Sql } from '../db/db.ts';
import type { Bilingual } from '../certificates/certificate-view.ts';
import type { BirthDeclaration } from './birth-declaration.ts';
import type { DeathDeclaration, StillBirthDeclaration } from './event-declarations.ts';
import { deriveCurrentDeclaration, loadAmendments } from './derive-current-declaration.ts';
import { maskedAadhaar, type AadhaarHolder } from './store-aadhaar.ts';

interface RecordRowBase {
  id: string;
  unit_code: string;
  status: 'registered';
  registration_number: string;
  registration_date: string;
  event_date: string;
  informant_wa_id: string;
  informant_language: 'te' | 'en';
  is_cancelled: boolean;
  /** The remarks of the marginal entries, oldest first (printed on reissued certificates). */
  remarks: Bilingual[];
  /** 'XXXXXXXX1234' by person; the number itself never leaves record_aadhaar. */
  aadhaarMasked: Partial<Record<AadhaarHolder, string>>;
}

/** A registered live birth: what Form 5 is made from. */
export interface BirthRecordRow extends RecordRowBase {
  event_type: 'birth';
  declaration: BirthDeclaration & { unitCode: string };
}

/** A registered still-birth: what its extract is made from. */
export interface StillBirthRecordRow extends RecordRowBase {
  event_type: 'still_birth';
  declaration: StillBirthDeclaration & { unitCode: string };
}

/** A registered death: what Form 6 is made from (never the cause, which lives apart). */
export interface DeathRecordRow extends RecordRowBase {
  event_type: 'death';
  declaration: DeathDeclaration & { unitCode: string };
}

/** A registered record of any event type, narrowed by `event_type`. */
export type RecordRow = BirthRecordRow | StillBirthRecordRow | DeathRecordRow;

/**
 * Loads a record by id with its current values (the declaration with its marginal entries
 * applied), their remarks and the masked Aadhaar numbers, or undefined. No jurisdiction
 * check: callers at the edge do that.
 */
export async function findRecord(sql: Sql, recordId: string): Promise<RecordRow | undefined> {
  const [record] = await sql.query<Omit<RecordRow, 'remarks' | 'aadhaarMasked'>>(
    'select * from records where id = $1',
    [recordId],
  );
  if (!record) return undefined;

  const amendments = await loadAmendments(sql, recordId);

  return {
    ...record,
    declaration: deriveCurrentDeclaration(record.declaration, amendments) as never,
    remarks: amendments.flatMap((amendment) => (amendment.remark ? [amendment.remark] : [])),
    aadhaarMasked: await maskedAadhaar(sql, recordId),
  };
}
