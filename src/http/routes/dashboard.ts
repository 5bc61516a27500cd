import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DashboardQuerySchema } from '../../pilot/dashboard-range.ts';
import { readDashboard } from '../../pilot/read-dashboard.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

/** GET /api/v1/dashboard: the pilot's operations figures over the caller's jurisdiction. */
export function dashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/dashboard',
    {
      schema: {
        tags: ['pilot'],
        summary:
          'Registrations per unit and day or week, the certificate delivery funnel, failures by Cloud API error, time to delivery, field issues and open queues per unit',
        description:
          'Straight from the register, not the lake. State for the Chief Registrar and operations, the district for a District Registrar, the own unit for a registrar.',
        security: [{ bearer: [] }],
        querystring: z.toJSONSchema(DashboardQuerySchema, { target: 'openapi-3.0', io: 'input' }),
        response: {
          200: { description: 'The dashboard for the range', type: 'object' },
          ...errorResponses(401, 403, 422),
        },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const dashboard = await readDashboard(ctx.db, actor, request.query);
      request.log.info(
        { units: dashboard.units.length, from: dashboard.range.from, to: dashboard.range.to },
        'dashboard read',
      );

      return dashboard;
    },
  );
}
