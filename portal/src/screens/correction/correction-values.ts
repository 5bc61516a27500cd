import { isoDate, notFuture, required, time, wholeNumber } from '../../forms/field-rules.ts';
import type { FieldSpec } from '../../forms/form-spec.ts';
import { SEXES } from '../register/event-fields.ts';
import { addressFields, nameFields, placeFields } from '../register/person-fields.ts';

/** The entries a correction may change by event type (src/registry/correct-record.ts). */
export const CORRECTABLE: Record<string, readonly string[]> = {
  birth: [
    'child.name',
    'child.sex',
    'birth.date',
    'birth.time',
    'birth.place',
    'mother.name',
    'father.name',
    'addressAtBirth',
    'permanentAddress',
    'informant.name',
    'informant.relation',
  ],
  still_birth: [
    'child.sex',
    'birth.date',
    'birth.time',
    'birth.place',
    'mother.name',
    'father.name',
    'addressAtBirth',
    'permanentAddress',
    'informant.name',
    'informant.relation',
  ],
  death: [
    'deceased.name',
    'deceased.sex',
    'deceased.age',
    'death.date',
    'death.time',
    'death.place',
    'spouse.name',
    'mother.name',
    'father.name',
    'addressAtDeath',
    'permanentAddress',
    'informant.name',
    'informant.relation',
  ],
};

/** The inputs of a corrected value at `value`, by the entry corrected. */
export function valueFields(field: string): FieldSpec[] {
  const [head = '', tail = ''] = field.split('.');
  if (tail === 'name') return nameFields({ path: 'value', label: `${head}Name`, isRequired: true });
  if (tail === 'sex')
    return [
      { path: 'value', label: 'sex', kind: 'select', options: [...SEXES], rules: [required] },
    ];
  if (tail === 'date')
    return [
      {
        path: 'value',
        label: `${head}Date`,
        kind: 'date',
        rules: [required, isoDate, notFuture()],
      },
    ];
  if (tail === 'time')
    return [{ path: 'value', label: `${head}Time`, kind: 'time', rules: [required, time] }];
  if (tail === 'place') return placeFields('value');
  if (tail === 'relation') {
    return [
      {
        path: 'value',
        label: 'relation',
        kind: 'select',
        options: ['mother', 'father', 'relative', 'medical_officer', 'other'],
        rules: [required],
      },
    ];
  }
  if (tail === 'age') {
    return [
      {
        path: 'value.years',
        label: 'ageYears',
        kind: 'number',
        rules: [required, wholeNumber(0, 130)],
      },
      { path: 'value.months', label: 'ageMonths', kind: 'number', rules: [wholeNumber(0, 11)] },
      { path: 'value.days', label: 'ageDays', kind: 'number', rules: [wholeNumber(0, 30)] },
    ];
  }

  return addressFields({ path: 'value', label: head, isRequired: true });
}
