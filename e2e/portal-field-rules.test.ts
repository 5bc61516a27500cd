import { describe, expect, it } from 'vitest';
import { buildBody, validateFields } from '../portal/src/forms/form-spec.ts';
import { SECTIONS, type EventType } from '../portal/src/screens/register/event-sections.ts';
import { FIELD_TEXT } from '../src/messages/fields.ts';
import { CauseOfDeathSchema, EVENT_SCHEMAS } from '../src/registry/event-declarations.ts';
import { toFieldIssues } from '../src/registry/field-issues.ts';

// The portal checks fields as they are typed with rules of its own (it cannot load the
// server's schemas, which read the rules file from disk). This table holds browser and server
// to the same verdicts and the same words, field by field.

const BIRTH: Record<string, string> = {
  'declaration.child.name.en': 'Sri Lakshmi',
  'declaration.child.sex': 'female',
  'declaration.birth.date': '2026-01-10',
  'declaration.birth.place.type': 'facility',
  'declaration.birth.place.facilityId': 'TNL-GDH',
  'declaration.mother.name.en': 'Durga Bhavani',
  'declaration.addressAtBirth.en': '12-4-56, Bose Road, Tenali',
  'declaration.permanentAddress.en': '12-4-56, Bose Road, Tenali',
  'declaration.informant.name.en': 'Durga Bhavani',
  'declaration.informant.relation': 'mother',
  'declaration.informant.mobile': '+91 98765 43210',
  'declaration.informant.language': 'te',
};

const DEATH: Record<string, string> = {
  'declaration.deceased.name.en': 'Venkata Rao',
  'declaration.deceased.sex': 'male',
  'declaration.deceased.age.years': '71',
  'declaration.death.date': '2026-01-10',
  'declaration.death.place.type': 'home',
  'declaration.death.place.address.en': '3-88, Main Road, Kolakaluru',
  'declaration.permanentAddress.en': '3-88, Main Road, Kolakaluru',
  'declaration.informant.name.en': 'Satya Rao',
  'declaration.informant.relation': 'relative',
  'declaration.informant.mobile': '9876543210',
  'declaration.informant.language': 'en',
  'causeOfDeath.form': '4A',
  'causeOfDeath.immediateCause': 'Acute myocardial infarction',
  'causeOfDeath.certifiedBy': 'Dr. K. Ramana',
  'causeOfDeath.certifiedOn': '2026-01-11',
};

/** [event, field, typed value, whether it is accepted] */
const CASES: [EventType, string, string, boolean][] = [
  ['birth', 'declaration.child.name.en', '  Sri   Lakshmi ', true],
  ['birth', 'declaration.child.name.en', 'శ్రీ లక్ష్మీ', false],
  ['birth', 'declaration.child.name.en', 'Ünal', false],
  ['birth', 'declaration.child.name.en', 'a'.repeat(101), false],
  ['birth', 'declaration.child.name.te', 'శ్రీ లక్ష్మీ', true],
  ['birth', 'declaration.child.name.te', 'Sri', false],
  ['birth', 'declaration.child.name.te', '12-4', false],
  ['birth', 'declaration.birth.date', '2024-02-29', true],
  ['birth', 'declaration.birth.date', '2023-02-29', false],
  ['birth', 'declaration.birth.date', '2026-1-10', false],
  ['birth', 'declaration.birth.date', '10-01-2026', false],
  ['birth', 'declaration.birth.date', '', false],
  ['birth', 'declaration.birth.time', '23:59', true],
  ['birth', 'declaration.birth.time', '24:00', false],
  ['birth', 'declaration.birth.time', '6:45', false],
  ['birth', 'declaration.mother.name.en', '', false],
  ['birth', 'declaration.mother.aadhaar', '2345 6789 0124', true],
  ['birth', 'declaration.mother.aadhaar', '234567890123', false],
  ['birth', 'declaration.mother.aadhaar', '123456789012', false],
  ['birth', 'declaration.mother.aadhaar', '23456789012', false],
  ['birth', 'declaration.informant.mobile', '09876543210', true],
  ['birth', 'declaration.informant.mobile', '+91 (0) 98765 43210', true],
  ['birth', 'declaration.informant.mobile', '+65 9123 4567', false],
  ['birth', 'declaration.informant.mobile', '5876543210', false],
  ['birth', 'declaration.informant.mobile', '', false],
  ['birth', 'declaration.addressAtBirth.pincode', '522201', true],
  ['birth', 'declaration.addressAtBirth.pincode', '022201', false],
  ['birth', 'declaration.addressAtBirth.pincode', '52220', false],
  ['birth', 'statistical.birthWeightGrams', '3200', true],
  ['birth', 'statistical.birthWeightGrams', '150', false],
  ['birth', 'statistical.birthWeightGrams', '3.5', false],
  ['birth', 'statistical.gestationWeeks', '45', true],
  ['birth', 'statistical.gestationWeeks', '46', false],
  ['death', 'declaration.deceased.age.years', '0', true],
  ['death', 'declaration.deceased.age.years', '131', false],
  ['death', 'declaration.deceased.age.months', '11', true],
  ['death', 'declaration.deceased.age.months', '12', false],
  ['death', 'declaration.informant.aadhaar', '987654321012', true],
  ['death', 'causeOfDeath.icd10Underlying', 'I21.9', true],
  ['death', 'causeOfDeath.icd10Underlying', 'i21', false],
  ['death', 'causeOfDeath.immediateCause', '', false],
];

/** The server's own words for a rule (zod's generic checks are worded by kind, not by rule). */
const SPECIFIC = new Set<string>(
  (['date', 'time', 'latin', 'telugu', 'mobile', 'pincode', 'aadhaar', 'icd10'] as const).map(
    (key) => FIELD_TEXT[key].en,
  ),
);

/** The server's issues for the body the portal would send, by field path. */
function serverIssues(eventType: EventType, values: Record<string, string>): Map<string, string> {
  const body = buildBody(SECTIONS[eventType], values);
  const parts = [
    ['declaration', EVENT_SCHEMAS[eventType].legal.safeParse(body.declaration ?? {})],
    [
      'statistical',
      EVENT_SCHEMAS[eventType].statistical.partial().safeParse(body.statistical ?? {}),
    ],
    [
      'causeOfDeath',
      body.causeOfDeath === undefined ? undefined : CauseOfDeathSchema.safeParse(body.causeOfDeath),
    ],
  ] as const;
  const issues = new Map<string, string>();
  for (const [prefix, parsed] of parts) {
    if (!parsed || parsed.success) continue;

    for (const issue of toFieldIssues(parsed.error))
      issues.set(`${prefix}.${issue.field}`, issue.message);
  }

  return issues;
}

describe('the portal checks a field as the server does', () => {
  it.each([['birth', BIRTH] as const, ['death', DEATH] as const])(
    'accepts the complete %s both sides accept',
    (eventType, base) => {
      expect(validateFields(SECTIONS[eventType], base)).toEqual({});
      expect([...serverIssues(eventType, base).keys()]).toEqual([]);
    },
  );

  it.each(CASES)('%s %s = %j: accepted %s', (eventType, path, value, isAccepted) => {
    const values = { ...(eventType === 'birth' ? BIRTH : DEATH), [path]: value };
    const browser = validateFields(SECTIONS[eventType], values)[path];
    const issues = serverIssues(eventType, values);
    const server = [...issues].find(
      ([field]) => path === field || path.startsWith(`${field}.`),
    )?.[1];

    expect(browser === undefined).toBe(isAccepted);
    expect(server === undefined).toBe(isAccepted);
    if (server && SPECIFIC.has(server)) expect(browser?.en).toBe(server);
  });
});
