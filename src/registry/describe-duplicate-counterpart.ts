import type { Sql } from '../db/db.ts';
import { printableName } from '../certificates/build-form5-view.ts';
import type { Bilingual } from '../certificates/certificate-view.ts';
import type { PersonName } from './birth-declaration.ts';
import type { EventType } from './load-record-for.ts';

/**
 * The record of a possible duplicate held in a unit outside the caller's jurisdiction, reduced
 * to what deciding needs: where and when the event happened (unit, facility or "home"), who (the
 * mother or the deceased, printable scripts only), the child's or deceased's sex, the deceased's
 * age, a multiple birth's order, and the record's status. Never the registration number (a
 * number alone must reveal nothing), addresses, Aadhaar, phone numbers, the informant, other
 * people, the history, certificates or the cause of death.
 */
export interface DuplicateCounterpart {
  id: string;
  isReduced: true;
  eventType: EventType;
  unitCode: string;
  unitName: Bilingual;
  status: string;
  eventDate: string;
  place: { type: string; facilityId?: string };
  person: { role: 'mother' | 'deceased'; name: Bilingual | undefined };
  sex: string | undefined;
  ageYears: number | undefined;
  multipleBirth: { plurality?: number; order?: number } | undefined;
}

interface Row {
  id: string;
  event_type: EventType;
  unit_code: string;
  name_en: string;
  name_te: string;
  status: string;
  event_date: string;
  declaration: Record<string, Record<string, unknown> | undefined>;
  statistical: { multipleBirth?: { plurality?: number; order?: number } };
}

/** Reads the reduced view of a record; undefined when there is none. */
export async function describeDuplicateCounterpart(
  sql: Sql,
  recordId: string,
): Promise<DuplicateCounterpart | undefined> {
  const [row] = await sql.query<Row>(
    `select r.id, r.event_type, r.unit_code, u.name_en, u.name_te, r.status, r.event_date::text as event_date,
       r.declaration, r.statistical
     from records r join units u on u.code = r.unit_code where r.id = $1`,
    [recordId],
  );
  if (!row) return undefined;

  const isDeath = row.event_type === 'death';
  const event = row.declaration[isDeath ? 'death' : 'birth'];
  const person = row.declaration[isDeath ? 'deceased' : 'mother'];
  const subject = isDeath ? person : row.declaration.child;
  const place = event?.place as { type: string; facilityId?: string } | undefined;
  const name = person?.name as PersonName | undefined;

  return {
    id: row.id,
    isReduced: true,
    eventType: row.event_type,
    unitCode: row.unit_code,
    unitName: { en: row.name_en, te: row.name_te },
    status: row.status,
    eventDate: row.event_date,
    place: place ? { type: place.type, facilityId: place.facilityId } : { type: 'unknown' },
    person: { role: isDeath ? 'deceased' : 'mother', name: name && printableName(name) },
    sex: typeof subject?.sex === 'string' ? subject.sex : undefined,
    ageYears: isDeath ? (person?.age as { years?: number } | undefined)?.years : undefined,
    multipleBirth: row.statistical.multipleBirth,
  };
}
