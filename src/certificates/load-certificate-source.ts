import type { Sql } from '../db/db.ts';
import { findRecord, type RecordRow } from '../registry/find-record.ts';
import { findFacility, findUnit, type Facility, type Unit } from '../registry/units.ts';
import { AppError } from '../shared/app-error.ts';

export interface CertificateSource {
  record: RecordRow;
  unit: Unit;
  facility: Facility | undefined;
}

/**
 * Loads what a certificate is made from: the record (birth, still-birth or death), its unit
 * and the facility where the event happened, if it happened in one.
 */
export async function loadCertificateSource(
  sql: Sql,
  recordId: string,
): Promise<CertificateSource> {
  const record = await findRecord(sql, recordId);
  const unit = record && (await findUnit(sql, record.unit_code));
  if (!record || !unit) throw new AppError('RECORD_NOT_FOUND', 'record to certify is missing');

  const place =
    record.event_type === 'death' ? record.declaration.death.place : record.declaration.birth.place;
  const facility =
    place.type === 'facility' ? await findFacility(sql, place.facilityId) : undefined;

  return { record, unit, facility };
}
