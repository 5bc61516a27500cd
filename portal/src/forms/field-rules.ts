import { FIELD_TEXT, type FieldTextKey } from '../../../src/messages/fields.ts';
import { isValidAadhaar } from '../../../src/registry/aadhaar.ts';
import { toWaId } from '../../../src/registry/phone.ts';

/**
 * The checks the browser makes as the registrar types, mirroring the server's schemas
 * (src/registry/birth-declaration.ts, event-declarations.ts) and telling the same catalogue
 * texts (src/messages/fields.ts). The Aadhaar and mobile checks are the server's own functions;
 * e2e/portal-field-rules.test.ts checks that browser and server agree on a table of cases.
 */
export type FieldValues = Record<string, string>;

/** One check of one field: the catalogue key of what is wrong, or undefined when it passes. */
export type Rule = (value: string, values: FieldValues) => FieldTextKey | undefined;

export { FIELD_TEXT, type FieldTextKey };

/** Printable ASCII only, as the server's LATIN_TEXT. */
const LATIN_TEXT = /^[\x20-\x7E]+$/;

/** Telugu script with spaces, digits and the punctuation of names and addresses (TELUGU_TEXT). */
const TELUGU_TEXT =
  /^[\u0C00-\u0C7F\u200C\u200D\s0-9.,'()/-]*[\u0C00-\u0C7F][\u0C00-\u0C7F\u200C\u200D\s0-9.,'()/-]*$/;

const INDIA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Kolkata',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const INDIA_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Kolkata',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const collapseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether a value is a real calendar date written YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);

  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().startsWith(value)
  );
}

/** Today's date in India, where legal dates are kept. */
export function indiaToday(now: Date = new Date()): string {
  return INDIA_DATE.format(now);
}

export const required: Rule = (value) => (value.trim() === '' ? 'required' : undefined);

/** Skips the check of an empty optional field: only `required` speaks about emptiness. */
const given =
  (check: (value: string) => boolean, key: FieldTextKey): Rule =>
  (value) =>
    value.trim() === '' || check(value) ? undefined : key;

export const isoDate = given(isRealIsoDate, 'date');
export const time = given((value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value), 'time');
export const latin = given((value) => LATIN_TEXT.test(collapseSpaces(value)), 'latin');
export const telugu = given((value) => TELUGU_TEXT.test(collapseSpaces(value)), 'telugu');
export const pincode = given((value) => /^[1-9]\d{5}$/.test(value), 'pincode');
export const mobile = given((value) => toWaId(value) !== undefined, 'mobile');
export const aadhaar = given(isValidAadhaar, 'aadhaar');
export const icd10 = given((value) => /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$/.test(value), 'icd10');

/** A whole number within the server's bounds. */
export function wholeNumber(min: number, max: number): Rule {
  return given((value) => {
    const number = Number(value);

    return /^\d+$/.test(value.trim()) && number >= min && number <= max;
  }, 'invalid');
}

/** At most `max` characters once spaces are collapsed, as the server counts them. */
export function maxLength(max: number): Rule {
  return given((value) => collapseSpaces(value).length <= max, 'tooLong');
}

/**
 * A date not after today in India; with `timePath`, today's date with a time still to come is
 * refused too (the server's check of an event in the future).
 */
export function notFuture(timePath?: string, now: () => Date = () => new Date()): Rule {
  return (value, values) => {
    if (!isRealIsoDate(value)) return undefined;

    const today = indiaToday(now());
    const eventTime = timePath ? values[timePath] : undefined;
    const isLaterToday = value === today && !!eventTime && eventTime > INDIA_TIME.format(now());

    return value > today || isLaterToday ? 'future' : undefined;
  };
}

/** Required once any field of the group (paths starting with `prefix`) is filled. */
export function requiredWithGroup(prefix: string): Rule {
  return (value, values) => {
    const isGroupUsed = Object.entries(values).some(
      ([path, other]) => path.startsWith(prefix) && other.trim() !== '',
    );

    return isGroupUsed && value.trim() === '' ? 'required' : undefined;
  };
}

/** The first failing rule's catalogue key, or undefined. */
export function checkValue(
  rules: Rule[],
  value: string,
  values: FieldValues,
): FieldTextKey | undefined {
  for (const rule of rules) {
    const failure = rule(value, values);
    if (failure) return failure;
  }

  return undefined;
}
