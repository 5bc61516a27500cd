import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../shared/app-error.ts';
import {
  CertificateSendSchema,
  RESEND_DEDUPLICATION_MINUTES,
  resendCertificate,
} from '../../whatsapp/resend-certificate.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';
import { RECORD_PARAMS } from '../record-params.ts';

const IDEMPOTENCY_KEY = /^[\w.:-]{1,100}$/;

function idempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header === 'string' && IDEMPOTENCY_KEY.test(header)) return header;

  throw new AppError('VALIDATION_FAILED', 'bad Idempotency-Key', {
    issues: [
      { field: 'Idempotency-Key', message: 'Up to 100 letters, digits, ".", ":", "_" or "-".' },
    ],
  });
}

/** POST /api/v1/records/:recordId/certificate/sends: the registrar re-sends the certificate. */
export function certificateSendRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: { recordId: string } }>(
    '/api/v1/records/:recordId/certificate/sends',
    {
      schema: {
        tags: ['register'],
        summary: 'Send the certificate in force again over WhatsApp',
        description:
          'The registrar of the unit sends the certificate in force to a number linked to the record ' +
          '(the informant by default; a still-birth extract only to a parent). The send is a history ' +
          `entry. The same Idempotency-Key, or the same number within ${RESEND_DEDUPLICATION_MINUTES} ` +
          'minutes, is answered with the same send id. GET /api/v1/records/{recordId} shows its delivery.',
        security: [{ bearer: [] }],
        params: RECORD_PARAMS,
        headers: {
          type: 'object',
          properties: { 'idempotency-key': { type: 'string', maxLength: 100 } },
        },
        body: z.toJSONSchema(CertificateSendSchema, { target: 'openapi-3.0', io: 'input' }),
        response: {
          202: {
            description: 'Queued (or the earlier identical send)',
            type: 'object',
            properties: {
              sendId: { type: 'string', format: 'uuid' },
              status: { type: 'string', example: 'queued' },
              isRepeat: { type: 'boolean' },
            },
          },
          ...errorResponses(401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const send = await resendCertificate(ctx.db, actor, {
        recordId: request.params.recordId,
        body: request.body,
        idempotencyKey: idempotencyKey(request.headers['idempotency-key']),
      });
      request.log.info(
        { recordId: request.params.recordId, sendId: send.sendId },
        'certificate send queued',
      );

      return reply.status(202).send(send);
    },
  );
}
