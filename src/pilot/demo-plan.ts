/** What happens to a demo certificate on the stand-in: it arrives, or the send fails. */
export type DemoOutcome = 'delivered' | 'undeliverable' | 'media-error';

/** One demo event: where, what, how many days ago it was registered, how late it was reported. */
export interface DemoEvent {
  unitCode: string;
  eventType: 'birth' | 'still_birth' | 'death';
  registeredDaysAgo: number;
  /** Days from the event to its report (and registration): over 21 needs the late fee, over 30 the permission too. */
  delayDays: number;
  outcome: DemoOutcome;
}

type Row = [
  unitCode: string,
  eventType: DemoEvent['eventType'],
  registeredDaysAgo: number,
  delayDays: number,
  outcome?: DemoOutcome,
];

// Four weeks of a small pilot: Tenali Municipality (two health facilities) busiest, the gram
// panchayats with home births; a still-birth, deaths with a cause, three late reports, one
// needing the District Registrar's permission, and two sends that fail.
const ROWS: Row[] = [
  ['TNL-M', 'birth', 26, 3],
  ['TNL-M', 'birth', 25, 2],
  ['TNL-M', 'death', 24, 1],
  ['TNL-M', 'birth', 21, 5],
  ['TNL-M', 'birth', 18, 25],
  ['TNL-M', 'birth', 14, 4],
  ['TNL-M', 'still_birth', 12, 1],
  ['TNL-M', 'birth', 10, 2],
  ['TNL-M', 'birth', 8, 6, 'undeliverable'],
  ['TNL-M', 'death', 6, 2],
  ['TNL-M', 'birth', 4, 3],
  ['TNL-M', 'birth', 2, 1],
  ['TNL-M', 'birth', 1, 9],
  ['TNL-M', 'birth', 0, 2],
  ['TNL-GP-ANG', 'birth', 26, 7],
  ['TNL-GP-ANG', 'birth', 19, 12],
  ['TNL-GP-ANG', 'death', 15, 3],
  ['TNL-GP-ANG', 'birth', 9, 60],
  ['TNL-GP-ANG', 'birth', 3, 5],
  ['TNL-GP-ANG', 'birth', 0, 1],
  ['TNL-GP-NDV', 'birth', 23, 4],
  ['TNL-GP-NDV', 'birth', 16, 27],
  ['TNL-GP-NDV', 'birth', 11, 8, 'media-error'],
  ['TNL-GP-NDV', 'death', 5, 2],
  ['TNL-GP-NDV', 'birth', 1, 3],
  ['TNL-GP-KLK', 'birth', 22, 6],
  ['TNL-GP-KLK', 'birth', 13, 2],
  ['TNL-GP-KLK', 'birth', 7, 10],
  ['TNL-GP-KLK', 'death', 2, 1],
  ['TNL-GP-BRP', 'birth', 20, 5],
  ['TNL-GP-BRP', 'birth', 12, 3],
  ['TNL-GP-BRP', 'birth', 3, 14],
];

/** The demo's events in the order they are registered, oldest first. */
export const DEMO_EVENTS: DemoEvent[] = ROWS.map(
  ([unitCode, eventType, registeredDaysAgo, delayDays, outcome]) => ({
    unitCode,
    eventType,
    registeredDaysAgo,
    delayDays,
    outcome: outcome ?? 'delivered',
  }),
).sort((a, b) => b.registeredDaysAgo - a.registeredDaysAgo);

/**
 * The informant's WhatsApp number of the n-th demo event: the stand-in's fake range around
 * its phone simulator's default number (+91 98765 43210), one per record, so every demo
 * record's certificate can be opened in the simulator and a restart can tell what it made.
 */
export function demoNumber(index: number): string {
  return `9198765${String(43_300 + index).padStart(5, '0')}`;
}

/** Problems the demo's citizens report over WhatsApp, with the event they concern. */
export const DEMO_FIELD_ISSUES: { eventIndex: number; text: string }[] = [
  { eventIndex: 6, text: 'సర్టిఫికెట్‌లో తండ్రి పేరు తప్పుగా ఉంది' },
  { eventIndex: 15, text: 'The PDF does not open on my phone' },
  { eventIndex: 18, text: 'ధృవపత్రంలో పుట్టిన సమయం తప్పుగా ఉంది' },
];
