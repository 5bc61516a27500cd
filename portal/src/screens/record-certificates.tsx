import { useEffect, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { formatMoment } from '../components/formats.ts';
import { useBilingual, useLanguage, useText } from '../i18n.tsx';
import { DELIVERY_KIND_TEXT, RECORD_TEXT } from './record-messages.ts';
import type { CertificateView, Delivery, RecordView } from './record-view.ts';

const POLL_EVERY_MS = 1000;
const POLL_FOR_MS = 60_000;
const SETTLED = new Set(['delivered', 'read', 'failed']);

type Send = { sendId: string; isRepeat: boolean };

/**
 * Each certificate with every WhatsApp copy and its state, and "Re-send certificate": queues
 * a send, then reloads the record every second until that send is delivered, read or failed.
 */
export function RecordCertificates({ record, reload }: { record: RecordView; reload: () => void }) {
  const t = useText(RECORD_TEXT);
  const pick = useBilingual();
  const [send, setSend] = useState<Send | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSending, setSending] = useState(false);
  const sent = send && findDelivery(record, send.sendId);
  const isSettled = Boolean(sent && SETTLED.has(sent.status));
  usePolling(send !== null && !isSettled, reload);

  async function resend() {
    setSending(true);
    setError(null);
    try {
      const answer = await api<Send>(`/api/v1/records/${record.id}/certificate/sends`, {
        method: 'POST',
        body: {},
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
      setSend(answer);
      reload();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, undefined));
    } finally {
      setSending(false);
    }
  }

  const hasCertificateInForce = record.certificates.some((item) => item.status === 'in_force');

  return (
    <section className="card" aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t('certificatesTitle')}</h2>
      {record.certificates.length === 0 && <p>{t('noCertificate')}</p>}
      {record.certificates.map((certificate) => (
        <CertificateBlock key={certificate.id} certificate={certificate} />
      ))}
      {hasCertificateInForce && !record.isCancelled && (
        <button type="button" onClick={() => void resend()} disabled={isSending}>
          {isSending ? t('resending') : t('resend')}
        </button>
      )}
      <p role="status" data-testid="resend-status">
        {send && !sent && (send.isRepeat ? t('resendRepeat') : t('resendQueued'))}
        {sent && t('resendDone', { status: t(deliveryWord(sent.status)) })}
      </p>
      {error && (
        <p role="alert" className="error">
          {pick(error.bilingual)}
        </p>
      )}
    </section>
  );
}

function CertificateBlock({ certificate }: { certificate: CertificateView }) {
  const { language } = useLanguage();
  const t = useText(RECORD_TEXT);
  const kinds = useText(DELIVERY_KIND_TEXT);
  const statusKey = `certificate_${certificate.status}`;

  return (
    <div className="certificate">
      <h3>
        {t('certificateForm', { form: certificate.form.replace(/^form/i, '') })} ·{' '}
        {statusKey in RECORD_TEXT ? t(statusKey as keyof typeof RECORD_TEXT) : certificate.status} ·{' '}
        {t('issuedAt', { when: formatMoment(certificate.issuedAt, language) })}
      </h3>
      {certificate.deliveries.length === 0 ? (
        <p>{t('noDeliveries')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('deliveryKind')}</th>
                <th scope="col">{t('deliveryTo')}</th>
                <th scope="col">{t('deliveryStatus')}</th>
                <th scope="col">{t('deliveryWhen')}</th>
              </tr>
            </thead>
            <tbody>
              {certificate.deliveries.map((delivery, index) => (
                <tr key={delivery.id ?? index} data-testid="delivery">
                  <td>
                    {delivery.kind && delivery.kind in DELIVERY_KIND_TEXT
                      ? kinds(delivery.kind as keyof typeof DELIVERY_KIND_TEXT)
                      : (delivery.kind ?? '')}
                  </td>
                  <td>{delivery.to}</td>
                  <td>
                    <span className={`badge badge-${delivery.status}`}>
                      {t(deliveryWord(delivery.status))}
                    </span>
                    {delivery.status === 'failed' && <FailureReason delivery={delivery} />}
                  </td>
                  <td>{formatMoment(delivery.statusAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function FailureReason({ delivery }: { delivery: Delivery }) {
  const t = useText(RECORD_TEXT);
  const reason = [delivery.errorCode, delivery.errorDetails]
    .filter((part) => part !== null)
    .join(': ');

  return reason ? <div className="field-error">{t('deliveryReason', { reason })}</div> : null;
}

function deliveryWord(status: string): keyof typeof RECORD_TEXT {
  const key = `delivery_${status}`;

  return key in RECORD_TEXT ? (key as keyof typeof RECORD_TEXT) : 'delivery_unknown';
}

function findDelivery(record: RecordView, sendId: string): Delivery | undefined {
  return record.certificates
    .flatMap((item) => item.deliveries)
    .find((delivery) => delivery.id === sendId);
}

/** Calls `tick` every second while `isActive`, for at most a minute. */
function usePolling(isActive: boolean, tick: () => void): void {
  useEffect(() => {
    if (!isActive) return;

    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started > POLL_FOR_MS) window.clearInterval(timer);
      else tick();
    }, POLL_EVERY_MS);

    return () => window.clearInterval(timer);
  }, [isActive, tick]);
}
