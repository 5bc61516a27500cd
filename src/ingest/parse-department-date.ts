import type { DateFormat } from './ingest-source.ts';

/** A cell as the readers give it: text from CSV; text, number or date from XLSX. */
export type CellValue = string | number | Date | null;

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system as it counts in practice (its phantom 29 Feb 1900 included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serials before 1 March 1900 fall on Excel's phantom leap day; no register goes back so far. */
const EXCEL_SERIAL_MIN = 61;
const EXCEL_SERIAL_MAX = 2_958_465;

const PATTERNS: Record<Exclude<DateFormat, 'excel-serial'>, RegExp> = {
  'DD/MM/YYYY': /^(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})$/,
  'DD-MM-YYYY': /^(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})$/,
  'DD-MM-YY': /^(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{2})$/,
  'DD/MM/YY': /^(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{2})$/,
  'YYYY-MM-DD': /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/,
};

/**
 * Reads a date the way department files write it, in the formats the source accepts:
 * DD/MM/YYYY, DD-MM-YY (a two-digit year is this century unless that puts it after this
 * year), Excel serial numbers, and date cells of an XLSX. Returns 'YYYY-MM-DD', or undefined
 * when the value is in none of the formats or is no real day (31/02/2025).
 */
export function parseDepartmentDate(
  value: CellValue,
  options: { formats: readonly DateFormat[]; today: string },
): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : isoDay(value);

  const text = String(value ?? '').trim();
  if (options.formats.includes('excel-serial') && /^\d{2,7}(\.\d+)?$/.test(text))
    return fromExcelSerial(Number(text));

  for (const format of options.formats) {
    if (format === 'excel-serial') continue;

    const match = PATTERNS[format].exec(text)?.groups;
    if (match) return realDate(fullYear(match.y ?? '', options.today), match.m, match.d);
  }

  return undefined;
}

function fromExcelSerial(serial: number): string | undefined {
  if (serial < EXCEL_SERIAL_MIN || serial > EXCEL_SERIAL_MAX) return undefined;

  return isoDay(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY));
}

function fullYear(year: string, today: string): number {
  if (year.length === 4) return Number(year);

  const century = Number(today.slice(0, 2)) * 100;
  const candidate = century + Number(year);

  return candidate > Number(today.slice(0, 4)) ? candidate - 100 : candidate;
}

function realDate(year: number, month?: string, day?: string): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);

  return !Number.isNaN(parsed.getTime()) && isoDay(parsed) === iso ? iso : undefined;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
