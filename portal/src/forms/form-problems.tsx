import { useBilingual } from '../i18n.tsx';
import type { FieldError } from './form-spec.ts';
import type { DraftForm } from './use-draft-form.ts';

/** Above the button: why the form was not accepted, and server issues that fit no field. */
export function FormProblems({ form, failure }: { form: DraftForm; failure: FieldError | null }) {
  const pick = useBilingual();
  if (!failure && form.otherIssues.length === 0) return null;

  return (
    <div role="alert" className="card error-summary">
      {failure && <p>{pick(failure)}</p>}
      {form.otherIssues.map((issue) => (
        <p key={issue.en}>{pick(issue)}</p>
      ))}
    </div>
  );
}
