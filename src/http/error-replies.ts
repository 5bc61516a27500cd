import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { OpenAPIV3 } from 'openapi-types';
import { ERROR_TEXT } from '../messages/errors.ts';
import { AppError, ERROR_CODES, type ErrorCode } from '../shared/app-error.ts';

/** The one table that maps domain failure codes to HTTP statuses. */
const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  WRONG_CREDENTIALS: 401,
  TOO_MANY_ATTEMPTS: 429,
  FORBIDDEN: 403,
  OUTSIDE_JURISDICTION: 403,
  RECORD_NOT_FOUND: 404,
  UNIT_NOT_FOUND: 404,
  REQUIREMENTS_MISSING: 422,
  INVALID_STATUS: 409,
  TIME_LIMIT_PASSED: 422,
  RECORD_EXISTS: 409,
  DUPLICATE_PENDING: 409,
  CERTIFICATE_NOT_FOUND: 404,
  CERTIFICATE_REVOKED: 409,
  PAYLOAD_MALFORMED: 400,
  NOT_READY: 503,
  REQUEST_REFUSED: 400,
  ROUTE_NOT_FOUND: 404,
  DEAD_LETTER_NOT_FOUND: 404,
  ALREADY_SENT: 409,
  INTERNAL: 500,
};

const BILINGUAL: OpenAPIV3.SchemaObject = {
  type: 'object',
  properties: { te: { type: 'string' }, en: { type: 'string' } },
  required: ['te', 'en'],
};

/** The shape of every error reply, for the OpenAPI description. */
export const ERROR_SCHEMA: OpenAPIV3.SchemaObject = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string', enum: [...ERROR_CODES] },
        message: BILINGUAL,
        issues: {
          type: 'array',
          items: {
            type: 'object',
            properties: { field: { type: 'string' }, message: { type: 'string' }, messageTe: { type: 'string' } },
            required: ['field', 'message'],
          },
        },
      },
      required: ['code', 'message', 'issues'],
    },
  },
  required: ['error'],
};

/** Standard error responses of an authenticated JSON route, for its schema. */
export function errorResponses(...statuses: number[]): Record<number, OpenAPIV3.ResponseObject> {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
  );
}

/** Replies to a failed request: the code, the message in both languages, the bad fields. */
export function replyWithError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AppError) {
    request.log.info({ code: error.code }, 'request refused');

    return reply.status(HTTP_STATUS[error.code]).send({
      error: { code: error.code, message: ERROR_TEXT[error.code], issues: error.issues },
    });
  }

  const status = error.statusCode ?? 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');

  const code: ErrorCode = status >= 500 ? 'INTERNAL' : status === 400 ? 'VALIDATION_FAILED' : 'REQUEST_REFUSED';
  const issues = code === 'INTERNAL' ? [] : [{ field: '(request)', message: error.message }];

  return reply.status(status).send({ error: { code, message: ERROR_TEXT[code], issues } });
}
