import type { Sql } from '../db/db.ts';

export interface Unit {
  code: string;
  kind: 'municipality' | 'gram_panchayat';
  crs_code: string;
  name_en: string;
  name_te: string;
  mandal_en: string;
  mandal_te: string;
  district_en: string;
  district_te: string;
  registrar_office: string;
}

export interface Facility {
  id: string;
  unit_code: string;
  name_en: string;
  name_te: string;
  address_en: string;
  address_te: string;
}

/** Finds a registration unit by its code. */
export async function findUnit(sql: Sql, code: string): Promise<Unit | undefined> {
  const [unit] = await sql.query<Unit>('select * from units where code = $1', [code]);

  return unit;
}

/** Finds a health facility by its id. */
export async function findFacility(sql: Sql, id: string): Promise<Facility | undefined> {
  const [facility] = await sql.query<Facility>('select * from facilities where id = $1', [id]);

  return facility;
}

/** The health facilities of a unit, by name. */
export async function listFacilities(sql: Sql, unitCode: string): Promise<Facility[]> {
  return sql.query<Facility>(
    'select id, unit_code, name_en, name_te, address_en, address_te from facilities where unit_code = $1 order by name_en',
    [unitCode],
  );
}
