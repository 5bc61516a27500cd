import { randomBytes } from 'node:crypto';

/** Error titles by Graph code, as Meta's error-code table names them. */
const TITLES: Record<number, string> = {
  0: 'AuthException',
  2: 'Service temporarily unavailable',
  100: 'Invalid parameter',
  190: 'Invalid OAuth access token - Cannot parse access token',
  368: 'Temporarily blocked for policies violations',
  2500: 'Unknown path components',
  130429: 'Rate limit hit',
  131000: 'Something went wrong',
  131008: 'Required parameter is missing',
  131009: 'Parameter value is not valid',
  131026: 'Message undeliverable',
  131047: 'Re-engagement message',
  131051: 'Unsupported message type',
  131053: 'Media upload error',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  132000: 'Number of parameters does not match the expected number of params',
  132001: 'Template name does not exist in the translation',
  132005: 'Translated text too long',
  132007: 'Template Format Character Policy Violated',
  132012: 'Parameter format does not match format in the created template',
  132015: 'Template is Paused',
  132016: 'Template is disabled',
  132018: 'There was an issue with the parameters in your template.',
};

/** HTTP status by code where it is not 400 (contract §1.0 and §2.4). */
const HTTP_STATUS: Record<number, number> = {
  0: 401,
  190: 401,
  2: 503,
  1: 500,
  131000: 500,
  130429: 429,
  368: 403,
};

const ERROR_DOCS_URL =
  'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/';

/** A Graph API error the stand-in answers with; thrown by validation, caught at the edge. */
export class GraphError extends Error {
  readonly code: number;
  readonly details: string;

  constructor(code: number, details?: string) {
    super(titleOf(code));
    this.name = 'GraphError';
    this.code = code;
    this.details = details ?? titleOf(code);
  }

  /** The HTTP status Meta uses for this code. */
  get httpStatus(): number {
    return HTTP_STATUS[this.code] ?? 400;
  }

  /** The response body: `{"error":{message,type,code,error_data,fbtrace_id}}`. */
  toBody(): Record<string, unknown> {
    return {
      error: {
        message: `(#${this.code}) ${this.message}`,
        type: 'OAuthException',
        code: this.code,
        error_data: { messaging_product: 'whatsapp', details: this.details },
        fbtrace_id: newFbtraceId(),
      },
    };
  }

  /** The `errors[]` item of a `failed` status webhook. */
  toWebhookError(): Record<string, unknown> {
    return {
      code: this.code,
      title: this.message,
      message: this.message,
      error_data: { details: this.details },
      href: ERROR_DOCS_URL,
    };
  }
}

/** The title Meta gives a code, or a generic one for codes the stand-in does not know. */
export function titleOf(code: number): string {
  return TITLES[code] ?? 'Unknown error';
}

/** A Graph trace id: 23 characters of URL-safe base64, as Meta's look. */
export function newFbtraceId(): string {
  return randomBytes(18).toString('base64url').slice(0, 23);
}

/** The error for a path or id the Graph API does not know (Meta's code 100, subcode 33). */
export function unknownObjectError(id: string, method: 'get' | 'post' | 'delete'): GraphError {
  return new GraphError(
    100,
    `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded ` +
      'due to missing permissions, or does not support this operation.',
  );
}
