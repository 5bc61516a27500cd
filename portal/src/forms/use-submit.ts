import { useState, type FormEvent } from 'react';
import { ApiError, type FieldIssue } from '../api.ts';
import { FORM_TEXT } from './form-messages.ts';
import type { FieldError } from './form-spec.ts';
import type { DraftForm } from './use-draft-form.ts';

export interface Submission {
  failure: FieldError | null;
  isSending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

function focusFirstError(): void {
  setTimeout(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

/**
 * Sends a draft form: every field checked in the browser first; then `send`; a refusal puts
 * the server's issues under their fields (through `toFormIssues` when the server names them
 * otherwise) and its message above the button; the draft is kept until `send` succeeds.
 */
export function useSubmit(
  form: DraftForm,
  send: () => Promise<void>,
  toFormIssues: (issues: FieldIssue[]) => FieldIssue[] = (issues) => issues,
): Submission {
  const [failure, setFailure] = useState<FieldError | null>(null);
  const [isSending, setSending] = useState(false);

  async function submit(): Promise<void> {
    setFailure(null);
    if (!form.checkAll()) {
      setFailure(FORM_TEXT.fixFields);
      focusFirstError();
      return;
    }

    setSending(true);
    try {
      await send();
      form.discardDraft();
    } catch (error) {
      const refusal = error instanceof ApiError ? error : new ApiError(0, undefined);
      form.showServerIssues(toFormIssues(refusal.issues));
      setFailure(refusal.status === 0 ? FORM_TEXT.networkKept : refusal.bilingual);
      focusFirstError();
    } finally {
      setSending(false);
    }
  }

  return {
    failure,
    isSending,
    onSubmit: (event) => {
      event.preventDefault();
      void submit();
    },
  };
}
