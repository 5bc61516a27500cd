import {
  icd10,
  isoDate,
  maxLength,
  required,
  requiredWithGroup,
  wholeNumber,
} from '../../forms/field-rules.ts';
import type { FieldSpec, SectionSpec } from '../../forms/form-spec.ts';
import { eventDateFields, SEXES } from './event-fields.ts';
import {
  aadhaarField,
  addressFields,
  informantFields,
  nameFields,
  placeFields,
} from './person-fields.ts';

function relativeFields(who: 'spouse' | 'mother' | 'father'): FieldSpec[] {
  return nameFields({
    path: `declaration.${who}.name`,
    label: `${who}Name`,
    groupPrefix: `declaration.${who}.`,
  });
}

function causeOfDeathSection(): SectionSpec {
  const base = 'causeOfDeath.';
  const given = requiredWithGroup(base);

  return {
    title: 'sectionCause',
    note: 'causeNote',
    isRestricted: true,
    fields: [
      {
        path: `${base}form`,
        label: 'causeForm',
        kind: 'select',
        options: ['4', '4A'],
        rules: [given],
      },
      {
        path: `${base}immediateCause`,
        label: 'immediateCause',
        kind: 'text',
        rules: [given, maxLength(300)],
      },
      {
        path: `${base}antecedentCauses.0`,
        label: 'antecedentCause',
        kind: 'text',
        rules: [maxLength(300)],
      },
      {
        path: `${base}underlyingCause`,
        label: 'underlyingCause',
        kind: 'text',
        rules: [maxLength(300)],
      },
      {
        path: `${base}icd10Underlying`,
        label: 'icd10',
        kind: 'text',
        rules: [icd10],
        hint: 'icd10Hint',
      },
      {
        path: `${base}manner`,
        label: 'manner',
        kind: 'select',
        options: ['natural', 'accident', 'suicide', 'homicide', 'pending_investigation'],
        rules: [],
      },
      {
        path: `${base}certifiedBy`,
        label: 'certifiedBy',
        kind: 'text',
        rules: [given, maxLength(200)],
      },
      { path: `${base}certifiedOn`, label: 'certifiedOn', kind: 'date', rules: [given, isoDate] },
    ],
  };
}

/** Form 2 (a death) with its statistical part and Form 4/4A, the restricted cause of death. */
export function deathSections(): SectionSpec[] {
  const age = 'declaration.deceased.age';

  return [
    {
      title: 'sectionDeceased',
      fields: [
        ...nameFields({
          path: 'declaration.deceased.name',
          label: 'deceasedName',
          isRequired: true,
        }),
        {
          path: 'declaration.deceased.sex',
          label: 'sex',
          kind: 'select',
          options: SEXES,
          rules: [required],
        },
        {
          path: `${age}.years`,
          label: 'ageYears',
          kind: 'number',
          rules: [required, wholeNumber(0, 130)],
        },
        { path: `${age}.months`, label: 'ageMonths', kind: 'number', rules: [wholeNumber(0, 11)] },
        { path: `${age}.days`, label: 'ageDays', kind: 'number', rules: [wholeNumber(0, 30)] },
        aadhaarField('declaration.deceased.aadhaar'),
      ],
    },
    {
      title: 'sectionEvent',
      fields: [...eventDateFields('death'), ...placeFields('declaration.death.place')],
    },
    {
      title: 'sectionRelatives',
      fields: [
        ...relativeFields('spouse'),
        ...relativeFields('mother'),
        ...relativeFields('father'),
      ],
    },
    {
      title: 'sectionAddresses',
      fields: [
        ...addressFields({ path: 'declaration.addressAtDeath', label: 'addressAtDeath' }),
        ...addressFields({
          path: 'declaration.permanentAddress',
          label: 'permanentAddress',
          isRequired: true,
        }),
      ],
    },
    { title: 'sectionInformant', fields: informantFields() },
    {
      title: 'sectionStatistics',
      note: 'statisticsNote',
      fields: [
        {
          path: 'statistical.occupation',
          label: 'occupation',
          kind: 'text',
          rules: [maxLength(100)],
        },
        {
          path: 'statistical.medicalAttention',
          label: 'medicalAttention',
          kind: 'select',
          options: ['institutional', 'non_institutional', 'none'],
          rules: [],
        },
        {
          path: 'statistical.isMedicallyCertified',
          label: 'medicallyCertified',
          kind: 'yes-no',
          rules: [],
        },
      ],
    },
    causeOfDeathSection(),
  ];
}
