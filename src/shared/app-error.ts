/** The closed set of failure codes that domain code may raise. The edges map each to a reply. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'WRONG_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'OUTSIDE_JURISDICTION',
  'RECORD_NOT_FOUND',
  'UNIT_NOT_FOUND',
  'REQUIREMENTS_MISSING',
  'INVALID_STATUS',
  'TIME_LIMIT_PASSED',
  'RECORD_EXISTS',
  'DUPLICATE_PENDING',
  'CERTIFICATE_NOT_FOUND',
  'CERTIFICATE_REVOKED',
  'PAYLOAD_MALFORMED',
  'NOT_READY',
  'REQUEST_REFUSED',
  'ROUTE_NOT_FOUND',
  'DEAD_LETTER_NOT_FOUND',
  'ALREADY_SENT',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field that failed validation, named by its path in the request body. */
export interface FieldIssue {
  field: string;
  message: string;
  messageTe?: string;
}

/**
 * The one application error type. `message` is for logs and developers; the text shown to
 * people comes from the catalogue by `code`. `issues` names each bad field.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, message: string, options?: { issues?: FieldIssue[]; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options?.issues ?? [];
  }
}
