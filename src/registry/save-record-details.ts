import type { Sql } from '../db/db.ts';
import { indexRecord } from './index-record.ts';
import { toWaId } from './phone.ts';
import { storeAadhaar, type AadhaarNumber } from './store-aadhaar.ts';
import { linkNumber } from './update-record-contacts.ts';

/**
 * What every path that writes a record row does next, in the same transaction: stores the
 * Aadhaar numbers taken out of the declaration (see splitAadhaar) encrypted, links the
 * informant's number to the record, and fills the search keys.
 */
export async function saveRecordDetails(
  sql: Sql,
  details: { recordId: string; aadhaar: AadhaarNumber[]; informantMobile?: string },
): Promise<void> {
  await storeAadhaar(sql, details.recordId, details.aadhaar);

  const waId = details.informantMobile ? toWaId(details.informantMobile) : undefined;
  if (waId) await linkNumber(sql, { recordId: details.recordId, role: 'informant', waId });

  await indexRecord(sql, details.recordId);
}
