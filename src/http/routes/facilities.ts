import type { FastifyInstance } from 'fastify';
import { listFacilities } from '../../registry/units.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

/** GET /api/v1/facilities: the health facilities of the caller's unit, for `birth.place.facilityId`. */
export function facilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/facilities',
    {
      schema: {
        tags: ['register'],
        summary: "Health facilities of the caller's unit",
        security: [{ bearer: [] }],
        response: { 200: { description: 'Facilities, by id', type: 'array', items: { type: 'object' } }, ...errorResponses(401) },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);

      return actor.unitCode ? listFacilities(ctx.db, actor.unitCode) : [];
    },
  );
}
