import type { FastifyInstance } from 'fastify';
import { listDeadLetters } from '../../jobs/list-dead-letters.ts';
import { replayDeadLetter } from '../../jobs/replay-dead-letter.ts';
import { AppError } from '../../shared/app-error.ts';
import { requireActor, type AppContext } from '../context.ts';

const DEAD_LETTER = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string', description: 'the job kind, e.g. whatsapp.send-certificate' },
    attempts: { type: 'integer' },
    lastError: { type: 'string', nullable: true, description: 'why it gave up: code and details' },
    deadAt: { type: 'string', format: 'date-time' },
    messageId: { type: 'string', nullable: true },
    messageStatus: { type: 'string', nullable: true },
    to: { type: 'string', nullable: true, description: 'the recipient, masked' },
    recordId: { type: 'string', nullable: true },
    unitCode: { type: 'string', nullable: true },
  },
} as const;

/**
 * Dead letters: outbox jobs that exhausted their retries or were refused for good. A
 * registrar lists those of their unit's records and replays one after fixing the cause; a
 * message the Cloud API acknowledged is never sent again (409 ALREADY_SENT).
 */
export function deadLetterRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/dead-letters',
    {
      schema: {
        tags: ['operations'], summary: 'Dead letters of the caller\'s unit', security: [{ bearer: [] }],
        response: { 200: { type: 'object', properties: { deadLetters: { type: 'array', items: DEAD_LETTER } } } },
      },
    },
    async (request) => ({ deadLetters: await listDeadLetters(ctx.db, await requireActor(ctx, request)) }),
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/dead-letters/:id/replay',
    {
      schema: {
        tags: ['operations'], summary: 'Run a dead letter again', security: [{ bearer: [] }],
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^[0-9]+$' } }, required: ['id'] },
        response: { 200: DEAD_LETTER },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const jobId = Number(request.params.id);
      if (!Number.isSafeInteger(jobId)) throw new AppError('DEAD_LETTER_NOT_FOUND', 'not a job id');

      const replayed = await replayDeadLetter(ctx.db, actor, jobId);
      request.log.info({ jobId, messageId: replayed.messageId }, 'dead letter replayed');

      return replayed;
    },
  );
}
