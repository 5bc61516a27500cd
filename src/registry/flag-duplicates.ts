import type { Sql } from '../db/db.ts';
import type { Actor } from './actor.ts';
import { appendHistory } from './append-history.ts';
import { eventFacts, type EventFacts } from './event-facts.ts';
import { nameKeys } from './name-search-keys.ts';
import type { EventType } from './load-record-for.ts';

/** How far apart two reports of one event may put its date and still be the same event. */
const BIRTH_WINDOW_DAYS = 3;
const DEATH_WINDOW_DAYS = 2;

interface Held {
  id: string;
  unit_code: string;
  event_date: string;
  declaration: Record<string, unknown>;
  statistical: Record<string, unknown>;
}

export interface NewEvent {
  id: string;
  eventType: EventType;
  unitCode: string;
  declaration: Record<string, unknown>;
  statistical: Record<string, unknown>;
}

/**
 * A name reduced for comparing two reports of one person: Latin letters only, lower case, the
 * common spelling variants of Andhra names folded (ee/i, oo/u, sh/s, x/ks, w/v, aspirates,
 * doubled letters, a final a), so "Sreenivas" and "Srinivasa" compare equal.
 */
export function duplicateNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/x/g, 'ks')
    .replace(/ee|ie/g, 'i')
    .replace(/oo|ou/g, 'u')
    .replace(/([bcdgjkpt])h/g, '$1')
    .replace(/sh/g, 's')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1')
    .replace(/a$/, '');
}

/**
 * Looks for the same event already held in any unit of the same district when one is notified,
 * declared or registered in one step: for a birth or still-birth the same mother, an event date
 * within three days and the same place; for a death the same deceased (name and sex) within two
 * days, wherever reported (the hospital in the town and the panchayat of residence are two
 * units). Twins and triplets are not duplicates: both declared as one multiple birth with a
 * different order, time or sex, or two children of different sex or different names. Each
 * candidate is stored open for the registrar and written to the new record's history; the
 * registrars of both units see the pair (compareDuplicate). The held records are read through
 * the GIN index of their name keys and the event-type/date index, so the look-up stays small.
 * Returns the ids of the records it may duplicate.
 */
export async function flagDuplicates(
  sql: Sql,
  actor: Actor,
  event: NewEvent,
  now: Date,
): Promise<string[]> {
  const facts = eventFacts(event.eventType, event.declaration);
  if (!facts.personNameEn || !facts.eventDate) return [];

  const window = event.eventType === 'death' ? DEATH_WINDOW_DAYS : BIRTH_WINDOW_DAYS;
  const keys = nameKeys(facts.personNameEn).map((key) => `n:${key}`);
  const held = await sql.query<Held>(
    `select r.id, r.unit_code, r.event_date::text as event_date, r.declaration, r.statistical
     from records r join units u on u.code = r.unit_code
     where u.district_en = (select district_en from units where code = $1)
       and r.event_type = $2 and r.id <> $3 and r.status <> 'rejected' and not r.is_cancelled
       and r.event_date between $4::date - $5::int and $4::date + $5::int
       and r.search_keys && $6::text[]`,
    [event.unitCode, event.eventType, event.id, facts.eventDate, window, keys],
  );
  const matches = held.filter((other) => isSameEvent(event, facts, other));

  for (const other of matches) await storeCandidate(sql, actor, event, other, now);

  return matches.map((other) => other.id);
}

function isSameEvent(event: NewEvent, facts: EventFacts, other: Held): boolean {
  const otherFacts = eventFacts(event.eventType, other.declaration);
  if (!otherFacts.personNameEn || !facts.personNameEn) return false;
  if (duplicateNameKey(otherFacts.personNameEn) !== duplicateNameKey(facts.personNameEn))
    return false;
  if (event.eventType === 'death')
    return !facts.sex || !otherFacts.sex || facts.sex === otherFacts.sex;

  return (
    isSamePlace(facts, otherFacts) &&
    !isSiblingOfMultipleBirth(event, facts, other, otherFacts) &&
    !isAnotherChild(event.declaration, other.declaration)
  );
}

/** Two children of one mother told apart by what each report says: a different sex or name. */
function isAnotherChild(mine: Record<string, unknown>, theirs: Record<string, unknown>): boolean {
  const a = mine.child as { sex?: string; name?: { en?: string } } | undefined;
  const b = theirs.child as { sex?: string; name?: { en?: string } } | undefined;
  if (a?.sex && b?.sex && a.sex !== b.sex) return true;

  const [nameA, nameB] = [a?.name?.en, b?.name?.en];

  return Boolean(nameA && nameB && duplicateNameKey(nameA) !== duplicateNameKey(nameB));
}

function isSamePlace(a: EventFacts, b: EventFacts): boolean {
  if (a.place.type === 'facility' || b.place.type === 'facility')
    return a.place.facilityId === b.place.facilityId;

  return true;
}

function isSiblingOfMultipleBirth(
  event: NewEvent,
  facts: EventFacts,
  other: Held,
  otherFacts: EventFacts,
): boolean {
  const mine = event.statistical.multipleBirth as { order?: number } | undefined;
  const theirs = other.statistical.multipleBirth as { order?: number } | undefined;
  if (!mine || !theirs || facts.eventDate !== other.event_date) return false;

  return (
    mine.order !== theirs.order ||
    facts.eventTime !== otherFacts.eventTime ||
    facts.sex !== otherFacts.sex
  );
}

async function storeCandidate(
  sql: Sql,
  actor: Actor,
  event: NewEvent,
  other: Held,
  now: Date,
): Promise<void> {
  const otherId = other.id;
  const unit = other.unit_code === event.unitCode ? 'same_unit' : 'other_unit_same_district';
  const reasons =
    event.eventType === 'death'
      ? ['same_deceased', 'death_date_within_2_days', unit]
      : ['same_mother', 'event_date_within_3_days', 'same_place', unit];
  const inserted = await sql.query(
    `insert into duplicate_candidates (record_id, other_record_id, reasons) values ($1, $2, $3)
     on conflict (record_id, other_record_id) do nothing returning record_id`,
    [event.id, otherId, reasons],
  );
  if (inserted.length === 0) return;

  await appendHistory(sql, {
    recordId: event.id,
    action: 'flag-duplicate',
    actor,
    unitCode: event.unitCode,
    at: now,
    legalBasis: 'RBD Act 1969 s.7(2) (the registrar keeps one entry per event)',
    details: { otherRecordId: otherId, reasons },
  });
}
