import type { Sql } from '../db/db.ts';
import type { Bilingual } from '../certificates/certificate-view.ts';
import type { BirthDeclaration } from './birth-declaration.ts';
import { deriveCurrentDeclaration, loadAmendments } from './derive-current-declaration.ts';
import { maskedAadhaar, type AadhaarHolder } from './store-aadhaar.ts';

export interface RecordRow {
  id: string;
  event_type: 'birth';
  unit_code: string;
  status: 'registered';
  registration_number: string;
  registration_date: string;
  event_date: string;
  declaration: BirthDeclaration & { unitCode: string };
  informant_wa_id: string;
  informant_language: 'te' | 'en';
  is_cancelled: boolean;
  /** The remarks of the marginal entries, oldest first (printed on reissued certificates). */
  remarks: Bilingual[];
  /** 'XXXXXXXX1234' by person; the number itself never leaves record_aadhaar. */
  aadhaarMasked: Partial<Record<AadhaarHolder, string>>;
}

/**
 * Loads a record by id with its current values (the declaration with its marginal entries
 * applied), their remarks and the masked Aadhaar numbers, or undefined. No jurisdiction
 * check: callers at the edge do that.
 */
export async function findRecord(sql: Sql, recordId: string): Promise<RecordRow | undefined> {
  const [record] = await sql.query<Omit<RecordRow, 'remarks' | 'aadhaarMasked'>>('select * from records where id = $1', [recordId]);
  if (!record) return undefined;

  const amendments = await loadAmendments(sql, recordId);

  return {
    ...record,
    declaration: deriveCurrentDeclaration(record.declaration, amendments),
    remarks: amendments.flatMap((amendment) => (amendment.remark ? [amendment.remark] : [])),
    aadhaarMasked: await maskedAadhaar(sql, recordId),
  };
}
