import { useBilingual } from '../i18n.tsx';
import type { DraftForm } from './use-draft-form.ts';
import type { FieldSpec, InputKind } from './form-spec.ts';

const INPUT_TYPE: Partial<Record<InputKind, string>> = {
  date: 'date',
  time: 'time',
  number: 'text',
  digits: 'text',
  tel: 'tel',
};

const INPUT_MODE: Partial<Record<InputKind, 'numeric' | 'tel'>> = {
  number: 'numeric',
  digits: 'numeric',
  aadhaar: 'numeric',
  tel: 'tel',
};

/** An id an input and its error can share, from the value's dotted path. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]/g, '-')}`;
}

interface FormFieldProps {
  field: FieldSpec;
  form: DraftForm;
  /** The words of the field's label, hint and select options, in the chosen language. */
  say: (key: string, params?: Record<string, string | number>) => string;
  /** Options known only at run time (the unit's facilities), with their own words. */
  options?: { value: string; text: string }[];
}

/**
 * One labelled input bound to a draft form: checked when it loses focus, its error shown
 * under it with `aria-invalid` and `aria-describedby`.
 */
export function FormField({ field, form, say, options }: FormFieldProps) {
  const pick = useBilingual();
  const id = fieldId(field.path);
  const error = form.errors[field.path];
  const value = form.values[field.path] ?? '';
  const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: field.path,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onBlur: () => form.touch(field.path),
  };

  return (
    <div className={`form-field form-field-${field.kind}`}>
      <label htmlFor={id}>{say(field.label, field.labelParams)}</label>
      {field.kind === 'select' || field.kind === 'yes-no' ? (
        <select {...common} onChange={(event) => onPick(form, field.path, event.target.value)}>
          <option value="">{say('chooseOne')}</option>
          {(options ?? fixedOptions(field, say)).map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      ) : field.kind === 'textarea' ? (
        <textarea
          {...common}
          rows={2}
          onChange={(event) => form.setValue(field.path, event.target.value)}
        />
      ) : (
        <input
          {...common}
          type={INPUT_TYPE[field.kind] ?? 'text'}
          inputMode={INPUT_MODE[field.kind]}
          lang={field.kind === 'telugu' ? 'te' : undefined}
          onChange={(event) => form.setValue(field.path, event.target.value)}
        />
      )}
      {field.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {say(field.hint)}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {pick(error)}
        </p>
      )}
    </div>
  );
}

function fixedOptions(
  field: FieldSpec,
  say: (key: string) => string,
): { value: string; text: string }[] {
  const values = field.kind === 'yes-no' ? ['yes', 'no'] : (field.options ?? []);

  return values.map((value) => ({ value, text: say(`option.${value}`) }));
}

/** A choice is complete when made: check it at once rather than on blur. */
function onPick(form: DraftForm, path: string, value: string): void {
  form.setValue(path, value);
  form.touch(path);
}
