import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Sql } from '../db/db.ts';
import { AppError } from '../shared/app-error.ts';

const UnitRowSchema = z.object({
  code: z.string().regex(/^[A-Z0-9-]{2,20}$/),
  kind: z.enum(['municipality', 'gram_panchayat']),
  name_en: z.string().min(1),
  name_te: z.string().min(1),
  mandal_en: z.string().min(1),
  mandal_te: z.string().min(1),
  district_en: z.string().min(1),
  district_te: z.string().min(1),
  registrar_office: z.string().min(1),
  crs_code: z.string().regex(/^[0-9]{5}$/, 'five digits'),
});

const FacilityRowSchema = z.object({
  id: z.string().min(1),
  unit_code: z.string().min(1),
  kind: z.enum(['government_hospital', 'primary_health_centre', 'private_hospital']),
  name_en: z.string().min(1),
  name_te: z.string().min(1),
  address_en: z.string().min(1),
  address_te: z.string().min(1),
});

/** Parses a master-data CSV; a bad row is reported with its line number and field. */
function readRows<T>(file: string, schema: z.ZodType<T>): T[] {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });

  return rows.map((row: unknown, index: number) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;

    const line = index + 2;
    throw new AppError('VALIDATION_FAILED', `${file} line ${line} is invalid`, {
      issues: parsed.error.issues.map((issue) => ({
        field: `line ${line}: ${issue.path.join('.')}`,
        message: issue.message,
      })),
    });
  });
}

/**
 * Loads the registration units and health facilities from CSV files into the database,
 * inserting new ones and updating names of known ones. Returns the unit codes loaded.
 */
export async function seedUnits(
  sql: Sql,
  files: { units: string; facilities: string },
): Promise<string[]> {
  const units = readRows(files.units, UnitRowSchema);
  const facilities = readRows(files.facilities, FacilityRowSchema);

  for (const unit of units) {
    await sql.query(
      `insert into units (code, kind, crs_code, name_en, name_te, mandal_en, mandal_te,
         district_en, district_te, registrar_office)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       on conflict (code) do update set name_en = excluded.name_en, name_te = excluded.name_te,
         registrar_office = excluded.registrar_office`,
      [unit.code, unit.kind, unit.crs_code, unit.name_en, unit.name_te, unit.mandal_en,
        unit.mandal_te, unit.district_en, unit.district_te, unit.registrar_office],
    );
  }
  for (const facility of facilities) {
    await sql.query(
      `insert into facilities (id, unit_code, kind, name_en, name_te, address_en, address_te)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (id) do update set name_en = excluded.name_en, name_te = excluded.name_te`,
      [facility.id, facility.unit_code, facility.kind, facility.name_en, facility.name_te,
        facility.address_en, facility.address_te],
    );
  }

  return units.map((unit) => unit.code);
}
