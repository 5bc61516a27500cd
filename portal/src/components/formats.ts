import type { Language } from '../i18n.tsx';

const INDIA = 'Asia/Kolkata';
const LOCALE: Record<Language, string> = { te: 'te-IN', en: 'en-IN' };

/** A legal date (YYYY-MM-DD, already a date in India) as people write it: 04-12-2026. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';

  const [year, month, day] = isoDate.slice(0, 10).split('-');

  return `${day ?? ''}-${month ?? ''}-${year ?? ''}`;
}

/** A moment (ISO timestamp) as a date and time in India, in the chosen language. */
export function formatMoment(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';

  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: INDIA,
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A name the server sent in both scripts, in the chosen one first, the other after it. */
export function formatName(
  name: { en?: string; te?: string } | null | undefined,
  language: Language,
): string {
  if (!name) return '';

  const first = language === 'te' ? (name.te ?? name.en) : (name.en ?? name.te);
  const second = language === 'te' ? name.en : name.te;

  return second && second !== first ? `${first ?? ''} (${second})` : (first ?? '');
}
