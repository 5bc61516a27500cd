import type { EventType } from './load-record-for.ts';
import { toWaId } from './phone.ts';

/** The facts of an event that the lifecycle needs, read from a (possibly partial) legal part. */
export interface EventFacts {
  eventDate: string;
  eventTime: string | undefined;
  place: { type: string; facilityId?: string };
  requestedUnit: string | undefined;
  /** The mother (births, still-births) or the deceased (deaths), in English, where given. */
  personNameEn: string | undefined;
  sex: string | undefined;
  informantWaId: string | undefined;
  informantLanguage: 'te' | 'en';
}

type Loose = Record<string, unknown> | undefined;

const field = (value: Loose, key: string): Loose => value?.[key] as Loose;
const text = (value: Loose, key: string): string | undefined => {
  const found = value?.[key];

  return typeof found === 'string' ? found : undefined;
};

/**
 * Reads the event's date, place, person and informant from a validated legal part. Births and
 * still-births keep the event under `birth` and the person is the mother; deaths keep it under
 * `death` and the person is the deceased.
 */
export function eventFacts(eventType: EventType, declaration: Record<string, unknown>): EventFacts {
  const event = field(declaration, eventType === 'death' ? 'death' : 'birth');
  const person =
    eventType === 'death' ? field(declaration, 'deceased') : field(declaration, 'mother');
  const subject = eventType === 'death' ? person : field(declaration, 'child');
  const informant = field(declaration, 'informant');
  const mobile = text(informant, 'mobile');

  return {
    eventDate: text(event, 'date') ?? '',
    eventTime: text(event, 'time'),
    place: (field(event, 'place') as EventFacts['place'] | undefined) ?? { type: 'unknown' },
    requestedUnit: text(declaration, 'unitCode')?.toUpperCase(),
    personNameEn: text(field(person, 'name'), 'en'),
    sex: text(subject, 'sex'),
    informantWaId: mobile === undefined ? undefined : toWaId(mobile),
    informantLanguage: text(informant, 'language') === 'en' ? 'en' : 'te',
  };
}
