import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { compareDuplicate, listDuplicates } from '../../registry/compare-duplicates.ts';
import { decideDuplicate, DuplicateDecisionSchema } from '../../registry/decide-duplicate.ts';
import { readCauseOfDeath } from '../../registry/read-cause-of-death.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';
import { RECORD_PARAMS } from '../record-params.ts';

const PAIR_PARAMS = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    otherRecordId: { type: 'string', format: 'uuid' },
  },
  required: ['recordId', 'otherRecordId'],
} as const;

type Pair = { Params: { recordId: string; otherRecordId: string } };

/** Possible duplicates waiting for the registrar, and the restricted cause of death. */
export function duplicateRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/duplicates',
    {
      schema: {
        tags: ['lifecycle'],
        summary: "Open possible duplicates in the caller's jurisdiction",
        security: [{ bearer: [] }],
        response: {
          200: {
            description: 'Pairs: the later record, the one it may repeat, and why',
            type: 'array',
          },
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => listDuplicates(ctx.db, await requireActor(ctx, request)),
  );

  app.get<Pair>(
    '/api/v1/duplicates/:recordId/:otherRecordId',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Both records of a possible duplicate, side by side',
        security: [{ bearer: [] }],
        params: PAIR_PARAMS,
        response: {
          200: { description: 'reasons, status, record and other (record views)', type: 'object' },
          ...errorResponses(401, 404),
        },
      },
    },
    async (request) => compareDuplicate(ctx.db, await requireActor(ctx, request), request.params),
  );

  app.post<Pair>(
    '/api/v1/duplicates/:recordId/:otherRecordId/decision',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Mark a possible duplicate as duplicate (rejects the later record) or not',
        security: [{ bearer: [] }],
        params: PAIR_PARAMS,
        body: z.toJSONSchema(DuplicateDecisionSchema, { target: 'openapi-3.0', io: 'input' }),
        response: {
          200: { description: 'Decided', type: 'object' },
          ...errorResponses(401, 403, 404, 422),
        },
      },
    },
    async (request) =>
      decideDuplicate(ctx.db, await requireActor(ctx, request), request.params, request.body),
  );

  app.get<{ Params: { recordId: string } }>(
    '/api/v1/records/:recordId/cause-of-death',
    {
      schema: {
        tags: ['lifecycle'],
        summary:
          'The medical certificate of cause of death (restricted; each read is in the history)',
        description:
          "Only the unit's registrar, the District Registrar and the Chief Registrar. null when no Form 4/4A was recorded.",
        security: [{ bearer: [] }],
        params: RECORD_PARAMS,
        response: {
          200: { description: '{ causeOfDeath: Form 4 / 4A, or null }', type: 'object' },
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => ({
      causeOfDeath: await readCauseOfDeath(
        ctx.db,
        await requireActor(ctx, request),
        request.params.recordId,
      ),
    }),
  );
}
