import type { FastifyInstance } from 'fastify';
import { listQueue, readEvidence } from '../../registry/list-queue.ts';
import { resolveQueueItem } from '../../registry/resolve-queue-item.ts';
import { AppError } from '../../shared/app-error.ts';
import { requireActor, type AppContext } from '../context.ts';

const KINDS = ['field-issue', 'correction-request', 'informant-not-reachable'] as const;

const EVIDENCE_ITEM = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    filename: { type: 'string', nullable: true },
    mimeType: { type: 'string' },
    caption: { type: 'string', nullable: true },
    bytes: {
      type: 'integer',
      nullable: true,
      description: 'size once downloaded from the Cloud API',
    },
    sha256: { type: 'string', nullable: true },
  },
} as const;

const QUEUE_ITEM = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    reference: { type: 'string', description: 'what the citizen was told' },
    kind: { type: 'string', enum: KINDS },
    createdAt: { type: 'string', format: 'date-time' },
    recordId: { type: 'string', format: 'uuid', nullable: true },
    registrationNumber: { type: 'string', nullable: true },
    contact: { type: 'string', nullable: true, description: 'the WhatsApp number, masked' },
    description: {
      type: 'string',
      nullable: true,
      description: "the citizen's words, or the reason",
    },
    details: { type: 'object', additionalProperties: true },
    evidence: { type: 'array', items: EVIDENCE_ITEM },
  },
} as const;

/** The registrar's queue: what a person in the caller's unit must look at, and closing it. */
export function queueRoutes(app: FastifyInstance, ctx: AppContext): void {
  listRoute(app, ctx);
  evidenceRoute(app, ctx);
  resolveRoute(app, ctx);
}

function listRoute(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: { kind?: (typeof KINDS)[number] } }>(
    '/api/v1/queue',
    {
      schema: {
        tags: ['register'],
        summary:
          "Open items of the caller's unit: field issues, correction requests, informants not reachable",
        security: [{ bearer: [] }],
        querystring: { type: 'object', properties: { kind: { type: 'string', enum: KINDS } } },
        response: {
          200: { type: 'object', properties: { items: { type: 'array', items: QUEUE_ITEM } } },
        },
      },
    },
    async (request) => {
      const kind = KINDS.find((known) => known === request.query.kind);

      return { items: await listQueue(ctx.db, await requireActor(ctx, request), { kind }) };
    },
  );
}

function evidenceRoute(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { evidenceId: string } }>(
    '/api/v1/queue/evidence/:evidenceId',
    {
      schema: {
        tags: ['register'],
        summary: 'A photo or PDF a citizen sent with a correction request',
        security: [{ bearer: [] }],
        params: {
          type: 'object',
          properties: { evidenceId: { type: 'string', format: 'uuid' } },
          required: ['evidenceId'],
        },
      },
    },
    async (request, reply) => {
      const evidence = await readEvidence(
        ctx.db,
        await requireActor(ctx, request),
        request.params.evidenceId,
      );
      const filename = (evidence.filename ?? 'evidence').replace(/[^\w.-]/g, '_');

      return reply
        .type(evidence.mimeType)
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(evidence.bytes);
    },
  );
}

function resolveRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: { itemId: string }; Body: { resolution?: unknown } }>(
    '/api/v1/queue/:itemId/resolve',
    {
      schema: {
        tags: ['register'],
        summary: 'Close a queue item, saying what was done',
        security: [{ bearer: [] }],
        params: {
          type: 'object',
          properties: { itemId: { type: 'string', format: 'uuid' } },
          required: ['itemId'],
        },
        body: {
          type: 'object',
          properties: { resolution: { type: 'string', minLength: 1, maxLength: 2000 } },
          required: ['resolution'],
        },
      },
    },
    async (request, reply) => {
      const resolution =
        typeof request.body.resolution === 'string' ? request.body.resolution.trim() : '';
      if (!resolution) {
        throw new AppError('VALIDATION_FAILED', 'resolution missing', {
          issues: [{ field: 'resolution', message: 'say what was done' }],
        });
      }

      await resolveQueueItem(
        ctx.db,
        await requireActor(ctx, request),
        request.params.itemId,
        resolution,
      );

      return reply.status(204).send();
    },
  );
}
