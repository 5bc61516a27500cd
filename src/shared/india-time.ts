const INDIA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Kolkata',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const INDIA_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Kolkata',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const MS_PER_DAY = 86_400_000;

/** The time of day in India at an instant, as 'HH:MM' (24-hour). */
export function indiaTime(at: Date): string {
  return INDIA_TIME.format(at);
}

/** The calendar date in India (Asia/Kolkata) at an instant, as 'YYYY-MM-DD'. Legal dates are these. */
export function indiaDate(at: Date): string {
  return INDIA_DATE.format(at);
}

/** Whole calendar days from one 'YYYY-MM-DD' date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** A 'YYYY-MM-DD' date as printed on certificates and shown to people: 'DD-MM-YYYY'. */
export function formatIndianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');

  return `${day}-${month}-${year}`;
}
