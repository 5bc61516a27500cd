import { useEffect, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { useSay } from '../forms/use-say.ts';
import { useBilingual } from '../i18n.tsx';
import { href } from '../router.tsx';
import { DuplicateDecision } from './duplicate-decision.tsx';
import { DUPLICATE_TEXT } from './duplicate-messages.ts';
import { comparedRows, type Side } from './duplicate-sides.ts';
import { labelOf } from './register/field-labels.ts';
import { REGISTER_TEXT } from './register/register-messages.ts';

interface Comparison {
  reasons: string[];
  status: string;
  record: Side;
  other: Side;
}

function useComparison(recordId: string, otherRecordId: string) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    api<Comparison>(`/api/v1/duplicates/${recordId}/${otherRecordId}`)
      .then(setComparison)
      .catch((error: unknown) =>
        setFailure(error instanceof ApiError ? error : new ApiError(0, undefined)),
      );
  }, [recordId, otherRecordId]);

  return { comparison, failure };
}

/** Both declarations row by row, each row marked as agreeing or differing. */
function SideBySide({ comparison }: { comparison: Comparison }) {
  const say = useSay(DUPLICATE_TEXT);
  const label = useSay(REGISTER_TEXT);
  const pick = useBilingual();
  const rows = comparedRows(comparison.record, comparison.other);
  const reduced = [comparison.record, comparison.other].find((side) => side.isReduced);
  const unitOf = (side: Side) => (side.isReduced ? pick(side.unitName) : side.unitCode);
  const same = rows.filter((row) => row.a === row.b).length;
  // Choices (female, facility, te) in words; numbers (an age of 4) stay numbers.
  const shown = (value: string) =>
    /^[a-z_]+$/.test(value) && `option.${value}` in REGISTER_TEXT
      ? label(`option.${value}`)
      : value;

  return (
    <>
      <p>{say('agreeCount', { same, differ: rows.length - same })}</p>
      {reduced?.isReduced && (
        <p className="section-note">{say('reducedNote', { unit: pick(reduced.unitName) })}</p>
      )}
      <div className="table-scroll">
        <table className="side-by-side">
          <thead>
            <tr>
              <th scope="col">{say('field')}</th>
              <th scope="col">{say('later')}</th>
              <th scope="col">{say('earlier')}</th>
              <th scope="col">
                {say('same')} / {say('differs')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{say('status')}</th>
              <td>{say(`status.${comparison.record.status}`)}</td>
              <td>
                {say(`status.${comparison.other.status}`)}{' '}
                {comparison.other.isReduced ? '' : (comparison.other.registrationNumber ?? '')}
              </td>
              <td />
            </tr>
            <tr>
              <th scope="row">{say('unit')}</th>
              <td>{unitOf(comparison.record)}</td>
              <td>{unitOf(comparison.other)}</td>
              <td />
            </tr>
            {rows.map((row) => {
              const isSame = row.a === row.b;
              const key = labelOf(row.path);

              return (
                <tr key={row.path} className={isSame ? 'agrees' : 'differs'} data-path={row.path}>
                  <th scope="row">{key ? label(key).replace(/ \*$/, '') : row.path}</th>
                  <td>{shown(row.a)}</td>
                  <td>{shown(row.b)}</td>
                  <td>{isSame ? say('same') : say('differs')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * One possible duplicate (`GET /api/v1/duplicates/:id/:otherId`) side by side, and the
 * registrar's decision with its reason.
 */
export function DuplicatePair(props: { recordId: string; otherRecordId: string }) {
  const say = useSay(DUPLICATE_TEXT);
  const pick = useBilingual();
  const { comparison, failure } = useComparison(props.recordId, props.otherRecordId);

  if (failure) {
    return (
      <p role="alert" className="error">
        {pick(failure.bilingual)}
      </p>
    );
  }
  if (!comparison) return <p className="page-message">{say('loading')}</p>;

  const reasons = comparison.reasons.map((reason) => say(`reason.${reason}`)).join(' · ');

  return (
    <>
      <h1>{say('pairTitle')}</h1>
      <p>
        {say('why')}: {reasons} · <a href={href('duplicates')}>{say('backToList')}</a>
      </p>
      <SideBySide comparison={comparison} />
      <DuplicateDecision {...props} eventType={comparison.record.eventType} />
    </>
  );
}
