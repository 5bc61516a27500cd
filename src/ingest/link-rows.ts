import type { Sql } from '../db/db.ts';
import { duplicateNameKey } from '../registry/flag-duplicates.ts';
import { arrayLiteral } from './array-literal.ts';
import { timeOrderedId } from './time-ordered-id.ts';
import type { IngestRow } from './map-row.ts';

/** What becomes of a valid row: a new record, a source attached to one held, or the registrar's review. */
export type LinkDecision =
  | { kind: 'new'; recordId: string }
  | { kind: 'link'; recordId: string; isUpgrade: boolean }
  | { kind: 'review'; recordId: string; candidateIds: string[] }
  | { kind: 'number-taken' };

/** What linkage compares of a record held (or of a row of this batch about to become one). */
interface Held {
  id: string;
  status: string;
  unitCode: string;
  linkKey: string;
  eventDate: string;
  sex: string | undefined;
  childKey: string | undefined;
  time: string | undefined;
  order: number | undefined;
  facilityId: string | undefined;
  number: string | undefined;
  hasSameSource: boolean;
}

interface HeldRow {
  id: string;
  status: string;
  unit_code: string;
  link_key: string;
  event_date: string;
  declaration: Record<string, unknown>;
  statistical: Record<string, unknown>;
  number: string | null;
  has_same_source: boolean;
}

/** Two reports of one birth may differ by this many days (as flag-duplicates.ts). */
const WINDOW_DAYS = 3;

/**
 * Decides, for a batch of valid rows, which are births already held. Blocking is an index
 * join on the unit, the mother's folded name and the date within three days; a registration
 * number already held decides alone. A match is certain only when it is one record, on the
 * same day, at the same place, with nothing that tells two children apart and no report from
 * this same source already; otherwise the registrar reviews it. Twins (a different sex,
 * birth order, time or name) never match. Rows of the batch are compared with each other too.
 */
export async function linkRows(
  sql: Sql,
  rows: readonly IngestRow[],
  options: { source: string },
): Promise<Map<number, LinkDecision>> {
  const held = new HeldIndex(await loadHeld(sql, rows, options.source));
  const decisions = new Map<number, LinkDecision>();

  for (const row of rows) {
    const mine = asHeld(row);
    const byNumber = row.legacyNumber ? held.byNumber.get(row.legacyNumber) : undefined;
    const decision = byNumber
      ? linkByNumber(mine, byNumber)
      : linkByFacts(mine, held.sameMother(mine), row);
    decisions.set(row.rowNumber, decision);
    if (decision.kind === 'new' || decision.kind === 'review')
      held.add({ ...mine, id: decision.recordId, hasSameSource: true });
  }

  return decisions;
}

/** The records held and the rows of this batch already decided, by number and by unit and mother. */
class HeldIndex {
  readonly byNumber = new Map<string, Held>();
  private readonly byMother = new Map<string, Held[]>();

  constructor(held: readonly Held[]) {
    for (const record of held) this.add(record);
  }

  add(record: Held): void {
    if (record.number && !this.byNumber.has(record.number))
      this.byNumber.set(record.number, record);
    const key = `${record.unitCode}|${record.linkKey}`;
    const list = this.byMother.get(key);
    if (list) list.push(record);
    else this.byMother.set(key, [record]);
  }

  sameMother(record: Held): readonly Held[] {
    return this.byMother.get(`${record.unitCode}|${record.linkKey}`) ?? [];
  }
}

function linkByNumber(mine: Held, other: Held): LinkDecision {
  const isSameEvent =
    other.unitCode === mine.unitCode &&
    other.linkKey === mine.linkKey &&
    other.eventDate === mine.eventDate;

  return isSameEvent
    ? { kind: 'link', recordId: other.id, isUpgrade: false }
    : { kind: 'number-taken' };
}

function linkByFacts(mine: Held, held: readonly Held[], row: IngestRow): LinkDecision {
  const candidates = held.filter((other) => isCandidate(mine, other) && !isTellApart(mine, other));
  const [only] = candidates;
  if (!only) return { kind: 'new', recordId: timeOrderedId() };

  const isCertain =
    candidates.length === 1 &&
    only.eventDate === mine.eventDate &&
    only.facilityId === mine.facilityId &&
    !only.hasSameSource &&
    !(only.number && row.legacyNumber);
  if (isCertain)
    return {
      kind: 'link',
      recordId: only.id,
      isUpgrade: Boolean(row.legacyNumber) && only.status !== 'registered',
    };

  return {
    kind: 'review',
    recordId: timeOrderedId(),
    candidateIds: candidates.map((other) => other.id),
  };
}

function isCandidate(mine: Held, other: Held): boolean {
  const days = Math.abs(Date.parse(mine.eventDate) - Date.parse(other.eventDate)) / 86_400_000;

  return other.unitCode === mine.unitCode && other.linkKey === mine.linkKey && days <= WINDOW_DAYS;
}

/** Facts that make two reports two children: twins are never merged. */
function isTellApart(a: Held, b: Held): boolean {
  const differ = <T>(x: T | undefined, y: T | undefined): boolean =>
    x !== undefined && y !== undefined && x !== y;

  return (
    differ(a.sex, b.sex) ||
    differ(a.order, b.order) ||
    differ(a.time, b.time) ||
    differ(a.childKey, b.childKey)
  );
}

function asHeld(row: IngestRow): Held {
  return facts({
    id: '',
    status: row.legacyNumber ? 'registered' : 'notified',
    unit_code: row.unitCode,
    link_key: row.linkKey,
    event_date: row.eventDate,
    declaration: row.declaration,
    statistical: row.statistical,
    number: row.legacyNumber ?? null,
    has_same_source: false,
  });
}

function facts(row: HeldRow): Held {
  const child = row.declaration.child as { sex?: string; name?: { en?: string } } | undefined;
  const birth = row.declaration.birth as
    { time?: string; place?: { type: string; facilityId?: string } } | undefined;
  const multiple = row.statistical.multipleBirth as { order?: number } | undefined;

  return {
    id: row.id,
    status: row.status,
    unitCode: row.unit_code,
    linkKey: row.link_key,
    eventDate: row.event_date,
    sex: child?.sex,
    childKey: child?.name?.en === undefined ? undefined : duplicateNameKey(child.name.en),
    time: birth?.time,
    order: multiple?.order,
    facilityId: birth?.place?.type === 'facility' ? birth.place.facilityId : undefined,
    number: row.number ?? undefined,
    hasSameSource: row.has_same_source,
  };
}

/**
 * The records a batch may be about: one probe of records_linkage per row (the lateral
 * subquery, kept apart by `offset 0`, so the planner cannot turn it into a merge join that
 * sorts every birth held, as it did with the statistics of a table a bulk import is filling),
 * then the records themselves by primary key.
 */
async function loadHeld(sql: Sql, rows: readonly IngestRow[], source: string): Promise<Held[]> {
  const found = await sql.query<HeldRow>(
    `with batch as (
       select * from unnest($1::text[], $2::text[], $3::date[]) as b(unit_code, link_key, event_date)
     ), matched as (
       select near.id from batch b cross join lateral (
         select r.id from records r
         where r.unit_code = b.unit_code and r.event_type = 'birth' and r.link_key = b.link_key
           and r.event_date between b.event_date - $4::int and b.event_date + $4::int
         offset 0) near
       union
       select r.id from records r where r.legacy_number = any($5::text[])
     )
     select r.id, r.status, r.unit_code, r.link_key, r.event_date::text as event_date, r.declaration,
       r.statistical, coalesce(r.legacy_number, r.registration_number) as number,
       coalesce((select true from record_sources s where s.record_id = r.id and s.source = $6
         limit 1), false) as has_same_source
     from records r
     where r.id = any(array(select id from matched)) and r.status <> 'rejected' and not r.is_cancelled`,
    [
      arrayLiteral(rows.map((row) => row.unitCode)),
      arrayLiteral(rows.map((row) => row.linkKey)),
      arrayLiteral(rows.map((row) => row.eventDate)),
      WINDOW_DAYS,
      arrayLiteral(rows.flatMap((row) => (row.legacyNumber ? [row.legacyNumber] : []))),
      source,
    ],
  );

  return found.map(facts);
}
