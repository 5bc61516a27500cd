import {
  aadhaar,
  latin,
  maxLength,
  mobile,
  pincode,
  required,
  requiredWithGroup,
  telugu,
  type FieldValues,
} from '../../forms/field-rules.ts';
import type { FieldSpec } from '../../forms/form-spec.ts';

/** The server's longest name and address (birth-declaration.ts). */
const NAME_MAX_CHARS = 100;
const ADDRESS_MAX_CHARS = 160;

/**
 * A name in English and Telugu at `path` (`declaration.mother.name`). English is required when
 * the person is (`isRequired`), or once any detail of an optional person (`groupPrefix`) is given.
 */
export function nameFields(options: {
  path: string;
  label: string;
  isRequired?: boolean;
  groupPrefix?: string;
}): FieldSpec[] {
  const presence = options.isRequired
    ? [required]
    : options.groupPrefix
      ? [requiredWithGroup(options.groupPrefix)]
      : [];

  return [
    {
      path: `${options.path}.en`,
      label: `${options.label}En`,
      kind: 'text',
      rules: [...presence, latin, maxLength(NAME_MAX_CHARS)],
    },
    {
      path: `${options.path}.te`,
      label: `${options.label}Te`,
      kind: 'telugu',
      rules: [telugu, maxLength(NAME_MAX_CHARS)],
      hint: 'teluguNameHint',
    },
  ];
}

/** An Aadhaar number, optional everywhere: stored encrypted, shown masked. */
export function aadhaarField(path: string): FieldSpec {
  return { path, label: 'aadhaar', kind: 'aadhaar', rules: [aadhaar], hint: 'aadhaarHint' };
}

/** An address in English (required when the address is) and Telugu, with its PIN code. */
export function addressFields(options: {
  path: string;
  label: string;
  isRequired?: boolean;
  when?: (values: FieldValues) => boolean;
}): FieldSpec[] {
  const presence = options.isRequired ? [required] : [requiredWithGroup(`${options.path}.`)];

  return [
    {
      path: `${options.path}.en`,
      label: `${options.label}En`,
      kind: 'textarea',
      rules: [...presence, latin, maxLength(ADDRESS_MAX_CHARS)],
      when: options.when,
      isNewRow: true,
    },
    {
      path: `${options.path}.te`,
      label: `${options.label}Te`,
      kind: 'textarea',
      rules: [telugu, maxLength(ADDRESS_MAX_CHARS)],
      when: options.when,
    },
    {
      path: `${options.path}.pincode`,
      label: 'pincode',
      kind: 'digits',
      rules: [pincode],
      when: options.when,
    },
  ];
}

/** Where the event happened (at `base`): a facility of the unit from the picker, else an address. */
export function placeFields(base: string): FieldSpec[] {
  const isFacility = (values: FieldValues) => values[`${base}.type`] === 'facility';
  const isAddress = (values: FieldValues) =>
    values[`${base}.type`] === 'home' || values[`${base}.type`] === 'other';

  return [
    {
      path: `${base}.type`,
      label: 'placeType',
      kind: 'select',
      options: ['facility', 'home', 'other'],
      rules: [required],
    },
    {
      path: `${base}.facilityId`,
      label: 'facility',
      kind: 'select',
      options: [],
      rules: [required],
      when: isFacility,
    },
    ...addressFields({
      path: `${base}.address`,
      label: 'placeAddress',
      isRequired: true,
      when: isAddress,
    }),
  ];
}

/** The informant: who reported, the WhatsApp number that receives the certificate, its language. */
export function informantFields(): FieldSpec[] {
  return [
    ...nameFields({ path: 'declaration.informant.name', label: 'informantName', isRequired: true }),
    {
      path: 'declaration.informant.relation',
      label: 'relation',
      kind: 'select',
      options: ['mother', 'father', 'relative', 'medical_officer', 'other'],
      rules: [required],
    },
    {
      path: 'declaration.informant.mobile',
      label: 'mobile',
      kind: 'tel',
      rules: [required, mobile],
      hint: 'mobileHint',
    },
    {
      path: 'declaration.informant.language',
      label: 'language',
      kind: 'select',
      options: ['te', 'en'],
      rules: [required],
    },
    aadhaarField('declaration.informant.aadhaar'),
  ];
}
