import { AppError } from '../shared/app-error.ts';
import type { Language } from '../messages/whatsapp.ts';

/** One approved message template as registered with Meta (whatsapp-cloud-api.md §1.5, §2.2). */
export interface TemplateDefinition {
  name: string;
  language: Language;
  category: 'UTILITY' | 'AUTHENTICATION';
  header: 'DOCUMENT' | 'NONE';
  bodyParameterCount: number;
  /** Parameters of URL or copy-code buttons (an OTP's copy button takes the code). */
  buttonParameterCount: number;
  status: 'APPROVED' | 'PAUSED' | 'DISABLED';
}

/** The templates Patra uses, in Telugu and English. Their texts live in Meta's template manager. */
export const TEMPLATES: readonly TemplateDefinition[] = (['te', 'en'] as const).flatMap((language) => [
  { name: 'certificate_ready', language, category: 'UTILITY', header: 'DOCUMENT', bodyParameterCount: 2, buttonParameterCount: 0, status: 'APPROVED' },
  { name: 'death_certificate_ready', language, category: 'UTILITY', header: 'DOCUMENT', bodyParameterCount: 2, buttonParameterCount: 0, status: 'APPROVED' },
  { name: 'still_birth_extract_ready', language, category: 'UTILITY', header: 'DOCUMENT', bodyParameterCount: 1, buttonParameterCount: 0, status: 'APPROVED' },
  { name: 'one_time_code', language, category: 'AUTHENTICATION', header: 'NONE', bodyParameterCount: 1, buttonParameterCount: 1, status: 'APPROVED' },
] as const);

const MAX_CONSECUTIVE_SPACES = 4;

/**
 * Checks a template send before it leaves, so Meta never answers 132000/132001 or refuses a
 * parameter: the template exists and is approved in that language, the counts of body and
 * button parameters match, and no parameter is empty, holds a newline or tab, or more than
 * four spaces in a row. Fails with VALIDATION_FAILED naming the parameter.
 */
export function checkTemplateSend(send: {
  name: string;
  language: Language;
  bodyParameters: string[];
  buttonParameters?: string[];
}): TemplateDefinition {
  const template = TEMPLATES.find((t) => t.name === send.name && t.language === send.language);
  if (!template || template.status !== 'APPROVED') {
    throw new AppError('VALIDATION_FAILED', `template ${send.name} is not usable in ${send.language}`);
  }
  const buttonParameters = send.buttonParameters ?? [];
  if (send.bodyParameters.length !== template.bodyParameterCount || buttonParameters.length !== template.buttonParameterCount) {
    throw new AppError(
      'VALIDATION_FAILED',
      `template ${send.name} takes ${template.bodyParameterCount} body and ${template.buttonParameterCount} button parameters`,
    );
  }

  checkParameters('body', send.bodyParameters);
  checkParameters('button', buttonParameters);

  return template;
}

function checkParameters(component: 'body' | 'button', parameters: string[]): void {
  parameters.forEach((text, index) => {
    const problem = parameterProblem(text);
    if (problem) {
      throw new AppError('VALIDATION_FAILED', `template ${component} parameter ${index + 1} ${problem}`, {
        issues: [{ field: `${component}.${index + 1}`, message: problem }],
      });
    }
  });
}

function parameterProblem(text: string): string | undefined {
  if (text.trim() === '') return 'is empty';
  if (/[\n\t]/.test(text)) return 'holds a newline or tab';
  if (text.includes(' '.repeat(MAX_CONSECUTIVE_SPACES + 1))) return 'holds more than four spaces in a row';

  return undefined;
}
