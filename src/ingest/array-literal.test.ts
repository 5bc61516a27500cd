import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-db.ts';
import { arrayLiteral, columnLiterals } from './array-literal.ts';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase({ isMigrated: false });
});

afterAll(async () => test.drop());

/** What PostgreSQL reads back from a literal cast to text[]. */
async function readBack(literal: string): Promise<(string | null)[]> {
  const [row] = await test.db.query<{ values: (string | null)[] }>('select $1::text[] as values', [
    literal,
  ]);

  return row?.values ?? [];
}

describe('array literals built for unnest', () => {
  it('keeps every character a department file may hold, in both scripts', async () => {
    const values = [
      'TNL/B/2024/0101',
      'Venkata "Babu", S/o {Rao}',
      'C:\\path\\with\\backslashes',
      'శ్రీనివాస్ లక్ష్మి',
      '',
      'NULL',
      null,
      ' spaced ',
    ];

    expect(await readBack(arrayLiteral(values))).toEqual(values);
  });

  it('keeps control characters and emoji, which JSON would escape, as they are', async () => {
    const values = ['line one\nline two', 'tab\there', 'bell\u0007', '"quoted"\r\n', 'emoji 👶'];

    expect(await readBack(arrayLiteral(values))).toEqual(values);
  });

  it('gives an empty array for no values', async () => {
    expect(await readBack(arrayLiteral([]))).toEqual([]);
  });

  it('passes jsonb, integer and uuid columns whole, row by row', async () => {
    const rows = [
      {
        id: '0190f3c4-8a1b-7c2d-9e3f-0123456789ab',
        seq: 1,
        details: { name: 'Sita "S"\\K', te: 'సీత' },
      },
      {
        id: '0190f3c4-8a1b-7c2d-9e3f-0123456789ac',
        seq: 12,
        details: { lines: 'a\nb', list: [1, null] },
      },
    ];
    const [ids, seqs, details] = columnLiterals(rows, ['id', 'seq', 'details']);
    const read = await test.db.query<{ id: string; seq: number; details: unknown }>(
      'select id::text, seq, details from unnest($1::uuid[], $2::int[], $3::jsonb[]) as x(id, seq, details)',
      [ids, seqs, details],
    );

    expect(read).toEqual(rows);
  });
});
