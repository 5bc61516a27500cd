import { useState } from 'react';
import { api, ApiError, sessionToken } from '../api.ts';
import { formatDate } from '../components/formats.ts';
import { LoadProblem } from '../components/load-problem.tsx';
import { useFetched } from '../components/use-fetched.ts';
import { useBilingual, useText } from '../i18n.tsx';
import { FRAME_TEXT } from '../messages.ts';
import { href } from '../router.tsx';
import { RecordCertificates } from './record-certificates.tsx';
import { RecordFacts } from './record-facts.tsx';
import { RecordHistory } from './record-history.tsx';
import { RECORD_TEXT } from './record-messages.ts';
import type { RecordView } from './record-view.ts';
import { REGISTER_TEXT, registerWord } from './register-labels.ts';

/** `#/records/<id>`: one record, its certificates and deliveries, its history, and what can be done. */
export default function RecordScreen({ params }: { params: string[] }) {
  const [recordId = ''] = params;
  const t = useText(RECORD_TEXT);
  const frame = useText(FRAME_TEXT);
  const {
    data: record,
    error,
    reload,
  } = useFetched<RecordView>(`/api/v1/records/${encodeURIComponent(recordId)}`);

  if (error?.status === 404) return <NotFound />;
  if (!record)
    return error ? (
      <LoadProblem error={error} onRetry={reload} />
    ) : (
      <p className="page-message">{frame('loading')}</p>
    );

  return (
    <>
      <RecordHeader record={record} />
      <RecordActions record={record} reload={reload} />
      <RecordFacts record={record} />
      <RecordCertificates record={record} reload={reload} />
      <RecordHistory history={record.history} />
      <p>
        <a href={href('search')}>{t('backToSearch')}</a>
      </p>
    </>
  );
}

function NotFound() {
  const t = useText(RECORD_TEXT);

  return (
    <div className="card">
      <h1>{t('notFound')}</h1>
      <a href={href('search')}>{t('backToSearch')}</a>
    </div>
  );
}

function RecordHeader({ record }: { record: RecordView }) {
  const t = useText(RECORD_TEXT);
  const words = useText(REGISTER_TEXT);
  const status = record.isCancelled ? 'cancelled' : registerWord(record.status);

  return (
    <header className="record-header">
      <h1>{t('title', { event: words(record.eventType) })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('registrationNumber')}</dt>
          <dd data-testid="registration-number">{record.registrationNumber ?? t('noNumberYet')}</dd>
        </div>
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <span className={`badge badge-${record.status}`}>
              {status ? words(status) : record.status}
            </span>
          </dd>
        </div>
        {record.registrationDate && (
          <div>
            <dt>{t('registrationDate')}</dt>
            <dd>{formatDate(record.registrationDate)}</dd>
          </div>
        )}
        <div>
          <dt>{t('unit')}</dt>
          <dd>{record.unitCode}</dd>
        </div>
      </dl>
    </header>
  );
}

/** Register a declared record (the server names what is missing), open the PDF, or correct. */
function RecordActions({ record, reload }: { record: RecordView; reload: () => void }) {
  const t = useText(RECORD_TEXT);
  const pick = useBilingual();
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setBusy] = useState(false);
  const isRegistered = record.status === 'registered' && !record.isCancelled;
  const hasPdf = record.certificates.some((item) => item.status === 'in_force');

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, undefined));
    } finally {
      setBusy(false);
    }
  }

  const register = () =>
    act(async () => {
      await api(`/api/v1/records/${record.id}/registration`, { method: 'POST' });
      reload();
    });

  return (
    <div className="actions">
      {record.status === 'declared' && (
        <>
          <button type="button" onClick={() => void register()} disabled={isBusy}>
            {isBusy ? t('registering') : t('register')}
          </button>
          <a className="button-link" href={href('register', record.eventType, record.id)}>
            {t('requirements')}
          </a>
        </>
      )}
      {hasPdf && (
        <button
          type="button"
          className="secondary"
          onClick={() => void act(() => openPdf(record.id))}
          disabled={isBusy}
        >
          {t('downloadPdf')}
        </button>
      )}
      {isRegistered && (
        <a className="button-link" href={href('records', record.id, 'correct')}>
          {t('correct')}
        </a>
      )}
      {error && (
        <div role="alert" className="error">
          <p>{pick(error.bilingual)}</p>
          {error.issues.length > 0 && (
            <>
              <p>{t('stillMissing')}</p>
              <ul>
                {error.issues.map((issue) => (
                  <li key={issue.field}>{pick({ te: issue.messageTe, en: issue.message })}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** The PDF needs the bearer token, so it is fetched here and opened as a blob in a new tab. */
async function openPdf(recordId: string): Promise<void> {
  const tab = window.open('', '_blank');
  const response = await fetch(`/api/v1/records/${recordId}/certificate.pdf`, {
    headers: { authorization: `Bearer ${sessionToken.get() ?? ''}` },
  });
  if (!response.ok) {
    tab?.close();
    throw new ApiError(response.status, (await response.json().catch(() => undefined)) as never);
  }

  const url = URL.createObjectURL(await response.blob());
  if (tab) tab.location.href = url;
  else window.location.assign(url);
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
