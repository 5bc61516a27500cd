import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { AppError } from '../shared/app-error.ts';
import type { AppContext } from './context.ts';
import { replyWithError } from './error-replies.ts';
import { birthRoutes } from './routes/births.ts';
import { healthRoutes } from './routes/health.ts';
import { recordRoutes } from './routes/records.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { verifyRoutes } from './routes/verify.ts';
import { webhookRoutes } from './routes/webhook.ts';

const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * Builds the HTTP application: the REST API, the WhatsApp webhook, the public verify page,
 * health, and the OpenAPI 3 description at /docs/json with a page at /docs. Route schemas
 * document the API; bodies are validated by the domain's zod schemas, which name each bad
 * field.
 */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = ctx.log;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: true,
  });
  app.setValidatorCompiler(() => (value: unknown) => ({ value }));
  app.setErrorHandler((error, request, reply) => replyWithError(error as Parameters<typeof replyWithError>[0], request, reply));

  app.addHook('onRequest', (request, _reply, done) => {
    const isWaiting = ctx.readiness.reason !== undefined && !request.url.startsWith('/healthz');
    done(isWaiting ? new AppError('NOT_READY', ctx.readiness.reason ?? '') : undefined);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Patra', version: '0.1.0', description: 'Civil registration for Andhra Pradesh, with certificates delivered on WhatsApp.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  healthRoutes(app, ctx);
  sessionRoutes(app, ctx);
  birthRoutes(app, ctx);
  recordRoutes(app, ctx);
  verifyRoutes(app, ctx);
  await webhookRoutes(app, ctx);

  return app;
}
