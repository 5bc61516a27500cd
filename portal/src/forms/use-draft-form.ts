import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldIssue } from '../api.ts';
import { useSession } from '../session.tsx';
import type { FieldValues } from './field-rules.ts';
import {
  shownPaths,
  placeIssues,
  validateFields,
  type FieldError,
  type SectionSpec,
} from './form-spec.ts';

const DRAFT_PREFIX = 'patra.draft.';

/** Aadhaar numbers are never kept in the browser's storage: quick to retype, costly to leak. */
const isKeptInDraft = (path: string): boolean => !path.endsWith('aadhaar');

function writeDraft(key: string, values: FieldValues): void {
  const kept = Object.fromEntries(Object.entries(values).filter(([path]) => isKeptInDraft(path)));
  sessionStorage.setItem(key, JSON.stringify(kept));
}

/** What a form shows and does: values, errors under fields, the check before sending. */
export interface DraftForm {
  values: FieldValues;
  errors: Record<string, FieldError>;
  /** Server issues that concern no input of the form. */
  otherIssues: FieldError[];
  setValue: (path: string, value: string) => void;
  touch: (path: string) => void;
  /** Checks every shown field; true when the form may be sent. */
  checkAll: () => boolean;
  showServerIssues: (issues: FieldIssue[]) => void;
  discardDraft: () => void;
}

function readDraft(key: string): FieldValues {
  try {
    const saved = sessionStorage.getItem(key);

    return saved ? (JSON.parse(saved) as FieldValues) : {};
  } catch {
    return {};
  }
}

/** The typed values, kept in sessionStorage under the signed-in username and `draftKey`. */
function useDraftValues(draftKey: string, initial: FieldValues) {
  const { user } = useSession();
  const storageKey = `${DRAFT_PREFIX}${user?.username ?? ''}.${draftKey}`;
  const [values, setValues] = useState<FieldValues>(() => ({
    ...initial,
    ...readDraft(storageKey),
  }));

  useEffect(() => writeDraft(storageKey, values), [storageKey, values]);

  return { values, setValues, storageKey };
}

/**
 * A form whose typed values survive a failed request, a reload and a slow connection: they
 * are kept in this tab's sessionStorage (another registrar signing in to the same tab never
 * sees them; Aadhaar numbers are left out) until `discardDraft`. Each field is checked when it
 * loses focus and again as it changes once checked; the server's 422 issues stand under their
 * fields until the field is edited.
 */
export function useDraftForm(
  draftKey: string,
  sections: SectionSpec[],
  initial: FieldValues = {},
): DraftForm {
  const { values, setValues, storageKey } = useDraftValues(draftKey, initial);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<Record<string, FieldError>>({});
  const [otherIssues, setOtherIssues] = useState<FieldError[]>([]);

  const browserErrors = useMemo(() => validateFields(sections, values), [sections, values]);
  const errors = useMemo(() => {
    const shown: Record<string, FieldError> = { ...serverErrors };
    for (const path of touched) {
      const error = browserErrors[path];
      if (error) shown[path] = error;
    }

    return shown;
  }, [browserErrors, serverErrors, touched]);

  const setValue = useCallback(
    (path: string, value: string) => {
      setValues((before) => ({ ...before, [path]: value }));
      setServerErrors((before) => withoutKey(before, path));
    },
    [setValues],
  );

  const touch = useCallback((path: string) => {
    setTouched((before) => (before.has(path) ? before : new Set(before).add(path)));
  }, []);

  const checkAll = useCallback(() => {
    setTouched(new Set(shownPaths(sections, values)));

    return Object.keys(validateFields(sections, values)).length === 0;
  }, [sections, values]);

  const showServerIssues = useCallback(
    (issues: FieldIssue[]) => {
      const placed = placeIssues(shownPaths(sections, values), issues);
      setServerErrors(placed.byPath);
      setOtherIssues(placed.unplaced);
    },
    [sections, values],
  );

  const discardDraft = useCallback(() => sessionStorage.removeItem(storageKey), [storageKey]);

  return { values, errors, otherIssues, setValue, touch, checkAll, showServerIssues, discardDraft };
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;

  const copy = { ...record };
  delete copy[key];

  return copy;
}
