import { mobile, required, requiredWithGroup, wholeNumber } from '../../forms/field-rules.ts';
import { buildBody, type FieldSpec, type SectionSpec } from '../../forms/form-spec.ts';
import { nameFields } from '../register/person-fields.ts';
import { CORRECTABLE, valueFields } from './correction-values.ts';

export type ChangeKind = 'name' | 'confirm' | 'clerical' | 'fact' | 'cancellation' | 'contacts';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'name',
  'confirm',
  'clerical',
  'fact',
  'cancellation',
  'contacts',
];

const EVIDENCE_KINDS = ['document', 'affidavit', 'declaration', 'enquiry_report', 'court_order'];

function evidenceFields(rows: number): FieldSpec[] {
  return Array.from({ length: rows }, (_, index) => [
    {
      path: `evidence.${index}.kind`,
      label: 'evidenceKind',
      labelParams: { n: index + 1 },
      kind: 'select' as const,
      options: EVIDENCE_KINDS,
      rules: [requiredWithGroup(`evidence.${index}.`)],
    },
    {
      path: `evidence.${index}.reference`,
      label: 'evidenceReference',
      labelParams: { n: index + 1 },
      kind: 'textarea' as const,
      rules: [requiredWithGroup(`evidence.${index}.`)],
    },
  ]).flat();
}

function reasonSection(evidenceRows: number): SectionSpec {
  return {
    title: 'sectionReason',
    fields: [
      { path: 'reason', label: 'reason', kind: 'textarea', rules: [required] },
      ...evidenceFields(evidenceRows),
    ],
  };
}

const CONTACT_ROLES = ['informant', 'mother', 'father', 'spouse'];

function contactFields(list: 'add' | 'remove'): FieldSpec[] {
  const group = requiredWithGroup(`${list}.0.`);

  return [
    {
      path: `${list}.0.role`,
      label: 'role',
      kind: 'select',
      options: CONTACT_ROLES,
      rules: [group],
    },
    { path: `${list}.0.mobile`, label: 'mobile', kind: 'tel', rules: [group, mobile] },
  ];
}

/** Names whose second script Patra may have proposed (src/registry/confirm-name.ts). */
const NAMED: Record<string, readonly string[]> = {
  birth: ['child.name', 'mother.name', 'father.name', 'informant.name'],
  still_birth: ['mother.name', 'father.name', 'informant.name'],
  death: ['deceased.name', 'spouse.name', 'mother.name', 'father.name', 'informant.name'],
};

/** Confirming a proposed spelling: the name in both scripts, as the registrar accepts it. */
function confirmSection(eventType: string, field: string): SectionSpec {
  const picker: FieldSpec = {
    path: 'field',
    label: 'confirmField',
    kind: 'select',
    options: NAMED[eventType] ?? [],
    rules: [required],
  };
  const bothScripts = (field ? valueFields(field) : []).map((spec) =>
    spec.path === 'value.te'
      ? { ...spec, rules: [required, ...spec.rules], hint: undefined }
      : spec,
  );

  return { title: 'sectionConfirm', fields: [picker, ...bothScripts] };
}

/** The sections of each change; a correction's value inputs follow the entry chosen. */
export function changeSections(kind: ChangeKind, eventType: string, field: string): SectionSpec[] {
  switch (kind) {
    case 'name':
      return [
        {
          title: 'sectionName',
          fields: nameFields({ path: 'name', label: 'childName', isRequired: true }),
        },
        {
          title: 'sectionFee',
          note: 'feeNote',
          fields: [
            {
              path: 'fee.amountRupees',
              label: 'feeAmount',
              kind: 'number',
              rules: [requiredWithGroup('fee.'), wholeNumber(0, 1_000_000)],
            },
            {
              path: 'fee.receiptNumber',
              label: 'feeReceipt',
              kind: 'text',
              rules: [requiredWithGroup('fee.')],
            },
          ],
        },
      ];
    case 'confirm':
      return [confirmSection(eventType, field)];
    case 'clerical':
    case 'fact': {
      const picker: FieldSpec = {
        path: 'field',
        label: 'changeField',
        kind: 'select',
        options: CORRECTABLE[eventType] ?? [],
        rules: [required],
      };

      return [
        { title: 'sectionChange', fields: [picker, ...(field ? valueFields(field) : [])] },
        reasonSection(kind === 'fact' ? 3 : 2),
      ];
    }
    case 'cancellation':
      return [reasonSection(2)];
    case 'contacts':
      return [
        { title: 'sectionAdd', fields: contactFields('add') },
        { title: 'sectionRemove', fields: contactFields('remove') },
        {
          title: 'sectionReason',
          fields: [{ path: 'reason', label: 'reason', kind: 'textarea', rules: [required] }],
        },
      ];
  }
}

/** The route each change is posted to (src/http/routes/record-changes.ts). */
export const CHANGE_PATH: Record<ChangeKind, string> = {
  confirm: 'name-confirmations',
  name: 'name',
  clerical: 'corrections',
  fact: 'corrections',
  cancellation: 'cancellation',
  contacts: 'contacts',
};

/** The request body of a change from the form's values. */
export function changeBody(
  kind: ChangeKind,
  sections: SectionSpec[],
  values: Record<string, string>,
): unknown {
  const body = buildBody(sections, values);
  if (kind === 'confirm') return { field: values.field ?? '', name: body.value };
  if (kind !== 'clerical' && kind !== 'fact') return body;

  return {
    kind,
    changes: [{ field: values.field ?? '', value: body.value }],
    reason: body.reason,
    evidence: body.evidence ?? [],
  };
}
