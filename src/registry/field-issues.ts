import type { z } from 'zod';
import { FIELD_TEXT, type FieldTextKey } from '../messages/fields.ts';
import type { FieldIssue } from '../shared/app-error.ts';

const KEY_BY_ENGLISH = new Map(
  (Object.entries(FIELD_TEXT) as [FieldTextKey, { en: string }][]).map(([key, text]) => [text.en, key]),
);

/** A field issue in both languages from a catalogue entry. */
export function fieldIssue(field: string, key: FieldTextKey): FieldIssue {
  return { field, message: FIELD_TEXT[key].en, messageTe: FIELD_TEXT[key].te };
}

/**
 * Turns a zod validation failure into one issue per bad field, named by its path and told in
 * Telugu and English. Schemas write their own messages as catalogue English texts; zod's
 * built-in checks are mapped by kind.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const byField = new Map<string, FieldIssue>();
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '(body)';
    if (!byField.has(field)) byField.set(field, fieldIssue(field, catalogueKey(issue)));
  }

  return [...byField.values()];
}

/** The catalogue entry for each of zod's built-in checks; the rest are `invalid`. */
const KEY_BY_ZOD_CODE: Partial<Record<z.core.$ZodIssue['code'], FieldTextKey>> = {
  invalid_value: 'notAllowed',
  too_small: 'empty',
  too_big: 'tooLong',
  unrecognized_keys: 'unknownField',
};

function catalogueKey(issue: z.core.$ZodIssue): FieldTextKey {
  const own = KEY_BY_ENGLISH.get(issue.message);
  if (own) return own;
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : 'wrongType';

  return KEY_BY_ZOD_CODE[issue.code] ?? 'invalid';
}
