import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_TEXT } from '../messages/errors.ts';
import { AppError, type ErrorCode } from '../shared/app-error.ts';

/** The one table that maps domain failure codes to HTTP statuses. */
const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  OUTSIDE_JURISDICTION: 403,
  RECORD_NOT_FOUND: 404,
  UNIT_NOT_FOUND: 404,
  DELAYED_REGISTRATION_NOT_SUPPORTED: 422,
  CERTIFICATE_NOT_FOUND: 404,
  PAYLOAD_MALFORMED: 400,
  NOT_READY: 503,
  REQUEST_REFUSED: 400,
  INTERNAL: 500,
};

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
