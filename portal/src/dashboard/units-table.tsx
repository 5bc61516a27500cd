import { useState } from 'react';
import { useLanguage, useText } from '../i18n.tsx';
import { DASHBOARD_TEXT, type DashboardTextKey } from './dashboard-messages.ts';
import type { DashboardUnit } from './dashboard-types.ts';
import { formatDuration, formatPercent } from './format-duration.ts';

type Column =
  'unit' | 'registrations' | 'delivered' | 'failed' | 'median' | 'fieldIssues' | 'openQueue';

const COLUMNS: { key: Column; label: DashboardTextKey }[] = [
  { key: 'unit', label: 'unit' },
  { key: 'registrations', label: 'registrations' },
  { key: 'delivered', label: 'deliveredPercent' },
  { key: 'failed', label: 'failuresTotal' },
  { key: 'median', label: 'medianTime' },
  { key: 'fieldIssues', label: 'fieldIssues' },
  { key: 'openQueue', label: 'openQueue' },
];

function sortValue(unit: DashboardUnit, column: Column, language: 'te' | 'en'): number | string {
  switch (column) {
    case 'unit':
      return language === 'te' ? unit.name.te : unit.name.en;
    case 'registrations':
      return unit.registrations;
    case 'delivered':
      return unit.deliveredShare ?? -1;
    case 'failed':
      return unit.funnel.failed;
    case 'median':
      return unit.medianSecondsToDelivery ?? Number.MAX_SAFE_INTEGER;
    case 'fieldIssues':
      return unit.fieldIssues;
    case 'openQueue':
      return unit.openQueueItems;
  }
}

/** Every unit of the caller's jurisdiction; a column heading sorts by it, pressed again reverses. */
export function UnitsTable({ units }: { units: DashboardUnit[] }) {
  const t = useText(DASHBOARD_TEXT);
  const { language } = useLanguage();
  const [sort, setSort] = useState<{ column: Column; isDescending: boolean }>({
    column: 'registrations',
    isDescending: true,
  });
  const sorted = [...units].sort((a, b) => {
    const [x, y] = [sortValue(a, sort.column, language), sortValue(b, sort.column, language)];
    const order =
      typeof x === 'string' && typeof y === 'string'
        ? x.localeCompare(y, language)
        : Number(x) - Number(y);

    return sort.isDescending ? -order : order;
  });

  return (
    <section className="card" aria-labelledby="units-title">
      <h2 id="units-title">{t('unitsTable')}</h2>
      <p className="muted">{t('unitsHelp')}</p>
      <div className="table-scroll">
        <table className="units-table" data-testid="units-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={
                    sort.column === column.key
                      ? sort.isDescending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort({
                        column: column.key,
                        isDescending:
                          sort.column === column.key ? !sort.isDescending : column.key !== 'unit',
                      })
                    }
                  >
                    {t(column.label)}
                    {sort.column === column.key && (
                      <span className="sort-mark">{sort.isDescending ? ' ▼' : ' ▲'}</span>
                    )}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((unit) => (
              <tr key={unit.code} data-unit={unit.code}>
                <th scope="row">{language === 'te' ? unit.name.te : unit.name.en}</th>
                <td data-column="registrations">{unit.registrations}</td>
                <td data-column="delivered">{formatPercent(unit.deliveredShare, t)}</td>
                <td data-column="failed">{unit.funnel.failed}</td>
                <td data-column="median">{formatDuration(unit.medianSecondsToDelivery, t)}</td>
                <td data-column="field-issues">{unit.fieldIssues}</td>
                <td data-column="open-queue">{unit.openQueueItems}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
