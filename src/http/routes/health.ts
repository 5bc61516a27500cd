import type { FastifyInstance } from 'fastify';
import { findChannelProblems } from '../../whatsapp/find-channel-problems.ts';
import type { AppContext } from '../context.ts';

/**
 * GET /healthz: 200 {"status":"ok"} when ready; 503 with the reason while starting, when the
 * database is unreachable, or when the WhatsApp channel cannot work as set up (the Cloud API
 * refused the token; Meta paused or disabled a template).
 */
export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'Readiness' } }, async (_request, reply) => {
    if (ctx.readiness.reason) return reply.status(503).send({ status: 'starting', reason: ctx.readiness.reason });

    let problems: string[];
    try {
      problems = await findChannelProblems(ctx.db);
    } catch {
      return reply.status(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
    if (problems.length > 0) return reply.status(503).send({ status: 'degraded', reason: problems.join('; '), problems });

    return { status: 'ok' };
  });
}
