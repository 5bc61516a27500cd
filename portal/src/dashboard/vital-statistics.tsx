import { formatMoment } from '../components/formats.ts';
import { useFetched } from '../components/use-fetched.ts';
import { useLanguage, useText, type Translate } from '../i18n.tsx';
import { FRAME_TEXT } from '../messages.ts';
import { ChartFigure } from './chart-figure.tsx';
import { DASHBOARD_TEXT, type DashboardTextKey } from './dashboard-messages.ts';
import type { VitalStatistics } from './dashboard-types.ts';
import { HorizontalBars, type Bar } from './horizontal-bars.tsx';

const EVENT_TEXT: Record<string, DashboardTextKey> = {
  birth: 'eventBirth',
  still_birth: 'eventStillBirth',
  death: 'eventDeath',
};
const TIER_TEXT: Record<string, DashboardTextKey> = {
  late_fee: 'tierLate',
  permission: 'tierPermission',
  magistrate_order: 'tierOrder',
};

/**
 * The vital statistics the lake computes (GET /api/v1/statistics, district and state roles):
 * CRS indicators as figures, registrations per month and delayed registrations by tier as
 * bars. When the lake cannot be read, says so and leaves the rest of the dashboard as it is.
 */
export function VitalStatisticsSection({ year }: { year: string }) {
  const t = useText(DASHBOARD_TEXT);
  const frame = useText(FRAME_TEXT);
  const { language } = useLanguage();
  const fetched = useFetched<VitalStatistics>(`/api/v1/statistics?year=${year}`);
  const stats = fetched.data;

  return (
    <section className="vital" aria-labelledby="vital-title" data-testid="vital-statistics">
      <h2 id="vital-title">{t('vitalTitle')}</h2>
      {fetched.error ? (
        <p className="card muted" role="status">
          {t('vitalNotAvailable')}
        </p>
      ) : !stats ? (
        <p className="card">{frame('loading')}</p>
      ) : (
        <>
          <p className="muted">
            {stats.lake.latestRunAt
              ? t('vitalFreshness', { at: formatMoment(stats.lake.latestRunAt, language) })
              : t('vitalNeverExported')}
          </p>
          <Indicators stats={stats} t={t} />
          <div className="chart-grid">
            <MonthlyChart stats={stats} t={t} />
            <TierChart stats={stats} t={t} />
          </div>
        </>
      )}
    </section>
  );
}

function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 10) / 10}%`;
}

function infantText(
  infant: VitalStatistics['infantDeaths'],
  t: Translate<DashboardTextKey>,
): string {
  if (infant.per1000LiveBirths === null) return String(infant.infantDeaths);

  return t('infantValue', {
    n: infant.infantDeaths,
    rate: Math.round(infant.per1000LiveBirths * 10) / 10,
  });
}

function Indicators({ stats, t }: { stats: VitalStatistics; t: Translate<DashboardTextKey> }) {
  const within = stats.registeredWithin21Days
    .map((line) => `${t(EVENT_TEXT[line.eventType] ?? 'eventBirth')}: ${percent(line.percent)}`)
    .join(' · ');
  const tiles: [DashboardTextKey, string][] = [
    ['within21', within || '—'],
    [
      'sexRatio',
      stats.sexRatioAtBirth.femalesPer1000Males === null
        ? '—'
        : t('sexRatioValue', { n: Math.round(stats.sexRatioAtBirth.femalesPer1000Males) }),
    ],
    ['institutional', percent(stats.institutionalBirths.percent)],
    ['infantDeaths', infantText(stats.infantDeaths, t)],
    ['stillBirths', String(stats.stillBirths.registered)],
  ];

  return (
    <dl className="tiles">
      {tiles.map(([label, value]) => (
        <div key={label} className="card tile">
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function MonthlyChart({ stats, t }: { stats: VitalStatistics; t: Translate<DashboardTextKey> }) {
  const byMonth = new Map<string, number>();
  for (const line of stats.registrationsByUnitMonth)
    byMonth.set(line.month, (byMonth.get(line.month) ?? 0) + line.registrations);
  const bars: Bar[] = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, count]) => ({ key: `month-${month}`, label: month, value: count }));

  return (
    <ChartFigure
      level={3}
      id="chart-monthly"
      title={t('monthlyChart')}
      table={{ head: [t('period'), t('count')], rows: bars.map((bar) => [bar.label, bar.value]) }}
    >
      {bars.length === 0 ? <p>{t('noData')}</p> : <HorizontalBars bars={bars} />}
    </ChartFigure>
  );
}

function TierChart({ stats, t }: { stats: VitalStatistics; t: Translate<DashboardTextKey> }) {
  const bars: Bar[] = stats.delayedByTier.map((line) => ({
    key: `tier-${line.eventType}-${line.tier}`,
    label: `${t(EVENT_TEXT[line.eventType] ?? 'eventBirth')} · ${t(TIER_TEXT[line.tier] ?? 'tierOrder')}`,
    value: line.registrations,
    tone: 'warn',
  }));

  return (
    <ChartFigure
      level={3}
      id="chart-tiers"
      title={t('delayedByTier')}
      table={{ head: [t('reason'), t('count')], rows: bars.map((bar) => [bar.label, bar.value]) }}
    >
      {bars.length === 0 ? <p>{t('noData')}</p> : <HorizontalBars bars={bars} />}
    </ChartFigure>
  );
}
