import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api.ts';
import type { FieldError } from '../../forms/form-spec.ts';
import { useSay } from '../../forms/use-say.ts';
import { useBilingual } from '../../i18n.tsx';
import { href, navigate } from '../../router.tsx';
import { RequirementCard, type RequirementKind } from './requirement-card.tsx';
import { REQUIREMENT_TEXT } from './requirement-messages.ts';

interface Requirements {
  assessment: {
    delayDays: number;
    tier: string;
    required: RequirementKind[];
    feeRupees: number;
    legalBasis: string;
  };
  recorded: { kind: string }[];
  missing: RequirementKind[];
}

interface Candidate {
  recordId: string;
  otherRecordId: string;
}

interface StepData {
  requirements: Requirements;
  duplicates: Candidate[];
  /** Whether a name's second script is Patra's proposal, not yet confirmed. */
  hasProposals: boolean;
}

function useStepData(recordId: string): {
  data: StepData | null;
  failure: ApiError | null;
  reload: () => void;
} {
  const [data, setData] = useState<StepData | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const reload = useCallback(() => {
    Promise.all([
      api<Requirements>(`/api/v1/records/${recordId}/requirements`),
      api<Candidate[]>('/api/v1/duplicates'),
      api<{ declaration: unknown }>(`/api/v1/records/${recordId}`),
    ])
      .then(([requirements, duplicates, record]) => {
        setData({
          requirements,
          duplicates: duplicates.filter((pair) => pair.recordId === recordId),
          hasProposals: JSON.stringify(record.declaration).includes('"isConfirmed":false'),
        });
        setFailure(null);
      })
      .catch((error: unknown) =>
        setFailure(error instanceof ApiError ? error : new ApiError(0, undefined)),
      );
  }, [recordId]);

  useEffect(reload, [reload]);

  return { data, failure, reload };
}

/** The server's REQUIREMENTS_MISSING issues (`requirements.<kind>`) by kind. */
function missingByKind(error: ApiError | null): Partial<Record<string, FieldError>> {
  const byKind: Partial<Record<string, FieldError>> = {};
  for (const issue of error?.issues ?? []) {
    if (issue.field.startsWith('requirements.')) {
      byKind[issue.field.slice('requirements.'.length)] = {
        te: issue.messageTe ?? issue.message,
        en: issue.message,
      };
    }
  }

  return byKind;
}

function DelaySummary({ assessment }: { assessment: Requirements['assessment'] }) {
  const say = useSay(REQUIREMENT_TEXT);

  return (
    <section className="card" aria-labelledby="delay-heading">
      <h2 id="delay-heading" data-tier={assessment.tier}>
        {say(`tier.${assessment.tier}`)}
      </h2>
      <p>{say('delay', { days: assessment.delayDays })}</p>
      {assessment.feeRupees > 0 && <p>{say('feeDue', { fee: assessment.feeRupees })}</p>}
      <p className="section-note">{say('legalBasis', { basis: assessment.legalBasis })}</p>
    </section>
  );
}

/** Registration waits while a possible duplicate is undecided: links to decide each. */
function DuplicateLinks({ pairs }: { pairs: Candidate[] }) {
  const say = useSay(REQUIREMENT_TEXT);
  if (pairs.length === 0) return null;

  return (
    <section className="card warn">
      <p>{say('duplicates')}</p>
      <ul>
        {pairs.map((pair) => (
          <li key={pair.otherRecordId}>
            <a href={href('duplicates', pair.recordId, pair.otherRecordId)}>{say('compare')}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `POST /api/v1/records/:id/registration`; the record opens once registered. */
function useRegister(recordId: string, reload: () => void) {
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [isRegistering, setRegistering] = useState(false);

  async function register() {
    setRegistering(true);
    setRefusal(null);
    try {
      await api(`/api/v1/records/${recordId}/registration`, { method: 'POST' });
      navigate('records', recordId);
    } catch (error) {
      setRefusal(error instanceof ApiError ? error : new ApiError(0, undefined));
      setRegistering(false);
      reload();
    }
  }

  return { refusal, isRegistering, register };
}

/**
 * After declaring: the delay tier of s.13 with its fee and legal basis, a card for each thing
 * the tier needs, links to any possible duplicate, and the Register button.
 */
export function RequirementsStep({ recordId }: { recordId: string }) {
  const say = useSay(REQUIREMENT_TEXT);
  const pick = useBilingual();
  const { data, failure, reload } = useStepData(recordId);
  const { refusal, isRegistering, register } = useRegister(recordId, reload);

  if (!data) {
    if (!failure) return <p className="page-message">{say('loading')}</p>;

    return (
      <p role="alert" className="error">
        {pick(failure.bilingual)}
      </p>
    );
  }

  const { assessment, missing } = data.requirements;
  const missingNow = missingByKind(refusal);

  return (
    <div className="requirements-step">
      <h1>{say('title')}</h1>
      <DelaySummary assessment={assessment} />
      <DuplicateLinks pairs={data.duplicates} />
      {data.hasProposals && (
        <section className="card warn">
          <p>{say('proposals')}</p>
          <a href={href('records', recordId, 'correct', 'confirm')}>{say('confirmSpellings')}</a>
        </section>
      )}
      {assessment.required.map((kind) => (
        <RequirementCard
          key={kind}
          recordId={recordId}
          kind={kind}
          isRecorded={!missing.includes(kind)}
          missing={missingNow[kind]}
          onRecorded={reload}
        />
      ))}
      {refusal && (
        <p role="alert" className="error">
          {pick(refusal.bilingual)}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          onClick={() => void register()}
          disabled={isRegistering}
          data-testid="register-button"
        >
          {isRegistering ? say('registering') : say('register')}
        </button>
        <a href={href('records', recordId)}>{say('openRecord')}</a>
      </div>
    </div>
  );
}
