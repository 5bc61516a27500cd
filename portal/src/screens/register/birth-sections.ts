import { required, requiredWithGroup, wholeNumber } from '../../forms/field-rules.ts';
import type { FieldSpec, SectionSpec } from '../../forms/form-spec.ts';
import { eventDateFields, SEXES } from './event-fields.ts';
import {
  aadhaarField,
  addressFields,
  informantFields,
  nameFields,
  placeFields,
} from './person-fields.ts';

function parentSections(): SectionSpec[] {
  return [
    {
      title: 'sectionMother',
      fields: [
        ...nameFields({ path: 'declaration.mother.name', label: 'motherName', isRequired: true }),
        aadhaarField('declaration.mother.aadhaar'),
      ],
    },
    {
      title: 'sectionFather',
      note: 'fatherNote',
      fields: [
        ...nameFields({
          path: 'declaration.father.name',
          label: 'fatherName',
          groupPrefix: 'declaration.father.',
        }),
        aadhaarField('declaration.father.aadhaar'),
      ],
    },
    {
      title: 'sectionAddresses',
      fields: [
        ...addressFields({
          path: 'declaration.addressAtBirth',
          label: 'addressAtBirth',
          isRequired: true,
        }),
        ...addressFields({
          path: 'declaration.permanentAddress',
          label: 'permanentAddress',
          isRequired: true,
        }),
      ],
    },
  ];
}

function birthStatistics(isStillBirth: boolean): SectionSpec {
  const plurality = 'statistical.multipleBirth.';

  return {
    title: 'sectionStatistics',
    note: 'statisticsNote',
    fields: [
      {
        path: 'statistical.attendantAtBirth',
        label: 'attendant',
        kind: 'select',
        options: [
          'institutional_doctor',
          'nurse_midwife',
          'traditional_birth_attendant',
          'relative',
          'other',
          'none',
        ],
        rules: [],
      },
      {
        path: 'statistical.deliveryType',
        label: 'delivery',
        kind: 'select',
        options: ['normal', 'caesarean', 'forceps_vacuum'],
        rules: [],
      },
      {
        path: 'statistical.birthWeightGrams',
        label: 'weight',
        kind: 'number',
        rules: [wholeNumber(200, 7000)],
      },
      {
        path: 'statistical.gestationWeeks',
        label: 'gestation',
        kind: 'number',
        rules: isStillBirth ? [required, wholeNumber(12, 45)] : [wholeNumber(12, 45)],
        hint: isStillBirth ? 'gestationStillHint' : undefined,
      },
      {
        path: 'statistical.motherAgeYears',
        label: 'motherAge',
        kind: 'number',
        rules: [wholeNumber(10, 65)],
      },
      {
        path: 'statistical.birthOrder',
        label: 'birthOrder',
        kind: 'number',
        rules: [wholeNumber(1, 20)],
      },
      {
        path: `${plurality}plurality`,
        label: 'plurality',
        kind: 'number',
        rules: [requiredWithGroup(plurality), wholeNumber(2, 5)],
      },
      {
        path: `${plurality}order`,
        label: 'pluralityOrder',
        kind: 'number',
        rules: [requiredWithGroup(plurality), wholeNumber(1, 5)],
      },
    ],
  };
}

/** Form 1 (a live birth) or Form 3 (a still birth), with the statistical part. */
export function birthSections(isStillBirth: boolean): SectionSpec[] {
  const childFields: FieldSpec[] = isStillBirth
    ? [
        {
          path: 'declaration.child.sex',
          label: 'sex',
          kind: 'select',
          options: [...SEXES, 'indeterminate'],
          rules: [required],
        },
      ]
    : [
        ...nameFields({ path: 'declaration.child.name', label: 'childName' }),
        {
          path: 'declaration.child.sex',
          label: 'sex',
          kind: 'select',
          options: SEXES,
          rules: [required],
        },
      ];

  return [
    {
      title: isStillBirth ? 'sectionStillBirth' : 'sectionChild',
      note: isStillBirth ? undefined : 'childNameNote',
      fields: childFields,
    },
    {
      title: 'sectionEvent',
      fields: [...eventDateFields('birth'), ...placeFields('declaration.birth.place')],
    },
    ...parentSections(),
    { title: 'sectionInformant', fields: informantFields() },
    birthStatistics(isStillBirth),
  ];
}
