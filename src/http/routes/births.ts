import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BirthDeclarationSchema } from '../../registry/birth-declaration.ts';
import { registerBirth } from '../../registry/register-birth.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

/** POST /api/v1/births: the registrar of the unit registers a birth; the certificate follows. */
export function birthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v1/births',
    {
      schema: {
        tags: ['register'],
        summary: 'Register a birth',
        description:
          'Registers a birth in the caller\'s unit, assigns the registration number, and queues Form 5 to the informant on WhatsApp.',
        security: [{ bearer: [] }],
        body: z.toJSONSchema(BirthDeclarationSchema, { target: 'openapi-3.0', io: 'input' }),
        response: {
          201: {
            description: 'Registered; the certificate is on its way to the informant',
            type: 'object',
            properties: {
              recordId: { type: 'string', format: 'uuid' },
              registrationNumber: { type: 'string', example: 'B-2026:28-90001-000001' },
              registrationDate: { type: 'string', format: 'date' },
              certificateId: { type: 'string', format: 'uuid' },
              possibleDuplicates: {
                type: 'array',
                items: { type: 'string', format: 'uuid' },
                description: 'Records this birth may repeat, now in GET /api/v1/duplicates for the registrar',
              },
            },
          },
          ...errorResponses(401, 403, 422),
        },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const registered = await registerBirth(ctx.db, actor, request.body);
      request.log.info({ recordId: registered.recordId }, 'birth registered');

      return reply.status(201).send(registered);
    },
  );
}
