import { useMemo, useState } from 'react';
import { api, type FieldIssue } from '../../api.ts';
import { FormProblems } from '../../forms/form-problems.tsx';
import { FormSections } from '../../forms/form-sections.tsx';
import { useDraftForm, type DraftForm } from '../../forms/use-draft-form.ts';
import { useSay } from '../../forms/use-say.ts';
import { useSubmit } from '../../forms/use-submit.ts';
import { href } from '../../router.tsx';
import { CORRECTION_TEXT } from '../correction-messages.ts';
import { flattenDeclaration } from '../register/field-labels.ts';
import { REGISTER_TEXT } from '../register/register-messages.ts';
import { CHANGE_PATH, changeBody, changeSections, type ChangeKind } from './correction-specs.ts';
import { valueFields } from './correction-values.ts';

const TEXT = { ...REGISTER_TEXT, ...CORRECTION_TEXT };

export interface RecordToChange {
  id: string;
  eventType: string;
  declaration: unknown;
}

interface Answer {
  certificateId?: string;
  linked?: string[];
}

/**
 * The server names a bad entry by its place in the whole declaration (`mother.name.en`), in
 * the request (`changes.0.value.en`) or, for a confirmed name, as `name.te`; the form shows
 * the corrected value at `value`.
 */
function toFormIssues(issues: FieldIssue[], field: string): FieldIssue[] {
  return issues.map((issue) => {
    const inRequest = issue.field.replace(/^changes\.0\./, '').replace(/^name\b/, field || 'name');
    const inDeclaration =
      field && (inRequest === field || inRequest.startsWith(`${field}.`))
        ? `value${inRequest.slice(field.length)}`
        : inRequest;

    return { ...issue, field: inDeclaration };
  });
}

/** Fills the corrected value's inputs with the entry as it stands, to be edited. */
function prefill(form: DraftForm, record: RecordToChange, field: string): void {
  const current = flattenDeclaration(record.declaration);
  for (const spec of valueFields(field)) {
    const stored = current.get(spec.path.replace(/^value/, field));
    form.setValue(spec.path, stored ?? '');
  }
}

/**
 * The form of one change; choosing the entry to correct brings its inputs, filled with the
 * entry as it stands.
 */
function useChangeForm(kind: ChangeKind, record: RecordToChange) {
  const [field, setField] = useState('');
  const sections = useMemo(
    () => changeSections(kind, record.eventType, field),
    [kind, record.eventType, field],
  );
  const form = useDraftForm(`correction.${record.id}.${kind}`, sections);
  const chosen = form.values.field ?? '';
  if (chosen !== field) setField(chosen);

  const withPrefill: DraftForm = {
    ...form,
    setValue: (path, value) => {
      form.setValue(path, value);
      if (path === 'field' && value) prefill(form, record, value);
    },
  };

  return { form: withPrefill, sections, field };
}

/** One change to a registered entry: its legal basis, its form, and the server's answer. */
export function CorrectionForm({ kind, record, facilities }: CorrectionFormProps) {
  const say = useSay(TEXT);
  const { form, sections, field } = useChangeForm(kind, record);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const { failure, isSending, onSubmit } = useSubmit(
    form,
    async () => {
      const body = changeBody(kind, sections, form.values);
      const path = `/api/v1/records/${record.id}/${CHANGE_PATH[kind]}`;
      setAnswer(await api<Answer>(path, { method: 'POST', body }));
    },
    (issues) => toFormIssues(issues, kind === 'name' ? '' : field),
  );

  if (answer) return <ChangeAnswer answer={answer} recordId={record.id} say={say} />;

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="change-title">
      <h2 id="change-title">{say(`kind.${kind}`)}</h2>
      <p className="legal-basis">{say(`basis.${kind}`)}</p>
      <FormSections
        sections={sections}
        form={form}
        say={say}
        options={{ 'value.facilityId': facilities }}
        level={3}
      />
      <FormProblems form={form} failure={failure} />
      <div className="form-actions">
        <button type="submit" disabled={isSending}>
          {isSending ? say('sending') : say('submit')}
        </button>
      </div>
    </form>
  );
}

interface CorrectionFormProps {
  kind: ChangeKind;
  record: RecordToChange;
  facilities: { value: string; text: string }[];
}

function ChangeAnswer(props: { answer: Answer; recordId: string; say: ReturnType<typeof useSay> }) {
  const { answer, recordId, say } = props;

  return (
    <section className="card" role="status" data-testid="change-answer">
      <p className="good">{say('done')}</p>
      {answer.certificateId && <p>{say('newCertificate')}</p>}
      {answer.linked && <p>{say('linkedNow', { numbers: answer.linked.join(', ') })}</p>}
      <a className="button-link" href={href('records', recordId)}>
        {say('backToRecord')}
      </a>
    </section>
  );
}
