import type { Translate } from '../i18n.tsx';
import type { DashboardTextKey } from './dashboard-messages.ts';

const MINUTE_S = 60;
const HOUR_S = 3600;
const DAY_S = 86_400;

/** A duration in the largest unit that keeps it readable: 45 s, 12 min, 3 h, 2 days. */
export function formatDuration(seconds: number | null, t: Translate<DashboardTextKey>): string {
  if (seconds === null) return t('none');
  if (seconds < 2 * MINUTE_S) return t('seconds', { n: Math.round(seconds) });
  if (seconds < 2 * HOUR_S) return t('minutes', { n: Math.round(seconds / MINUTE_S) });
  if (seconds < 2 * DAY_S) return t('hours', { n: Math.round(seconds / HOUR_S) });

  return t('days', { n: Math.round(seconds / DAY_S) });
}

/** A share 0..1 as a whole percent, or a dash when there is nothing to share. */
export function formatPercent(share: number | null, t: Translate<DashboardTextKey>): string {
  return share === null ? t('none') : `${Math.round(share * 100)}%`;
}
