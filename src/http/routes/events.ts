import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { completeDeclaration } from '../../registry/complete-declaration.ts';
import { CauseOfDeathSchema, EVENT_SCHEMAS } from '../../registry/event-declarations.ts';
import { openEvent } from '../../registry/open-event.ts';
import { registerEvent } from '../../registry/register-event.ts';
import { rejectEvent, RejectionSchema } from '../../registry/reject-event.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';
import { RECORD_PARAMS } from '../record-params.ts';
import { requireCaller } from '../require-caller.ts';

const toSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' });

/** The body of a notification or declaration, documented with each form's parts. */
const EVENT_BODY = {
  type: 'object',
  required: ['eventType', 'declaration'],
  properties: {
    eventType: { type: 'string', enum: ['birth', 'still_birth', 'death'] },
    source: {
      type: 'string',
      enum: ['registrar', 'field_worker'],
      description: 'Who reports, for staff; system clients are their department',
    },
    declaration: {
      description: 'The legal part: Form 1 (birth), 3 (still-birth) or 2 (death)',
      oneOf: Object.values(EVENT_SCHEMAS).map((parts) => toSchema(parts.legal)),
    },
    statistical: {
      description: 'The statistical part of the same form',
      oneOf: Object.values(EVENT_SCHEMAS).map((parts) => toSchema(parts.statistical)),
    },
    causeOfDeath: {
      ...toSchema(CauseOfDeathSchema),
      description:
        'Deaths: Form 4 or 4A, kept in the restricted store and never shown in record views',
    },
  },
};

const OPENED = {
  type: 'object',
  properties: {
    recordId: { type: 'string', format: 'uuid' },
    status: { type: 'string', enum: ['notified', 'declared'] },
    unitCode: { type: 'string' },
    possibleDuplicates: {
      type: 'array',
      items: { type: 'string', format: 'uuid' },
      description: 'Records this one may repeat: see /api/v1/duplicates',
    },
  },
};

/**
 * The lifecycle of an event: notified (incomplete allowed; by a department's system client
 * with X-Api-Key, a field worker or the unit's staff) → declared → registered, or rejected.
 */
export function eventRoutes(app: FastifyInstance, ctx: AppContext): void {
  openingRoutes(app, ctx);
  decisionRoutes(app, ctx);
}

function openingRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Notify an event (incomplete allowed)',
        description:
          "A hospital system (X-Api-Key, only in its own units), a field worker or the unit's staff reports a birth, still-birth or death. Only the event's date and place are required.",
        security: [{ bearer: [] }, { apiKey: [] }],
        body: EVENT_BODY,
        response: {
          201: { description: 'Notified', ...OPENED },
          ...errorResponses(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const opened = await openEvent(ctx.db, await requireCaller(ctx, request), request.body, {
        isComplete: false,
      });
      request.log.info({ recordId: opened.recordId }, 'event notified');

      return reply.status(201).send(opened);
    },
  );

  app.post(
    '/api/v1/declarations',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Declare an event (the whole legal part)',
        security: [{ bearer: [] }],
        body: EVENT_BODY,
        response: {
          201: { description: 'Declared', ...OPENED },
          ...errorResponses(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await openEvent(ctx.db, await requireActor(ctx, request), request.body, {
            isComplete: true,
          }),
        ),
  );

  app.post<{ Params: { recordId: string } }>(
    '/api/v1/records/:recordId/declaration',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Complete a notified record into a declaration',
        description:
          "The sections given are laid over the notification's; the whole legal part must then be valid.",
        security: [{ bearer: [] }],
        params: RECORD_PARAMS,
        body: {
          type: 'object',
          properties: {
            declaration: EVENT_BODY.properties.declaration,
            statistical: EVENT_BODY.properties.statistical,
            causeOfDeath: EVENT_BODY.properties.causeOfDeath,
          },
        },
        response: {
          200: { description: 'Declared', ...OPENED },
          ...errorResponses(401, 403, 404, 409, 422),
        },
      },
    },
    async (request) =>
      completeDeclaration(
        ctx.db,
        await requireActor(ctx, request),
        request.params.recordId,
        request.body,
      ),
  );
}

function decisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Params: { recordId: string } }>(
    '/api/v1/records/:recordId/registration',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Register a declared event',
        description:
          "Assigns the registration number (B, S or D). Refused with DUPLICATE_PENDING while a possible duplicate is undecided, and with REQUIREMENTS_MISSING (each missing item named) until a delayed registration has its fee, permission, affidavit or order recorded. A live birth's Form 5 is queued to the informant.",
        security: [{ bearer: [] }],
        params: RECORD_PARAMS,
        response: {
          201: {
            description: 'Registered',
            type: 'object',
            properties: {
              recordId: { type: 'string' },
              registrationNumber: { type: 'string', example: 'D-2026:28-90001-000001' },
              registrationDate: { type: 'string', format: 'date' },
              certificateId: { type: 'string', nullable: true },
            },
          },
          ...errorResponses(401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const registered = await registerEvent(
        ctx.db,
        await requireActor(ctx, request),
        request.params.recordId,
      );
      request.log.info({ recordId: registered.recordId }, 'event registered');

      return reply
        .status(201)
        .send({ ...registered, certificateId: registered.certificateId ?? null });
    },
  );

  app.post<{ Params: { recordId: string } }>(
    '/api/v1/records/:recordId/rejection',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'Reject a notified or declared event, with a reason',
        security: [{ bearer: [] }],
        params: RECORD_PARAMS,
        body: toSchema(RejectionSchema),
        response: {
          200: {
            description: 'Rejected',
            type: 'object',
            properties: { recordId: { type: 'string' }, status: { type: 'string' } },
          },
          ...errorResponses(401, 403, 404, 409, 422),
        },
      },
    },
    async (request) =>
      rejectEvent(ctx.db, await requireActor(ctx, request), request.params.recordId, request.body),
  );
}
