import { INGEST_TEXT, type IngestTextKey } from '../messages/ingest.ts';
import { fieldIssue } from '../registry/field-issues.ts';
import { teluguToLatin } from '../registry/transliterate-name.ts';
import type { FieldIssue } from '../shared/app-error.ts';
import type { IngestField, IngestSource } from './ingest-source.ts';
import { parseDepartmentDate } from './parse-department-date.ts';
import { fieldText, type RowFields } from './read-row-fields.ts';
import type { UnitDirectory } from './unit-directory.ts';

/** What mapping a row needs besides the row: the source, its units and today's date. */
export interface MapContext {
  source: IngestSource;
  units: UnitDirectory;
  /** Today in India, 'YYYY-MM-DD': no event or registration may be later. */
  today: string;
}

/**
 * The address in both scripts. A panchayat file often writes it only in Telugu; the English
 * that Form 5 needs is then transliterated.
 * TODO(#6): mark a transliterated address for the registrar to confirm, as names are.
 */
export function readAddress(
  text: (field: IngestField) => string | undefined,
): Record<string, string | undefined> | undefined {
  const te = text('addressTe');
  const en =
    text('addressEn') ??
    te?.replace(/[\u0C00-\u0C7F\u200C\u200D]+/g, (word) => teluguToLatin(word));
  if (en === undefined) return undefined;

  return { en, te, pincode: text('pincode') };
}

/** A time of birth as HH:MM: '6:45' is padded, an XLSX time cell is read in its own clock. */
export function readTime(fields: RowFields): string | undefined {
  const value = fields.eventTime?.value;
  if (value instanceof Date) return value.toISOString().slice(11, 16);

  const text = value === null || value === undefined ? undefined : String(value).trim();
  const match = text === undefined ? null : /^(\d{1,2})[:.](\d{2})$/.exec(text);

  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` : text;
}

/** A name from its English and Telugu columns; undefined when the row gives neither. */
export function bilingual(
  en: string | undefined,
  te: string | undefined,
): Record<string, string> | undefined {
  if (en === undefined && te === undefined) return undefined;

  return { ...(en === undefined ? {} : { en }), ...(te === undefined ? {} : { te }) };
}

/**
 * A date column in the source's formats: the day, or an issue (required for the event's
 * date, not a real date in those formats, or after today in India).
 */
export function readDate(
  fields: RowFields,
  field: 'eventDate' | 'registrationDate',
  context: MapContext,
  issues: FieldIssue[],
): string | undefined {
  const value = fields[field]?.value;
  if (value === null || value === undefined) {
    if (field === 'eventDate') issues.push(columnIssue(fields, field, fieldIssue('', 'required')));

    return undefined;
  }

  const date = parseDepartmentDate(value, {
    formats: context.source.dateFormats,
    today: context.today,
  });
  if (!date) issues.push(ingestIssue(fields, field, 'fileDate'));
  else if (date > context.today) issues.push(columnIssue(fields, field, fieldIssue('', 'future')));

  return date && date <= context.today ? date : undefined;
}

/** The unit named on the row (code, CRS code or name), or the source's only unit; else an issue. */
export function readUnit(
  fields: RowFields,
  context: MapContext,
  issues: FieldIssue[],
): string | undefined {
  const named = fieldText(fields, 'unit');
  const unitCode = named === undefined ? context.units.defaultUnit : context.units.findUnit(named);
  if (!unitCode)
    issues.push(
      named === undefined
        ? columnIssue(fields, 'unit', fieldIssue('', 'required'))
        : ingestIssue(fields, 'unit', 'unknownUnit'),
    );

  return unitCode;
}

/** Sex through the source's own words for it (M, స్త్రీ ...); else an issue. */
export function readSex(
  fields: RowFields,
  source: IngestSource,
  issues: FieldIssue[],
): string | undefined {
  const value = fieldText(fields, 'sex')?.trim();
  if (value === undefined) {
    issues.push(columnIssue(fields, 'sex', fieldIssue('', 'required')));

    return undefined;
  }

  const sex = Object.entries(source.sexValues).find(
    ([key]) => key.toLowerCase() === value.toLowerCase(),
  )?.[1];
  if (!sex) issues.push(columnIssue(fields, 'sex', fieldIssue('', 'notAllowed')));

  return sex;
}

/** An issue from the ingest catalogue, named by the file's column. */
export function ingestIssue(fields: RowFields, field: IngestField, key: IngestTextKey): FieldIssue {
  return columnIssue(fields, field, {
    field: '',
    message: INGEST_TEXT[key].en,
    messageTe: INGEST_TEXT[key].te,
  });
}

/** Names an issue by the file's column (e.g. 'Date of Birth'), or by the field when it has none. */
export function columnIssue(fields: RowFields, field: IngestField, issue: FieldIssue): FieldIssue {
  return { ...issue, field: fields[field]?.column ?? field };
}
