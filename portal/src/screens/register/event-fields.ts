import { isoDate, notFuture, required, time } from '../../forms/field-rules.ts';
import type { FieldSpec } from '../../forms/form-spec.ts';

export const SEXES = ['female', 'male', 'transgender'] as const;

/** The date (required, not in the future, India time) and time of a birth or death. */
export function eventDateFields(eventKey: 'birth' | 'death'): FieldSpec[] {
  const base = `declaration.${eventKey}`;

  return [
    {
      path: `${base}.date`,
      label: `${eventKey}Date`,
      kind: 'date',
      rules: [required, isoDate, notFuture(`${base}.time`)],
    },
    { path: `${base}.time`, label: `${eventKey}Time`, kind: 'time', rules: [time] },
  ];
}
