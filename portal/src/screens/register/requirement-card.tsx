import { api } from '../../api.ts';
import { FormProblems } from '../../forms/form-problems.tsx';
import { isoDate, notFuture, required, wholeNumber } from '../../forms/field-rules.ts';
import { FormSections } from '../../forms/form-sections.tsx';
import { buildBody, type FieldError, type SectionSpec } from '../../forms/form-spec.ts';
import { useDraftForm } from '../../forms/use-draft-form.ts';
import { useSay } from '../../forms/use-say.ts';
import { useSubmit } from '../../forms/use-submit.ts';
import { useBilingual } from '../../i18n.tsx';
import { useSession } from '../../session.tsx';
import { REQUIREMENT_TEXT } from './requirement-messages.ts';

export type RequirementKind = 'late_fee' | 'permission' | 'affidavit' | 'magistrate_order';

const date = (path: string, label: string) => ({
  path,
  label,
  kind: 'date' as const,
  rules: [required, isoDate, notFuture()],
});
const text = (path: string, label: string) => ({
  path,
  label,
  kind: 'text' as const,
  rules: [required],
});

/** What each requirement records, as `PUT /api/v1/records/:id/requirements/<kind>` takes it. */
const FIELDS: Record<RequirementKind, SectionSpec['fields']> = {
  late_fee: [
    {
      path: 'amountRupees',
      label: 'amountRupees',
      kind: 'number',
      rules: [required, wholeNumber(1, 1_000_000)],
    },
    text('receiptNumber', 'receiptNumber'),
    date('paidOn', 'paidOn'),
  ],
  permission: [text('reference', 'reference'), date('grantedOn', 'grantedOn')],
  affidavit: [
    {
      path: 'swornBefore',
      label: 'swornBefore',
      kind: 'select',
      options: ['notary_public', 'authorised_officer'],
      rules: [required],
    },
    text('reference', 'reference'),
    date('swornOn', 'swornOn'),
  ],
  magistrate_order: [
    {
      path: 'authority',
      label: 'authority',
      kind: 'select',
      options: ['district_magistrate', 'sub_divisional_magistrate', 'executive_magistrate'],
      rules: [required],
    },
    text('orderNumber', 'orderNumber'),
    date('orderedOn', 'orderedOn'),
  ],
};

const sectionsOf = (kind: RequirementKind): SectionSpec[] => [
  {
    title: `kind.${kind}`,
    fields: FIELDS[kind],
    note: kind === 'permission' ? 'permissionNote' : undefined,
  },
];

const SECTIONS: Record<RequirementKind, SectionSpec[]> = {
  late_fee: sectionsOf('late_fee'),
  permission: sectionsOf('permission'),
  affidavit: sectionsOf('affidavit'),
  magistrate_order: sectionsOf('magistrate_order'),
};

interface RequirementCardProps {
  recordId: string;
  kind: RequirementKind;
  isRecorded: boolean;
  /** The server's word that this item is missing, from a refused registration. */
  missing?: FieldError;
  onRecorded: () => void;
}

/** One thing a delayed registration needs: recorded already, or a small form to record it. */
export function RequirementCard({
  recordId,
  kind,
  isRecorded,
  missing,
  onRecorded,
}: RequirementCardProps) {
  const say = useSay(REQUIREMENT_TEXT);
  const pick = useBilingual();
  const sections = SECTIONS[kind];
  const { user } = useSession();
  // Only the District Registrar grants the permission of s.13(2); others see that it waits.
  const canRecord = kind !== 'permission' || user?.role === 'district_registrar';
  const form = useDraftForm(`requirement.${recordId}.${kind}`, sections);
  const { failure, isSending, onSubmit } = useSubmit(form, async () => {
    const body = buildBody(sections, form.values);
    await api(`/api/v1/records/${recordId}/requirements/${kind}`, { method: 'PUT', body });
    onRecorded();
  });

  if (isRecorded || !canRecord) {
    return (
      <section className="card requirement" data-kind={kind}>
        <h2>{say(`kind.${kind}`)}</h2>
        <p className={isRecorded ? 'good' : undefined}>
          {isRecorded ? say('recorded') : say('permissionNote')}
        </p>
        {missing && !isRecorded && (
          <p role="alert" className="error">
            {pick(missing)}
          </p>
        )}
      </section>
    );
  }

  return (
    <form noValidate className="requirement" data-kind={kind} onSubmit={onSubmit}>
      <FormSections sections={sections} form={form} say={say} />
      {missing && (
        <p role="alert" className="error">
          {pick(missing)}
        </p>
      )}
      <FormProblems form={form} failure={failure} />
      <button type="submit" disabled={isSending}>
        {isSending ? say('saving') : say('save')}
      </button>
    </form>
  );
}
