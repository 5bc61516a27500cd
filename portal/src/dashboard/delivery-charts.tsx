import { useLanguage, useText } from '../i18n.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { DASHBOARD_TEXT } from './dashboard-messages.ts';
import type { Dashboard } from './dashboard-types.ts';
import { formatDuration } from './format-duration.ts';
import { HorizontalBars, type Bar } from './horizontal-bars.tsx';

const FUNNEL_STEPS = [
  ['queued', 'accent'],
  ['sent', 'accent'],
  ['delivered', 'good'],
  ['read', 'good'],
  ['failed', 'bad'],
] as const;

/** Queued → sent → delivered → read, and failed, each as a bar with its share of the queued. */
export function FunnelChart({ funnel }: { funnel: Dashboard['funnel'] }) {
  const t = useText(DASHBOARD_TEXT);
  const share = (n: number) =>
    funnel.queued > 0 ? ` (${Math.round((n / funnel.queued) * 100)}%)` : '';
  const bars: Bar[] = FUNNEL_STEPS.map(([step, tone]) => ({
    key: `funnel-${step}`,
    label: t(step),
    value: funnel[step],
    valueText: `${funnel[step]}${share(funnel[step])}`,
    tone,
  }));

  return (
    <ChartFigure
      id="chart-funnel"
      title={t('funnelChart')}
      help={t('funnelHelp')}
      table={{
        head: [t('step'), t('count')],
        rows: bars.map((bar) => [bar.label, bar.valueText ?? bar.value]),
      }}
    >
      <HorizontalBars bars={bars} max={funnel.queued} />
    </ChartFigure>
  );
}

/** Failed certificate sends by Cloud API code, the code and Meta's title as the label. */
export function FailuresChart({ failures }: { failures: Dashboard['failures'] }) {
  const t = useText(DASHBOARD_TEXT);
  const bars: Bar[] = failures.map((failure) => ({
    key: `failure-${failure.code ?? 'none'}`,
    label: failure.code === null ? failure.title : `${failure.code} · ${failure.title}`,
    value: failure.count,
    tone: 'bad',
  }));

  return (
    <ChartFigure
      id="chart-failures"
      title={t('failuresChart')}
      help={t('failuresHelp')}
      table={{ head: [t('reason'), t('count')], rows: bars.map((bar) => [bar.label, bar.value]) }}
    >
      {bars.length === 0 ? <p>{t('noFailures')}</p> : <HorizontalBars bars={bars} />}
    </ChartFigure>
  );
}

/** How long certificates took from registration to the phone: median, p90, and bands. */
export function DeliveryTimeChart({ times }: { times: Dashboard['timeToDelivery'] }) {
  const t = useText(DASHBOARD_TEXT);
  const bars: Bar[] = times.bands.map((band, i) => {
    const previous = times.bands[i - 1]?.upToSeconds ?? null;
    const label =
      band.upToSeconds === null
        ? t('longer', { time: formatDuration(previous, t) })
        : t('upTo', { time: formatDuration(band.upToSeconds, t) });

    return {
      key: `time-${band.upToSeconds ?? 'longer'}`,
      label,
      value: band.count,
      tone: band.upToSeconds !== null && band.upToSeconds <= 300 ? 'good' : 'warn',
    };
  });

  return (
    <ChartFigure
      id="chart-time"
      title={t('timeChart')}
      table={{ head: [t('period'), t('count')], rows: bars.map((bar) => [bar.label, bar.value]) }}
    >
      <p data-testid="time-summary">
        {times.count === 0
          ? t('noDeliveries')
          : t('timeSummary', {
              count: times.count,
              p50: formatDuration(times.p50Seconds, t),
              p90: formatDuration(times.p90Seconds, t),
            })}
      </p>
      {times.count > 0 && <HorizontalBars bars={bars} />}
    </ChartFigure>
  );
}

/** Problems citizens reported over WhatsApp, per unit that had any. */
export function FieldIssuesChart({ units }: { units: Dashboard['units'] }) {
  const t = useText(DASHBOARD_TEXT);
  const { language } = useLanguage();
  const bars: Bar[] = units
    .filter((unit) => unit.fieldIssues > 0)
    .sort((a, b) => b.fieldIssues - a.fieldIssues)
    .map((unit) => ({
      key: `issues-${unit.code}`,
      label: language === 'te' ? unit.name.te : unit.name.en,
      value: unit.fieldIssues,
      tone: 'warn',
    }));

  return (
    <ChartFigure
      id="chart-field-issues"
      title={t('fieldIssuesChart')}
      table={{ head: [t('unit'), t('count')], rows: bars.map((bar) => [bar.label, bar.value]) }}
    >
      {bars.length === 0 ? <p>{t('noFieldIssues')}</p> : <HorizontalBars bars={bars} />}
    </ChartFigure>
  );
}
