import { useState, type FormEvent } from 'react';
import { useText } from '../i18n.tsx';
import { DASHBOARD_TEXT } from './dashboard-messages.ts';
import type { DashboardRange } from './dashboard-types.ts';

const DAY_MS = 86_400_000;
const PRESETS = [
  ['last7', 7],
  ['last28', 28],
  ['last90', 90],
] as const;

/** Today in India as YYYY-MM-DD: the register's dates are India dates. */
export function todayInIndia(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
}

/** The `days` days up to today in India, both ends included. */
export function lastDays(days: number, bucket: DashboardRange['bucket']): DashboardRange {
  const to = todayInIndia();
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS)
    .toISOString()
    .slice(0, 10);

  return { from, to, bucket };
}

/** Two dates and day-or-week, applied together; quick choices for the last 7, 28 or 90 days. */
export function RangePicker({
  range,
  onChange,
}: {
  range: DashboardRange;
  onChange: (range: DashboardRange) => void;
}) {
  const t = useText(DASHBOARD_TEXT);
  const [draft, setDraft] = useState(range);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  const choose = (days: number) => {
    const next = lastDays(days, days > 31 ? 'week' : 'day');
    setDraft(next);
    onChange(next);
  };

  return (
    <form className="card range-picker" onSubmit={apply} aria-label={t('rangeLegend')}>
      <fieldset>
        <legend>{t('rangeLegend')}</legend>
        <div className="range-fields">
          <label>
            {t('from')}
            <input
              type="date"
              name="from"
              value={draft.from}
              max={draft.to}
              required
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </label>
          <label>
            {t('to')}
            <input
              type="date"
              name="to"
              value={draft.to}
              min={draft.from}
              required
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </label>
          <label>
            {t('bucket')}
            <select
              name="bucket"
              value={draft.bucket}
              onChange={(e) =>
                setDraft({ ...draft, bucket: e.target.value === 'week' ? 'week' : 'day' })
              }
            >
              <option value="day">{t('bucketDay')}</option>
              <option value="week">{t('bucketWeek')}</option>
            </select>
          </label>
          <button type="submit">{t('apply')}</button>
        </div>
        <div className="range-presets">
          {PRESETS.map(([label, days]) => (
            <button key={label} type="button" className="secondary" onClick={() => choose(days)}>
              {t(label)}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
