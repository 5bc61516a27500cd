import { LoadProblem } from '../components/load-problem.tsx';
import { useFetched } from '../components/use-fetched.ts';
import { useText } from '../i18n.tsx';
import { FRAME_TEXT } from '../messages.ts';
import { href } from '../router.tsx';
import { WORK_TEXT } from './work-messages.ts';
import {
  QUEUE_KIND_OF_TAB,
  TABS,
  type DuplicatePair,
  type PendingRecord,
  type QueueItem,
  type Tab,
} from './work-queues.ts';
import { DuplicateTable, PendingTable, QueueTable } from './work-tables.tsx';

const TAB_TEXT = {
  notified: ['notified', 'notifiedHelp'],
  declared: ['declared', 'declaredHelp'],
  duplicates: ['duplicates', 'duplicatesHelp'],
  'delivery-failures': ['deliveryFailures', 'deliveryFailuresHelp'],
  'field-issues': ['fieldIssues', 'fieldIssuesHelp'],
  corrections: ['corrections', 'correctionsHelp'],
} as const satisfies Record<Tab, readonly [keyof typeof WORK_TEXT, keyof typeof WORK_TEXT]>;

/** `#/work/<queue>`: the registrar's queues as tabs with counts; each row opens its record. */
export default function WorkScreen({ params }: { params: string[] }) {
  const t = useText(WORK_TEXT);
  const frame = useText(FRAME_TEXT);
  const current = TABS.find((tab) => tab === params[0]) ?? 'notified';
  const notified = useFetched<{ records: PendingRecord[] }>(
    '/api/v1/pending-records?status=notified',
  );
  const declared = useFetched<{ records: PendingRecord[] }>(
    '/api/v1/pending-records?status=declared',
  );
  const duplicates = useFetched<DuplicatePair[]>('/api/v1/duplicates');
  const queue = useFetched<{ items: QueueItem[] }>('/api/v1/queue');

  const itemsOf = (kind: QueueItem['kind']) =>
    queue.data?.items.filter((item) => item.kind === kind);
  const counts: Record<Tab, number | undefined> = {
    notified: notified.data?.records.length,
    declared: declared.data?.records.length,
    duplicates: duplicates.data?.length,
    'delivery-failures': itemsOf('informant-not-reachable')?.length,
    'field-issues': itemsOf('field-issue')?.length,
    corrections: itemsOf('correction-request')?.length,
  };
  const problem = [notified, declared, duplicates, queue].find((fetched) => fetched.error);
  const [label, help] = TAB_TEXT[current];

  return (
    <>
      <h1>{t('title')}</h1>
      <nav className="tabs" aria-label={t('queues')}>
        {TABS.map((tab) => (
          <a
            key={tab}
            href={href('work', tab)}
            aria-current={tab === current ? 'page' : undefined}
            data-testid={`tab-${tab}`}
          >
            {t(TAB_TEXT[tab][0])} <span className="count">{counts[tab] ?? '…'}</span>
          </a>
        ))}
      </nav>
      {problem?.error && <LoadProblem error={problem.error} onRetry={problem.reload} />}
      <section className="card" aria-labelledby="queue-title">
        <h2 id="queue-title">{t(label)}</h2>
        <p className="muted">{t(help)}</p>
        {counts[current] === undefined ? (
          <p>{frame('loading')}</p>
        ) : counts[current] === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <QueueBody
            tab={current}
            notified={notified.data?.records}
            declared={declared.data?.records}
            duplicates={duplicates.data}
            items={QUEUE_KIND_OF_TAB[current] ? itemsOf(QUEUE_KIND_OF_TAB[current]) : undefined}
          />
        )}
      </section>
    </>
  );
}

function QueueBody(props: {
  tab: Tab;
  notified: PendingRecord[] | undefined;
  declared: PendingRecord[] | undefined;
  duplicates: DuplicatePair[] | undefined;
  items: QueueItem[] | undefined;
}) {
  switch (props.tab) {
    case 'notified':
      return <PendingTable records={props.notified ?? []} />;
    case 'declared':
      return <PendingTable records={props.declared ?? []} />;
    case 'duplicates':
      return <DuplicateTable pairs={props.duplicates ?? []} />;
    case 'delivery-failures':
    case 'field-issues':
    case 'corrections':
      return <QueueTable items={props.items ?? []} />;
  }
}
