import { useEffect, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { useSay } from '../forms/use-say.ts';
import { useBilingual } from '../i18n.tsx';
import { href } from '../router.tsx';
import { DUPLICATE_TEXT } from './duplicate-messages.ts';
import { DuplicatePair } from './duplicate-pair.tsx';

interface Candidate {
  recordId: string;
  otherRecordId: string;
  reasons: string[];
}

/** The open possible duplicates of the unit (`GET /api/v1/duplicates`), each a link to compare. */
function DuplicateList() {
  const say = useSay(DUPLICATE_TEXT);
  const pick = useBilingual();
  const [pairs, setPairs] = useState<Candidate[] | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    api<Candidate[]>('/api/v1/duplicates')
      .then(setPairs)
      .catch((error: unknown) =>
        setFailure(error instanceof ApiError ? error : new ApiError(0, undefined)),
      );
  }, []);

  if (failure)
    return (
      <p role="alert" className="error">
        {pick(failure.bilingual)}
      </p>
    );
  if (!pairs) return <p className="page-message">{say('loading')}</p>;

  return (
    <>
      <h1>{say('listTitle')}</h1>
      <p>{say('listIntro')}</p>
      {pairs.length === 0 ? (
        <p className="page-message">{say('none')}</p>
      ) : (
        <ul className="duplicate-list">
          {pairs.map((pair) => (
            <li key={`${pair.recordId}/${pair.otherRecordId}`} className="card">
              <span>
                {say('why')}: {pair.reasons.map((reason) => say(`reason.${reason}`)).join(' · ')}
              </span>{' '}
              <a href={href('duplicates', pair.recordId, pair.otherRecordId)}>{say('open')}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** `#/duplicates`: the list; `#/duplicates/<recordId>/<otherId>`: one pair and the decision. */
export default function DuplicateScreen({ params }: { params: string[] }) {
  const [recordId, otherRecordId] = params;
  if (recordId && otherRecordId)
    return (
      <DuplicatePair
        key={`${recordId}/${otherRecordId}`}
        recordId={recordId}
        otherRecordId={otherRecordId}
      />
    );

  return <DuplicateList />;
}
