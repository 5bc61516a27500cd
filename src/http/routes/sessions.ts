import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toFieldIssues } from '../../registry/field-issues.ts';
import { signIn } from '../../registry/sign-in.ts';
import { AppError } from '../../shared/app-error.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

const SignInSchema = z.object({
  username: z.string().min(1).max(64).describe('The unit code in lower case, e.g. tnl-m'),
  password: z.string().min(1).max(256),
});

/** POST /api/v1/sessions: a registrar signs in and gets a bearer token. */
export function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v1/sessions',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign in',
        body: z.toJSONSchema(SignInSchema, { target: 'openapi-3.0' }),
        response: {
          201: {
            description: 'A session',
            type: 'object',
            properties: { token: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } },
          },
          ...errorResponses(401, 422),
        },
      },
    },
    async (request, reply) => {
      const credentials = SignInSchema.safeParse(request.body);
      if (!credentials.success) {
        throw new AppError('VALIDATION_FAILED', 'sign-in body is invalid', {
          issues: toFieldIssues(credentials.error),
        });
      }

      const session = await signIn(ctx.db, credentials.data);

      return reply.status(201).send({ token: session.token, expiresAt: session.expiresAt.toISOString() });
    },
  );
}
