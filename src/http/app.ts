import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { AppError } from '../shared/app-error.ts';
import type { AppContext } from './context.ts';
import { ERROR_SCHEMA, replyWithError } from './error-replies.ts';
import { birthRoutes } from './routes/births.ts';
import { certificateSendRoutes } from './routes/certificate-sends.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { deadLetterRoutes } from './routes/dead-letters.ts';
import { duplicateRoutes } from './routes/duplicates.ts';
import { eventRoutes } from './routes/events.ts';
import { facilityRoutes } from './routes/facilities.ts';
import { healthRoutes } from './routes/health.ts';
import { queueRoutes } from './routes/queue.ts';
import { nonAvailabilityRoutes } from './routes/non-availability.ts';
import { pendingRecordRoutes } from './routes/pending-records.ts';
import { portalRoutes } from './portal.ts';
import { recordChangeRoutes } from './routes/record-changes.ts';
import { recordSearchRoutes } from './routes/record-search.ts';
import { recordRoutes } from './routes/records.ts';
import { requirementRoutes } from './routes/requirements.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { statisticsRoutes } from './routes/statistics.ts';
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
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    // At shutdown every connection is closed: a webhook not yet answered 200 is one Meta
    // delivers again, and nothing is stored half-way (the body and its job commit together).
    forceCloseConnections: true,
    // Only behind a proxy that sets X-Forwarded-For itself: otherwise a client could choose
    // its own address and slip the verify page's rate limit.
    trustProxy: ctx.config.isBehindProxy,
  });
  app.setValidatorCompiler(() => (value: unknown) => ({ value }));
  app.setSerializerCompiler(() => (data: unknown) => JSON.stringify(data));
  app.setErrorHandler((error, request, reply) => replyWithError(error as Parameters<typeof replyWithError>[0], request, reply));

  // One line per request, naming the route pattern, never the URL: verify URLs carry a name
  // and a date of birth.
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(none)', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
    done();
  });

  app.addHook('onRequest', (request, _reply, done) => {
    const isWaiting = ctx.readiness.reason !== undefined && !request.url.startsWith('/healthz');
    done(isWaiting ? new AppError('NOT_READY', ctx.readiness.reason ?? '') : undefined);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Patra', version: '0.1.0', description: 'Civil registration for Andhra Pradesh, with certificates delivered on WhatsApp.' },
      servers: [],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
        schemas: { Error: ERROR_SCHEMA },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.setNotFoundHandler((request, reply) =>
    replyWithError(new AppError('ROUTE_NOT_FOUND', `no route ${request.method} ${request.url}`), request, reply),
  );
  await portalRoutes(app, ctx.config.portalDir);

  healthRoutes(app, ctx);
  sessionRoutes(app, ctx);
  birthRoutes(app, ctx);
  recordRoutes(app, ctx);
  recordSearchRoutes(app, ctx);
  recordChangeRoutes(app, ctx);
  certificateSendRoutes(app, ctx);
  nonAvailabilityRoutes(app, ctx);
  eventRoutes(app, ctx);
  requirementRoutes(app, ctx);
  duplicateRoutes(app, ctx);
  facilityRoutes(app, ctx);
  await verifyRoutes(app, ctx);
  queueRoutes(app, ctx);
  pendingRecordRoutes(app, ctx);
  deadLetterRoutes(app, ctx);
  statisticsRoutes(app, ctx);
  dashboardRoutes(app, ctx);
  await webhookRoutes(app, ctx);

  return app;
}
