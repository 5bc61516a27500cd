import { formatDate } from '../components/formats.ts';
import { useLanguage, useText } from '../i18n.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { DASHBOARD_TEXT } from './dashboard-messages.ts';
import type { Dashboard } from './dashboard-types.ts';

const SERIES_COLOURS = 8;
const DAY_MS = 86_400_000;
const BAR_STEP = 10;
const CHART_HEIGHT = 60;

/** Every day (or Monday) of the range, so days without registrations show as gaps. */
export function periodsOf(range: Dashboard['range']): string[] {
  const first = Date.parse(`${range.from}T00:00:00Z`);
  const start =
    range.bucket === 'week' ? first - ((new Date(first).getUTCDay() + 6) % 7) * DAY_MS : first;
  const step = range.bucket === 'week' ? 7 * DAY_MS : DAY_MS;
  const periods: string[] = [];
  for (let at = start; at <= Date.parse(`${range.to}T00:00:00Z`); at += step)
    periods.push(new Date(at).toISOString().slice(0, 10));

  return periods;
}

/** Stacked bars: registrations of each unit per day or week, with a legend and the table. */
export function RegistrationsChart({ dashboard }: { dashboard: Dashboard }) {
  const t = useText(DASHBOARD_TEXT);
  const { language } = useLanguage();
  const periods = periodsOf(dashboard.range);
  const units = dashboard.units.filter((unit) => unit.registrations > 0);
  const countOf = (code: string, period: string) =>
    dashboard.registrations.find((line) => line.unitCode === code && line.period === period)
      ?.count ?? 0;
  const totals = periods.map((period) =>
    units.reduce((sum, unit) => sum + countOf(unit.code, period), 0),
  );
  const top = Math.max(1, ...totals);
  const nameOf = (unit: (typeof units)[number]) =>
    language === 'te' ? unit.name.te : unit.name.en;

  return (
    <ChartFigure
      id="chart-registrations"
      title={t('registrationsChart')}
      help={t(
        dashboard.range.bucket === 'week' ? 'registrationsChartWeek' : 'registrationsChartDay',
      )}
      table={{
        head: [t('period'), ...units.map(nameOf)],
        rows: periods.map((period) => [
          formatDate(period),
          ...units.map((unit) => countOf(unit.code, period)),
        ]),
      }}
    >
      {units.length === 0 ? (
        <p>{t('noData')}</p>
      ) : (
        <>
          <p className="chart-scale muted">{top}</p>
          <svg
            className="columns"
            viewBox={`0 0 ${periods.length * BAR_STEP} ${CHART_HEIGHT}`}
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <line
              className="axis"
              x1="0"
              x2={periods.length * BAR_STEP}
              y1={CHART_HEIGHT}
              y2={CHART_HEIGHT}
            />
            {periods.map((period, i) => (
              <g key={period}>
                {stack(
                  units.map((unit) => countOf(unit.code, period)),
                  i,
                  top,
                )}
              </g>
            ))}
          </svg>
          <p className="chart-axis muted">
            <span>{formatDate(periods[0])}</span>
            <span>{formatDate(periods[periods.length - 1])}</span>
          </p>
          <ul className="legend">
            {units.map((unit, i) => (
              <li key={unit.code}>
                <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                  <rect className={`series-${i % SERIES_COLOURS}`} width="10" height="10" />
                </svg>
                {nameOf(unit)}
              </li>
            ))}
          </ul>
        </>
      )}
    </ChartFigure>
  );
}

function stack(counts: number[], column: number, top: number) {
  let base = CHART_HEIGHT;

  return counts.map((count, i) => {
    const height = (count / top) * CHART_HEIGHT;
    base -= height;

    return count > 0 ? (
      <rect
        key={i}
        className={`series-${i % SERIES_COLOURS}`}
        x={column * BAR_STEP + 1}
        y={base}
        width={BAR_STEP - 2}
        height={height}
      />
    ) : null;
  });
}
