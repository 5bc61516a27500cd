import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';

/** GET /healthz: 200 {"status":"ok"} when ready; 503 with the reason while starting or when the database is unreachable. */
export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'Readiness' } }, async (_request, reply) => {
    if (ctx.readiness.reason) return reply.status(503).send({ status: 'starting', reason: ctx.readiness.reason });

    try {
      await ctx.db.query('select 1');
    } catch {
      return reply.status(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }

    return { status: 'ok' };
  });
}
