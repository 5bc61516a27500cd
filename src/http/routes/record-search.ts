import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { RecordSearchSchema, searchRecords } from '../../registry/search-records.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

/** GET /api/v1/records: search the register within the caller's jurisdiction. */
export function recordSearchRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/records',
    {
      schema: {
        tags: ['register'],
        summary: 'Search records by number, names (either script, spelling variants), dates and unit',
        security: [{ bearer: [] }],
        querystring: z.toJSONSchema(RecordSearchSchema, { target: 'openapi-3.0', io: 'input' }),
        response: { 200: { description: 'Matching records, newest event first', type: 'object' }, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const records = await searchRecords(ctx.db, actor, request.query);
      request.log.info({ found: records.length }, 'records searched');

      return { records };
    },
  );
}
