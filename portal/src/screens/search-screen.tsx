import { useState, type FormEvent } from 'react';
import type { FieldIssue } from '../api.ts';
import { LoadProblem } from '../components/load-problem.tsx';
import { useFetched } from '../components/use-fetched.ts';
import { useBilingual, useText } from '../i18n.tsx';
import { FRAME_TEXT } from '../messages.ts';
import { navigate } from '../router.tsx';
import { REGISTER_TEXT } from './register-labels.ts';
import { SEARCH_TEXT } from './search-messages.ts';
import { SearchResults, type FoundRecord } from './search-results.tsx';

const FIELDS = ['number', 'name', 'from', 'to', 'eventType'] as const;
const CRITERIA = ['number', 'name', 'from', 'to'];

/**
 * `#/search/<query>`: the search form and its results. The query lives in the address, so
 * the back button and a reload show the same results. The server's word on a bad field is
 * shown under that field.
 */
export default function SearchScreen({ params }: { params: string[] }) {
  const t = useText(SEARCH_TEXT);
  const words = useText(REGISTER_TEXT);
  const frame = useText(FRAME_TEXT);
  const query = new URLSearchParams(params[0] ?? '');
  const [isMissing, setMissing] = useState(false);
  const found = useFetched<{ records: FoundRecord[] }>(
    query.size > 0 ? `/api/v1/records?${query.toString()}` : null,
  );
  const issues = found.error?.issues ?? [];
  const field = (name: (typeof FIELDS)[number]) => ({
    name,
    defaultValue: query.get(name) ?? '',
    issue: issues.find((issue) => issue.field === name),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FIELDS) {
      const value = form.get(name);
      if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
    }

    const hasCriterion = CRITERIA.some((name) => next.has(name));
    setMissing(!hasCriterion);
    if (hasCriterion) navigate('search', next.toString());
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <form className="card search-form" onSubmit={submit} key={params[0] ?? ''} noValidate>
        <p className="muted">{t('intro')}</p>
        <div className="form-grid">
          <SearchField label={t('number')} hint={t('numberHint')} {...field('number')} />
          <SearchField label={t('name')} hint={t('nameHint')} {...field('name')} />
          <SearchField label={t('from')} type="date" {...field('from')} />
          <SearchField label={t('to')} type="date" {...field('to')} />
          <label>
            {t('eventType')}
            <select name="eventType" defaultValue={query.get('eventType') ?? ''}>
              <option value="">{t('anyEvent')}</option>
              <option value="birth">{words('birth')}</option>
              <option value="still_birth">{words('still_birth')}</option>
              <option value="death">{words('death')}</option>
            </select>
          </label>
        </div>
        {isMissing && (
          <p role="alert" className="error">
            {t('needCriterion')}
          </p>
        )}
        <button type="submit" disabled={found.isLoading}>
          {found.isLoading ? t('searching') : t('submit')}
        </button>
      </form>
      {found.error && <LoadProblem error={found.error} />}
      {found.isLoading && !found.data && <p className="page-message">{frame('loading')}</p>}
      {found.data && !found.error && query.size > 0 && (
        <SearchResults records={found.data.records} />
      )}
    </>
  );
}

/** One search field with its hint and the server's word on it, tied to the input for screen readers. */
function SearchField(props: {
  name: string;
  label: string;
  defaultValue: string;
  hint?: string;
  type?: string;
  issue: FieldIssue | undefined;
}) {
  const pick = useBilingual();
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  const errorId = props.issue ? `${props.name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div>
      <label>
        {props.label}
        <input
          name={props.name}
          type={props.type ?? 'text'}
          defaultValue={props.defaultValue}
          aria-invalid={props.issue ? true : undefined}
          aria-describedby={describedBy}
        />
      </label>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.issue && (
        <p id={errorId} className="field-error">
          {pick({ te: props.issue.messageTe, en: props.issue.message })}
        </p>
      )}
    </div>
  );
}
