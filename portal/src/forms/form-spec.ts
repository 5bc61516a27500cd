import { checkValue, FIELD_TEXT, type FieldValues, type Rule } from './field-rules.ts';

/** How a field is typed in: the input element and the value sent to the server. */
export type InputKind =
  | 'text'
  | 'telugu'
  | 'date'
  | 'time'
  | 'number'
  | 'digits'
  | 'select'
  | 'yes-no'
  | 'tel'
  | 'aadhaar'
  | 'textarea';

/** One input of a form, named by the dotted path of its value in the API body. */
export interface FieldSpec<Label extends string = string> {
  path: string;
  label: Label;
  /** Values for `{name}` in the label's text (`Evidence {n}`). */
  labelParams?: Record<string, string | number>;
  kind: InputKind;
  rules: Rule[];
  /** Select values; their words live in the screen's catalogue. */
  options?: readonly string[];
  /** Shown (and sent) only when this holds. */
  when?: (values: FieldValues) => boolean;
  hint?: Label;
  /** Starts a new row of the grid (the first input of an address). */
  isNewRow?: boolean;
}

export interface SectionSpec<Label extends string = string> {
  title: Label;
  fields: FieldSpec<Label>[];
  /** Kept in the restricted store (the cause of death): the section says so. */
  isRestricted?: boolean;
  note?: Label;
}

/** One bad field as the server names it (the shape of `ApiError.issues`). */
export interface FieldIssue {
  field: string;
  message: string;
  messageTe?: string;
}

/** A field error to show: the server's own words, or a catalogue key checked in the browser. */
export type FieldError = { te: string; en: string };

export function isShown(field: FieldSpec, values: FieldValues): boolean {
  return field.when ? field.when(values) : true;
}

/** The paths of the fields shown for these values. */
export function shownPaths(sections: SectionSpec[], values: FieldValues): string[] {
  return sections
    .flatMap((section) => section.fields)
    .filter((field) => isShown(field, values))
    .map((field) => field.path);
}

/** The browser's verdict on every shown field, by path. */
export function validateFields(
  sections: SectionSpec[],
  values: FieldValues,
): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const field of sections.flatMap((section) => section.fields)) {
    if (!isShown(field, values)) continue;

    const key = checkValue(field.rules, values[field.path] ?? '', values);
    if (key) errors[field.path] = FIELD_TEXT[key];
  }

  return errors;
}

/**
 * The API body from the typed values: each shown, non-empty field set at its path (numbers as
 * numbers, yes/no as booleans, a numeric segment as an array index). Empty fields are left out
 * so optional parts (the father, the cause of death) are absent, not empty.
 */
export function buildBody(sections: SectionSpec[], values: FieldValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of sections.flatMap((section) => section.fields)) {
    const raw = (values[field.path] ?? '').trim();
    if (raw === '' || !isShown(field, values)) continue;

    setPath(body, field.path.split('.'), typedValue(field.kind, raw));
  }

  return body;
}

function typedValue(kind: InputKind, raw: string): unknown {
  if (kind === 'number') return Number(raw);
  if (kind === 'yes-no') return raw === 'yes';

  return raw;
}

function setPath(target: Record<string, unknown>, parts: string[], value: unknown): void {
  const [head = '', ...rest] = parts;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }

  const isIndexNext = /^\d+$/.test(rest[0] ?? '');
  const child = (target[head] ?? (isIndexNext ? [] : {})) as Record<string, unknown>;
  target[head] = child;
  setPath(child, rest, value);
}

/**
 * Places the server's field issues (dotted paths) under the inputs they concern: the input of
 * that path, else the first input inside it (`mother.name` → `mother.name.en`), else the input
 * that contains it. Issues that fit no input are returned apart, for the form's summary.
 */
export function placeIssues(
  paths: string[],
  issues: FieldIssue[],
): { byPath: Record<string, FieldError>; unplaced: FieldError[] } {
  const byPath: Record<string, FieldError> = {};
  const unplaced: FieldError[] = [];
  for (const issue of issues) {
    const text = { te: issue.messageTe ?? issue.message, en: issue.message };
    const path =
      paths.find((candidate) => candidate === issue.field) ??
      paths.find((candidate) => candidate.startsWith(`${issue.field}.`)) ??
      paths.find((candidate) => issue.field.startsWith(`${candidate}.`));
    if (path && !byPath[path]) byPath[path] = text;
    else if (!path) unplaced.push(text);
  }

  return { byPath, unplaced };
}
