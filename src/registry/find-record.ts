import type { Sql } from '../db/db.ts';
import type { BirthDeclaration } from './birth-declaration.ts';

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
}

/** Loads a record by id, or undefined. No jurisdiction check: callers at the edge do that. */
export async function findRecord(sql: Sql, recordId: string): Promise<RecordRow | undefined> {
  const [record] = await sql.query<RecordRow>('select * from records where id = $1', [recordId]);

  return record;
}
