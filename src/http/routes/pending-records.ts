import type { FastifyInstance } from 'fastify';
import { listPendingRecords, PENDING_STATUSES } from '../../registry/list-pending-records.ts';
import { AppError } from '../../shared/app-error.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

const PENDING_RECORD = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    eventType: { type: 'string', enum: ['birth', 'still_birth', 'death'] },
    unitCode: { type: 'string' },
    status: { type: 'string', enum: PENDING_STATUSES },
    source: { type: 'string', description: 'registrar, field_worker, or a department' },
    eventDate: { type: 'string', format: 'date' },
    reportedAt: { type: 'string', format: 'date-time' },
    name: {
      type: 'object',
      nullable: true,
      properties: { en: { type: 'string' }, te: { type: 'string' } },
    },
  },
} as const;

/** GET /api/v1/pending-records: the registrar's work queues of records not yet registered. */
export function pendingRecordRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: { status?: string } }>(
    '/api/v1/pending-records',
    {
      schema: {
        tags: ['lifecycle'],
        summary:
          "Records waiting in the caller's jurisdiction: notified (to declare) or declared (to register)",
        security: [{ bearer: [] }],
        querystring: {
          type: 'object',
          properties: { status: { type: 'string', enum: PENDING_STATUSES } },
          required: ['status'],
        },
        response: {
          200: {
            type: 'object',
            properties: { records: { type: 'array', items: PENDING_RECORD } },
          },
          ...errorResponses(401, 403, 422),
        },
      },
    },
    async (request) => {
      const status = PENDING_STATUSES.find((known) => known === request.query.status);
      if (!status) {
        throw new AppError('VALIDATION_FAILED', 'status missing or unknown', {
          issues: [{ field: 'status', message: `one of ${PENDING_STATUSES.join(', ')}` }],
        });
      }

      const actor = await requireActor(ctx, request);

      return { records: await listPendingRecords(ctx.db, actor, status) };
    },
  );
}
