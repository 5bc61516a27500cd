import { useState } from 'react';
import { LoadProblem } from '../components/load-problem.tsx';
import { useFetched } from '../components/use-fetched.ts';
import { useText } from '../i18n.tsx';
import { FRAME_TEXT } from '../messages.ts';
import { isOverseer, useSession } from '../session.tsx';
import { DASHBOARD_TEXT } from './dashboard-messages.ts';
import type { Dashboard, DashboardRange } from './dashboard-types.ts';
import {
  DeliveryTimeChart,
  FailuresChart,
  FieldIssuesChart,
  FunnelChart,
} from './delivery-charts.tsx';
import { formatDuration, formatPercent } from './format-duration.ts';
import { lastDays, RangePicker } from './range-picker.tsx';
import { RegistrationsChart } from './registrations-chart.tsx';
import { UnitsTable } from './units-table.tsx';
import { VitalStatisticsSection } from './vital-statistics.tsx';
import './dashboard.css';

const DEFAULT_DAYS = 28;

/**
 * `#/dashboard`: the pilot's figures for a period, over the signed-in person's jurisdiction
 * (the server decides it): totals, registrations per unit over time, the delivery funnel,
 * failures, time to delivery, reported problems, the units table and, for district and state
 * roles, the vital statistics from the lake.
 */
export default function DashboardScreen() {
  const t = useText(DASHBOARD_TEXT);
  const frame = useText(FRAME_TEXT);
  const { user } = useSession();
  const [range, setRange] = useState<DashboardRange>(() => lastDays(DEFAULT_DAYS, 'day'));
  const fetched = useFetched<Dashboard>(
    `/api/v1/dashboard?from=${range.from}&to=${range.to}&bucket=${range.bucket}`,
  );
  const dashboard = fetched.data;
  const scope =
    user?.role === 'district_registrar'
      ? t('scopeDistrict', { district: user.districtEn ?? '' })
      : user && isOverseer(user)
        ? t('scopeState')
        : t('scopeUnit');

  return (
    <div className="dashboard">
      <h1>{t('title')}</h1>
      <p className="muted">
        {scope}. {t('intro')}
      </p>
      <RangePicker range={range} onChange={setRange} />
      {fetched.error && <LoadProblem error={fetched.error} onRetry={fetched.reload} />}
      {!dashboard && !fetched.error && <p className="card">{frame('loading')}</p>}
      {dashboard && (
        <div aria-busy={fetched.isLoading}>
          <Totals dashboard={dashboard} />
          <div className="chart-grid">
            <RegistrationsChart dashboard={dashboard} />
            <FunnelChart funnel={dashboard.funnel} />
            <FailuresChart failures={dashboard.failures} />
            <DeliveryTimeChart times={dashboard.timeToDelivery} />
            <FieldIssuesChart units={dashboard.units} />
          </div>
          <UnitsTable units={dashboard.units} />
        </div>
      )}
      {user && isOverseer(user) && <VitalStatisticsSection year={range.to.slice(0, 4)} />}
    </div>
  );
}

function Totals({ dashboard }: { dashboard: Dashboard }) {
  const t = useText(DASHBOARD_TEXT);
  const registrations = dashboard.units.reduce((sum, unit) => sum + unit.registrations, 0);
  const { funnel } = dashboard;
  const tiles = [
    ['registrations', String(registrations)],
    [
      'deliveredPercent',
      formatPercent(funnel.queued > 0 ? funnel.delivered / funnel.queued : null, t),
    ],
    ['medianTime', formatDuration(dashboard.timeToDelivery.p50Seconds, t)],
    ['failuresTotal', String(funnel.failed)],
  ] as const;

  return (
    <section aria-label={t('totals')}>
      <dl className="tiles" data-testid="totals">
        {tiles.map(([label, value]) => (
          <div key={label} className="card tile" data-testid={`total-${label}`}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
