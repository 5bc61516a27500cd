import type { FastifyInstance } from 'fastify';
import { describeRecord } from '../../registry/describe-record.ts';
import { AppError } from '../../shared/app-error.ts';
import { certificateFileName } from '../../certificates/certificate-file-name.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';
import { RECORD_PARAMS } from '../record-params.ts';

/** A registrar reads a record of their unit, with its certificates and their delivery states. */
export function recordRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { recordId: string } }>(
    '/api/v1/records/:recordId',
    {
      schema: {
        tags: ['register'],
        summary: 'A record, its certificates and their delivery',
        security: [{ bearer: [] }],
        params: RECORD_PARAMS,
        response: { 200: { description: 'The record as its registrar sees it', type: 'object' }, ...errorResponses(401, 404) },
      },
    },
    async (request) => describeRecord(ctx.db, await requireActor(ctx, request), request.params.recordId),
  );

  app.get<{ Params: { recordId: string } }>(
    '/api/v1/records/:recordId/certificate.pdf',
    {
      schema: {
        tags: ['register'],
        summary: 'The certificate in force, as a PDF',
        security: [{ bearer: [] }],
        params: RECORD_PARAMS,
        response: { 200: { description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const record = await describeRecord(ctx.db, await requireActor(ctx, request), request.params.recordId);
      const [certificate] = await ctx.db.query<{ pdf: Buffer }>(
        "select pdf from certificates where record_id = $1 and status = 'in_force' order by issued_at desc limit 1",
        [record.id],
      );
      if (!certificate) throw new AppError('CERTIFICATE_NOT_FOUND', 'no certificate issued yet');

      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${certificateFileName(record.registrationNumber)}"`)
        .send(certificate.pdf);
    },
  );
}
