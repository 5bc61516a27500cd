import type { ReactNode } from 'react';
import { formatDate, formatMoment, formatName } from '../components/formats.ts';
import { useLanguage, useText } from '../i18n.tsx';
import { href } from '../router.tsx';
import { REGISTER_TEXT, registerWord } from './register-labels.ts';
import { WORK_TEXT } from './work-messages.ts';
import type { DuplicatePair, PendingRecord, QueueItem } from './work-queues.ts';

/** Notified or declared records: event, name so far, dates, who reported; each opens its record. */
export function PendingTable({ records }: { records: PendingRecord[] }) {
  const { language } = useLanguage();
  const t = useText(WORK_TEXT);
  const words = useText(REGISTER_TEXT);

  return (
    <Table
      headings={[
        t('colEvent'),
        t('colName'),
        t('colEventDate'),
        t('colReportedBy'),
        t('colReportedAt'),
      ]}
    >
      {records.map((record) => {
        const source = registerWord(`source_${record.source}`);

        return (
          <tr key={record.id}>
            <td>
              <a href={href('records', record.id)}>{words(record.eventType)}</a>
            </td>
            <td>
              {record.name ? (
                formatName(record.name, language)
              ) : (
                <span className="muted">{t('noName')}</span>
              )}
            </td>
            <td>{formatDate(record.eventDate)}</td>
            <td>{source ? words(source) : record.source}</td>
            <td>{formatMoment(record.reportedAt, language)}</td>
          </tr>
        );
      })}
    </Table>
  );
}

/** Possible duplicates: why they were flagged, each pair opening the side-by-side review. */
export function DuplicateTable({ pairs }: { pairs: DuplicatePair[] }) {
  const t = useText(WORK_TEXT);

  return (
    <Table headings={[t('colReasons'), t('colRecord')]}>
      {pairs.map((pair) => (
        <tr key={`${pair.recordId}/${pair.otherRecordId}`}>
          <td>{pair.reasons.map((reason) => reasonText(reason, t)).join(', ')}</td>
          <td>
            <a href={href('duplicates', pair.recordId, pair.otherRecordId)}>{t('compare')}</a>
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** Field issues, correction requests and failed deliveries from the unit's queue. */
export function QueueTable({ items }: { items: QueueItem[] }) {
  const { language } = useLanguage();
  const t = useText(WORK_TEXT);

  return (
    <Table
      headings={[
        t('colReference'),
        t('colRecord'),
        t('colContact'),
        t('colWhat'),
        t('colReportedAt'),
      ]}
    >
      {items.map((item) => (
        <tr key={item.id}>
          <td>{item.reference}</td>
          <td>
            {item.recordId ? (
              <a href={href('records', item.recordId)}>{item.registrationNumber ?? t('open')}</a>
            ) : (
              <span className="muted">{t('noRecord')}</span>
            )}
          </td>
          <td>{item.contact ?? ''}</td>
          <td>{whatOf(item, t)}</td>
          <td>{formatMoment(item.createdAt, language)}</td>
        </tr>
      ))}
    </Table>
  );
}

function Table({ headings, children }: { headings: string[]; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

type Translate = ReturnType<typeof useText<keyof typeof WORK_TEXT>>;

function reasonText(reason: string, t: Translate): string {
  const key = `reason_${reason}`;

  return key in WORK_TEXT ? t(key as keyof typeof WORK_TEXT) : reason;
}

function whatOf(item: QueueItem, t: Translate): string {
  if (item.kind === 'informant-not-reachable') {
    const code = item.details.code;

    return code ? t('deliveryError', { code }) : (item.details.reason ?? '');
  }

  const documents =
    item.evidence.length > 0 ? ` (${t('evidence', { count: item.evidence.length })})` : '';

  return `${item.description ?? ''}${documents}`;
}
