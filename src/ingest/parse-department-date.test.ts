import { describe, expect, it } from 'vitest';
import type { DateFormat } from './ingest-source.ts';
import { parseDepartmentDate } from './parse-department-date.ts';

const ALL: DateFormat[] = ['DD/MM/YYYY', 'DD-MM-YY', 'excel-serial'];
const read = (value: string | number | Date, formats: DateFormat[] = ALL): string | undefined =>
  parseDepartmentDate(value, { formats, today: '2026-12-04' });

describe('dates as department files write them', () => {
  it('reads DD/MM/YYYY, with or without leading zeros', () => {
    expect(read('14/03/2024')).toBe('2024-03-14');
    expect(read('4/3/2024')).toBe('2024-03-04');
  });

  it('reads DD-MM-YY in this century unless that is after this year', () => {
    expect(read('05-02-25')).toBe('2025-02-05');
    expect(read('05-02-26')).toBe('2026-02-05');
    expect(read('05-02-27')).toBe('1927-02-05');
    expect(read('31-12-99')).toBe('1999-12-31');
  });

  it('reads Excel serial days, as numbers or as text', () => {
    expect(read(45365)).toBe('2024-03-14');
    expect(read('45365')).toBe('2024-03-14');
    expect(read(61)).toBe('1900-03-01');
    expect(read(60)).toBeUndefined();
  });

  it('reads an XLSX date cell as its calendar day', () => {
    expect(read(new Date(Date.UTC(2024, 5, 3)))).toBe('2024-06-03');
  });

  it('refuses days that do not exist and formats the source does not accept', () => {
    expect(read('31/02/2024')).toBeUndefined();
    expect(read('29/02/2023')).toBeUndefined();
    expect(read('29/02/2024')).toBe('2024-02-29');
    expect(read('2024-03-14')).toBeUndefined();
    expect(read('14/03/2024', ['DD-MM-YY'])).toBeUndefined();
    expect(read('45365', ['DD/MM/YYYY'])).toBeUndefined();
    expect(read('soon')).toBeUndefined();
  });
});
