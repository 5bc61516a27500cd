import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { issueNonAvailability, NonAvailabilityRequestSchema } from '../../registry/issue-non-availability.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

/** POST /api/v1/non-availability-certificates: Form 10 after a search that finds no entry. */
export function nonAvailabilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v1/non-availability-certificates',
    {
      schema: {
        tags: ['register'],
        summary: 'Issue Form 10 (non-availability) when the registers searched hold no entry',
        security: [{ bearer: [] }],
        body: z.toJSONSchema(NonAvailabilityRequestSchema, { target: 'openapi-3.0', io: 'input' }),
        response: {
          201: { description: 'Form 10 as a PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
          ...errorResponses(401, 403, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const issued = await issueNonAvailability(ctx.db, { keyring: ctx.keyring, publicBaseUrl: ctx.publicBaseUrl, pdfSigner: ctx.pdfSigner }, { actor, input: request.body });
      request.log.info({ number: issued.number }, 'non-availability certificate issued');

      return reply
        .status(201)
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${issued.number.replace(/[^A-Za-z0-9-]/g, '_')}.pdf"`)
        .send(issued.pdf);
    },
  );
}
