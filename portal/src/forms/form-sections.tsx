import { latinToTelugu } from '../../../src/registry/transliterate-name.ts';
import type { FieldValues } from './field-rules.ts';
import { FormField } from './form-field.tsx';
import { isShown, type SectionSpec } from './form-spec.ts';
import type { DraftForm } from './use-draft-form.ts';

interface FormSectionsProps {
  sections: SectionSpec[];
  form: DraftForm;
  say: (key: string, params?: Record<string, string | number>) => string;
  /** Choices known only at run time, by field path. */
  options?: Record<string, { value: string; text: string }[]>;
  /** The level of the sections' headings, to keep headings in order on the page. */
  level?: 2 | 3;
}

/** The sections of a form as fieldsets, each field with its label, hint and error. */
export function FormSections({ sections, form, say, options = {}, level = 2 }: FormSectionsProps) {
  const Heading = level === 2 ? 'h2' : 'h3';

  return (
    <>
      {sections.map((section) => (
        <fieldset
          key={section.title}
          className={`card form-section${section.isRestricted ? ' restricted' : ''}`}
        >
          <legend>
            <Heading>{say(section.title)}</Heading>
          </legend>
          {section.isRestricted && <p className="restricted-label">{say('restricted')}</p>}
          {section.note && <p className="section-note">{say(section.note)}</p>}
          <div className="form-grid">
            {section.fields
              .filter((field) => isShown(field, form.values))
              .map((field) => (
                <div
                  key={field.path}
                  className={field.isNewRow ? 'form-cell new-row' : 'form-cell'}
                >
                  <FormField field={field} form={form} say={say} options={options[field.path]} />
                  {field.path.endsWith('.name.te') && (
                    <NameProposal path={field.path} form={form} say={say} />
                  )}
                </div>
              ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

/**
 * The Telugu spelling Patra proposes for an English name (the server's own transliteration,
 * src/registry/transliterate-name.ts): the registrar uses it, corrects it, or leaves it to be
 * confirmed later.
 */
function NameProposal({
  path,
  form,
  say,
}: {
  path: string;
  form: DraftForm;
  say: FormSectionsProps['say'];
}) {
  const proposal = proposeTelugu(form.values, path);
  if (!proposal) return null;

  return (
    <div className="name-proposal" data-testid={`proposal-${path}`}>
      <p lang="te">{say('proposal', { name: proposal })}</p>
      <button type="button" className="secondary" onClick={() => form.setValue(path, proposal)}>
        {say('useProposal')}
      </button>
      <p className="field-hint">{say('proposalNote')}</p>
    </div>
  );
}

function proposeTelugu(values: FieldValues, tePath: string): string {
  const english = (values[tePath.replace(/\.te$/, '.en')] ?? '').trim();
  if (!english || (values[tePath] ?? '').trim() !== '' || !/^[\x20-\x7E]+$/.test(english))
    return '';

  return latinToTelugu(english);
}
