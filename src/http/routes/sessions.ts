import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { describeSignedIn } from '../../registry/describe-signed-in.ts';
import { toFieldIssues } from '../../registry/field-issues.ts';
import { signIn } from '../../registry/sign-in.ts';
import { signOut } from '../../registry/sign-out.ts';
import { AppError } from '../../shared/app-error.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';

const SignInSchema = z.object({
  username: z.string().min(1).max(64).describe('The unit code in lower case, e.g. tnl-m'),
  password: z.string().min(1).max(256),
});

const BILINGUAL_NAME = {
  type: 'object',
  nullable: true,
  properties: { te: { type: 'string' }, en: { type: 'string' } },
} as const;

const SIGNED_IN = {
  description: 'Who is signed in',
  type: 'object',
  properties: {
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { type: 'string' },
    unitCode: { type: 'string', nullable: true },
    unitName: BILINGUAL_NAME,
    districtEn: { type: 'string', nullable: true },
    districtName: BILINGUAL_NAME,
    phoneSimulatorUrl: {
      type: 'string',
      description: "The WhatsApp stand-in's phone simulator; absent when Patra talks to Meta",
    },
  },
} as const;

/** Sessions: sign in for a bearer token, see who is signed in, sign out. */
export function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  currentSessionRoutes(app, ctx);

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
            properties: {
              token: { type: 'string' },
              expiresAt: { type: 'string', format: 'date-time' },
            },
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

      const session = await signIn(ctx.db, credentials.data, request.ip);

      return reply
        .status(201)
        .send({ token: session.token, expiresAt: session.expiresAt.toISOString() });
    },
  );
}

function currentSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/sessions/current',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in: name, role, unit and district',
        security: [{ bearer: [] }],
        response: { 200: SIGNED_IN, ...errorResponses(401) },
      },
    },
    async (request) => {
      const signedIn = await describeSignedIn(ctx.db, await requireActor(ctx, request));

      return ctx.phoneSimulatorUrl
        ? { ...signedIn, phoneSimulatorUrl: ctx.phoneSimulatorUrl }
        : signedIn;
    },
  );

  app.delete(
    '/api/v1/sessions/current',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: the token is refused from now on',
        security: [{ bearer: [] }],
        response: { 204: { description: 'Signed out', type: 'null' }, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      const token = (request.headers.authorization ?? '').slice('Bearer '.length).trim();
      await signOut(ctx.db, token);
      request.log.info({ userId: actor.userId }, 'signed out');

      return reply.status(204).send();
    },
  );
}
