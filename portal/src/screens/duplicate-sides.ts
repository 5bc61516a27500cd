import { flattenDeclaration, unionPaths } from './register/field-labels.ts';

/** A record of the pair held in the caller's jurisdiction: the whole declaration. */
export interface FullSide {
  id: string;
  isReduced?: false;
  eventType: string;
  unitCode: string;
  status: string;
  registrationNumber: string | null;
  declaration: unknown;
}

/**
 * A record held by a unit outside the caller's jurisdiction, reduced by the server to what
 * deciding needs (src/registry/describe-duplicate-counterpart.ts).
 */
export interface ReducedSide {
  id: string;
  isReduced: true;
  eventType: string;
  unitCode: string;
  unitName: { te: string; en: string };
  status: string;
  eventDate: string;
  place: { type: string; facilityId?: string };
  person: { role: 'mother' | 'deceased'; name?: { te?: string; en: string } };
  sex?: string;
  ageYears?: number;
}

export type Side = FullSide | ReducedSide;

/** The reduced record's values at the declaration paths they come from. */
function reducedValues(side: ReducedSide): Map<string, string> {
  const event = side.eventType === 'death' ? 'death' : 'birth';
  const who = side.person.role;
  const entries: [string, string | number | undefined][] = [
    [`${event}.date`, side.eventDate],
    [`${event}.place.type`, side.place.type],
    [`${event}.place.facilityId`, side.place.facilityId],
    [`${who}.name.en`, side.person.name?.en],
    [`${who}.name.te`, side.person.name?.te],
    [side.eventType === 'death' ? 'deceased.sex' : 'child.sex', side.sex],
    ['deceased.age.years', side.ageYears],
  ];

  return new Map(
    entries.flatMap(([path, value]) =>
      value === undefined || value === '' ? [] : [[path, String(value)] as const],
    ),
  );
}

/** A side's comparable values by declaration path. */
export function sideValues(side: Side): Map<string, string> {
  return side.isReduced ? reducedValues(side) : flattenDeclaration(side.declaration);
}

/**
 * The rows to compare, in the form's order: every entry of either record; when one record is
 * another unit's (reduced), only the entries it shows, so nothing hidden counts as differing.
 */
export function comparedRows(later: Side, earlier: Side): { path: string; a: string; b: string }[] {
  const a = sideValues(later);
  const b = sideValues(earlier);
  const reduced = later.isReduced ? a : earlier.isReduced ? b : undefined;
  const paths = unionPaths(a, b).filter((path) => !reduced || reduced.has(path));

  return paths.map((path) => ({ path, a: a.get(path) ?? '', b: b.get(path) ?? '' }));
}
