import type { SectionSpec } from '../../forms/form-spec.ts';
import { birthSections } from './birth-sections.ts';
import { deathSections } from './death-sections.ts';

export type EventType = 'birth' | 'still_birth' | 'death';

export const EVENT_TYPES: readonly EventType[] = ['birth', 'still_birth', 'death'];

/** The sections of Form 1 (birth), 3 (still-birth) or 2 (death) with its statistical part. */
export const SECTIONS: Record<EventType, SectionSpec[]> = {
  birth: birthSections(false),
  still_birth: birthSections(true),
  death: deathSections(),
};

/** What a new form starts with: messages in Telugu, the usual place a facility. */
export function initialValues(eventType: EventType): Record<string, string> {
  const eventKey = eventType === 'death' ? 'death' : 'birth';

  return {
    'declaration.informant.language': 'te',
    [`declaration.${eventKey}.place.type`]: 'facility',
  };
}
