import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DelayRequirement } from '../../registry/assess-delay.ts';
import { fieldIssue } from '../../registry/field-issues.ts';
import { listRequirements } from '../../registry/list-requirements.ts';
import { loadRecordFor } from '../../registry/load-record-for.ts';
import { recordRequirement, REQUIREMENT_SCHEMAS } from '../../registry/record-requirement.ts';
import { AppError } from '../../shared/app-error.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';
import { RECORD_PARAMS } from '../record-params.ts';

const KINDS = Object.keys(REQUIREMENT_SCHEMAS) as DelayRequirement[];

/** Delayed registration (s.13): what a record needs, and recording each item. */
export function requirementRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Params: { recordId: string } }>(
    '/api/v1/records/:recordId/requirements',
    {
      schema: {
        tags: ['lifecycle'],
        summary: 'What a delayed registration needs, has and still misses',
        security: [{ bearer: [] }],
        params: RECORD_PARAMS,
        response: {
          200: {
            description:
              'The delay tier (on_time, late_fee, permission, magistrate_order), the fee due, what is recorded and missing',
            type: 'object',
          },
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const record = await loadRecordFor(
        ctx.db,
        await requireActor(ctx, request),
        'read_record',
        request.params.recordId,
      );

      return listRequirements(ctx.db, record);
    },
  );

  app.put<{ Params: { recordId: string; kind: DelayRequirement } }>(
    '/api/v1/records/:recordId/requirements/:kind',
    {
      schema: {
        tags: ['lifecycle'],
        summary: "Record the late fee, the permission, the affidavit or the magistrate's order",
        description:
          'late_fee: amountRupees (at least the fee due), receiptNumber, paidOn. permission: granted by the District Registrar of the district (reference, grantedOn). affidavit: swornBefore, reference, swornOn. magistrate_order: authority empowered on orderedOn (district_magistrate, sub_divisional_magistrate or executive_magistrate since 2023-10-01), orderNumber, orderedOn.',
        security: [{ bearer: [] }],
        params: {
          type: 'object',
          properties: {
            recordId: { type: 'string', format: 'uuid' },
            kind: { type: 'string', enum: KINDS },
          },
          required: ['recordId', 'kind'],
        },
        body: {
          oneOf: KINDS.map((kind) =>
            z.toJSONSchema(REQUIREMENT_SCHEMAS[kind], { target: 'openapi-3.0', io: 'input' }),
          ),
        },
        response: {
          200: {
            description: 'Recorded; what is still missing',
            type: 'object',
            properties: {
              recordId: { type: 'string' },
              kind: { type: 'string' },
              missing: { type: 'array', items: { type: 'string' } },
            },
          },
          ...errorResponses(401, 403, 404, 409, 422),
        },
      },
    },
    async (request) => {
      const { recordId, kind } = request.params;
      const actor = await requireActor(ctx, request);
      if (!KINDS.includes(kind))
        throw new AppError('VALIDATION_FAILED', 'unknown requirement', {
          issues: [fieldIssue('kind', 'notAllowed')],
        });

      return recordRequirement(ctx.db, actor, recordId, kind, request.body);
    },
  );
}
