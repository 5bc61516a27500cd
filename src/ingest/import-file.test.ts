import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.ts';
import { importFixture } from '../../test/support/ingest-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { seedUnits } from '../registry/seed-units.ts';

let test: TestDatabase;
let db: Db;

beforeAll(async () => {
  test = await createTestDatabase();
  db = test.db;
  await seedUnits(db, {
    units: 'seed/tenali-pilot-units.csv',
    facilities: 'seed/tenali-facilities.csv',
  });
});

afterAll(async () => test.drop());

interface Held {
  status: string;
  registration_number: string | null;
  registration_date: string | null;
  event_date: string;
  unit_code: string;
  source: string;
  child: { en?: string; te?: string } | null;
  mother: { en?: string; te?: string };
  time: string | null;
  place: { type: string; facilityId?: string };
}

async function byNumber(number: string): Promise<Held | undefined> {
  const [row] = await db.query<Held>(
    `select status, registration_number, registration_date::text, event_date::text, unit_code, source,
       declaration->'child'->'name' as child, declaration->'mother'->'name' as mother,
       declaration->'birth'->>'time' as time, declaration->'birth'->'place' as place
     from records where legacy_number = $1`,
    [number],
  );

  return row;
}

describe('department files: the quirks of real files', () => {
  it('DD/MM/YYYY: two registrations become registered records under their own numbers', async () => {
    const { summary, report } = await importFixture(db, 'dd-mm-yyyy.csv');

    expect(summary.counts).toEqual({ accepted: 2, linked: 0, review: 0, rejected: 0 });
    expect(report.map((line) => [line.row, line.outcome, line.registration_number])).toEqual([
      ['2', 'accepted', 'TNL/B/2024/0101'],
      ['3', 'accepted', 'TNL/B/2024/0102'],
    ]);
    expect(await byNumber('TNL/B/2024/0101')).toMatchObject({
      status: 'registered',
      registration_number: 'TNL/B/2024/0101',
      registration_date: '2024-03-20',
      event_date: '2024-03-14',
      time: '06:45',
      source: 'legacy',
      place: { type: 'facility', facilityId: 'TNL-GDH' },
      child: { en: 'Sri Lakshmi Kondaviti' },
    });
  });

  it('Excel serial dates in a CSV are read as the days they count', async () => {
    await importFixture(db, 'excel-serial.csv');

    // The same row as in dd-mm-yyyy.csv, with 45365 for 14/03/2024: one record, linked by its number.
    const [row] = await db.query<{ count: number }>(
      "select count(*)::int as count from record_sources s join records r on r.id = s.record_id where r.legacy_number = 'TNL/B/2024/0101'",
    );
    expect(row?.count).toBe(2);
    expect(await byNumber('TNL/B/2024/0101')).toMatchObject({
      event_date: '2024-03-14',
      registration_date: '2024-03-20',
    });
  });

  it('a byte-order mark and CRLF line ends change nothing: the first header is still read', async () => {
    const bom = await importFixture(db, 'bom.csv');
    const crlf = await importFixture(db, 'crlf.csv');

    expect(bom.summary.counts).toMatchObject({ linked: 1, rejected: 0 });
    expect(crlf.summary.counts).toMatchObject({ linked: 2, rejected: 0 });
    expect(crlf.report.map((line) => line.row)).toEqual(['2', '3']);
  });

  it('blank rows are skipped and the rows keep the numbers a spreadsheet shows', async () => {
    const { summary, report } = await importFixture(db, 'blank-rows.csv');

    expect(summary.counts).toMatchObject({ linked: 2, rejected: 0 });
    expect(report.map((line) => line.row)).toEqual(['3', '6']);
  });

  it('names split into surname and given name are joined', async () => {
    await importFixture(db, 'split-names.csv');

    expect(await byNumber('TNL/B/2024/0201')).toMatchObject({
      child: { en: 'Kondaviti Sai Kiran' },
      mother: { en: 'Kondaviti Anjali' },
      event_date: '2024-03-30',
    });
  });

  it('Telugu headers, DD-MM-YY dates, units by name in either script, Telugu-only names', async () => {
    const { summary } = await importFixture(db, 'telugu-headers-dd-mm-yy.csv', {
      source: 'tenali-panchayats',
    });

    expect(summary.counts).toEqual({ accepted: 2, linked: 0, review: 0, rejected: 0 });
    expect(await byNumber('ANG/2025/017')).toMatchObject({
      unit_code: 'TNL-GP-ANG',
      event_date: '2025-02-05',
      registration_date: '2025-02-12',
      child: { te: 'శ్రీ లక్ష్మి', enSource: 'transliterated', isConfirmed: false },
      mother: { en: 'Durga Bhavani', te: 'దుర్గా భవాని' },
      place: { type: 'home' },
    });
    expect(await byNumber('NDV/2025/004')).toMatchObject({ unit_code: 'TNL-GP-NDV', child: null });
  });

  it('XLSX: twins on rows with merged cells stay two records; date cells and serials are read', async () => {
    const { summary } = await importFixture(db, 'merged-rows.xlsx');

    expect(summary.counts).toEqual({ accepted: 3, linked: 0, review: 0, rejected: 0 });
    const lava = await byNumber('TNL/B/2024/0301');
    const kusa = await byNumber('TNL/B/2024/0302');
    expect(lava).toMatchObject({
      event_date: '2024-06-03',
      mother: { en: 'Sarada Pothineni' },
      time: '09:10',
    });
    expect(kusa).toMatchObject({
      event_date: '2024-06-03',
      mother: { en: 'Sarada Pothineni' },
      time: '09:24',
    });
    expect(await byNumber('TNL/B/2024/0303')).toMatchObject({
      event_date: '2024-06-12',
      registration_date: '2024-06-17',
      place: { type: 'facility', facilityId: 'TNL-GDH' },
    });
  });
});

describe('department files: each reason a row is rejected', () => {
  const cases: [string, string, string, RegExp][] = [
    ['reject-missing-date.csv', 'Date of Birth', 'This is required.', /తప్పనిసరి/],
    [
      'reject-bad-date.csv',
      'Date of Birth',
      "A real date in one of this source's formats (e.g. DD/MM/YYYY).",
      /నిజమైన తేదీ/,
    ],
    [
      'reject-future-date.csv',
      'Date of Birth',
      'This date is after today (India time).',
      /ఈరోజు తర్వాత/,
    ],
    ['reject-bad-sex.csv', 'Sex', 'This is not one of the allowed values.', /అనుమతించిన/],
    ['reject-bad-mobile.csv', 'Mobile', 'This is not an Indian mobile number.', /మొబైల్/],
    [
      'reject-unknown-hospital.csv',
      'Hospital',
      'This is not a health facility of this unit.',
      /ఆరోగ్య కేంద్రం/,
    ],
    ['reject-missing-mother.csv', 'Mother Name', 'This is required.', /తప్పనిసరి/],
    ['reject-missing-registration-date.csv', 'Registration Date', 'This is required.', /తప్పనిసరి/],
    [
      'reject-number-taken.csv',
      'registrationNumber',
      'This registration number belongs to the record of another event.',
      /నమోదు సంఖ్య/,
    ],
  ];

  it.each(cases)(
    '%s: the good row is applied, the bad one reported with its column and reason',
    async (file, field, reason, telugu) => {
      const { summary, report } = await importFixture(db, file);

      expect(summary.counts.rejected).toBe(1);
      expect(summary.counts.accepted + summary.counts.linked).toBe(1);
      expect(report[1]).toMatchObject({
        row: '3',
        outcome: 'rejected',
        record_id: '',
        field,
        reason_en: reason,
      });
      expect(report[1]?.reason_te).toMatch(telugu);
    },
  );

  it('a unit the source does not report for is rejected', async () => {
    const { report } = await importFixture(db, 'reject-unknown-unit.csv', {
      source: 'tenali-panchayats',
    });

    expect(report.map((line) => [line.outcome, line.field, line.reason_en])).toEqual([
      ['accepted', '', ''],
      ['rejected', 'గ్రామ పంచాయతీ', 'This is not one of the units this source reports for.'],
    ]);
    expect(await byNumber('KLP/2025/001')).toBeUndefined();
  });
});
