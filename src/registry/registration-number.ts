import type { Sql } from '../db/db.ts';

/** Andhra Pradesh's state code in the CRS registration number (LGD/census code 28). */
export const AP_STATE_CODE = '28';

/** The CRS event letter: B live birth, S still-birth, D death. */
const EVENT_LETTER = { birth: 'B', still_birth: 'S', death: 'D' } as const;

export type EventType = keyof typeof EVENT_LETTER;

/**
 * Takes the next registration number for a unit, event type and year, in the CRS pattern
 * `B-2026:28-90001-000001` (event letter B, S or D, registration year, state code, five-digit unit code,
 * six-digit serial). The counter row is locked by the update, so numbers are unique across
 * every instance sharing the database; call it inside the registering transaction so a
 * rolled-back registration gives its number back.
 */
export async function nextRegistrationNumber(
  sql: Sql,
  options: { unitCode: string; crsCode: string; eventType: EventType; year: number },
): Promise<string> {
  const [row] = await sql.query<{ last_serial: number }>(
    `insert into registration_counters (unit_code, event_type, year, last_serial)
     values ($1, $2, $3, 1)
     on conflict (unit_code, event_type, year)
       do update set last_serial = registration_counters.last_serial + 1
     returning last_serial`,
    [options.unitCode, options.eventType, options.year],
  );
  const serial = String(row?.last_serial).padStart(6, '0');

  return `${EVENT_LETTER[options.eventType]}-${options.year}:${AP_STATE_CODE}-${options.crsCode}-${serial}`;
}
