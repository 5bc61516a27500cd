import type { Sql } from '../db/db.ts';
import type { IngestSource } from './ingest-source.ts';

/** The units a source reports for and their facilities, as a file may name them. */
export interface UnitDirectory {
  /** The source's only unit, used when the file has no unit column. */
  defaultUnit: string | undefined;
  /** A unit by its code, CRS code or name (English or Telugu); only the source's own units. */
  findUnit(value: string): string | undefined;
  /** A facility of a unit by its id or name (English or Telugu). */
  findFacility(unitCode: string, value: string): string | undefined;
}

const fold = (value: string): string =>
  value.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Loads the source's units and their facilities once per import, so each row resolves its
 * unit and facility without a query. A unit listed by the source but unknown to the
 * register is left out (its rows are rejected as an unknown unit).
 */
export async function loadUnitDirectory(sql: Sql, source: IngestSource): Promise<UnitDirectory> {
  const units = await sql.query<{
    code: string;
    crs_code: string;
    name_en: string;
    name_te: string;
  }>('select code, crs_code, name_en, name_te from units where code = any($1::text[])', [
    source.units,
  ]);
  const facilities = await sql.query<{
    id: string;
    unit_code: string;
    name_en: string;
    name_te: string;
  }>('select id, unit_code, name_en, name_te from facilities where unit_code = any($1::text[])', [
    source.units,
  ]);
  const unitByName = new Map<string, string>();
  for (const unit of units) {
    for (const name of [unit.code, unit.crs_code, unit.name_en, unit.name_te])
      unitByName.set(fold(name), unit.code);
  }
  const facilityByName = new Map<string, string>();
  for (const facility of facilities) {
    for (const name of [facility.id, facility.name_en, facility.name_te])
      facilityByName.set(`${facility.unit_code}|${fold(name)}`, facility.id);
  }

  return {
    defaultUnit: units.length === 1 ? units[0]?.code : undefined,
    findUnit: (value) => unitByName.get(fold(value)),
    findFacility: (unitCode, value) => facilityByName.get(`${unitCode}|${fold(value)}`),
  };
}
