import Fastify, { LogController } from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { StandinContext } from './context.ts';
import { GraphError } from './errors.ts';
import {
  keepRawBody,
  requireAccessToken,
  requireGraphVersion,
  sendGraphError,
} from './http-support.ts';
import { MAX_UPLOAD_BYTES } from './media-store.ts';
import { registerAccountRoutes } from './routes-account.ts';
import { registerIntrospectionRoutes } from './routes-introspection.ts';
import { registerMediaRoutes } from './routes-media.ts';
import { registerMessageRoutes } from './routes-messages.ts';
import { registerPhonePage } from './phone-page.ts';

/**
 * Builds the stand-in's HTTP server: Graph routes behind the access token, stand-in routes
 * under `/_standin` without it. JSON bodies are kept verbatim for `ReceivedMessage.rawBody`;
 * every error leaves in Graph's error shape.
 */
export async function buildServer(ctx: StandinContext): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = ctx.logger;
  const app = Fastify({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
  });

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    keepRawBody(request, text);

    try {
      done(null, text === '' ? {} : JSON.parse(text));
    } catch {
      done(new GraphError(100, 'The request body is not valid JSON.'), undefined);
    }
  });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });

  app.setErrorHandler((error, _request, reply) => sendGraphError(error, reply));
  app.setNotFoundHandler((request, reply) =>
    sendGraphError(
      new GraphError(2500, `Unknown path components: ${request.url.split('?')[0] ?? ''}`),
      reply,
    ),
  );

  registerIntrospectionRoutes(app, ctx);
  registerPhonePage(app, ctx);
  await app.register((graph, _options, done) => {
    graph.addHook('onRequest', requireAccessToken(ctx.options.accessToken));
    graph.addHook('preHandler', requireGraphVersion);
    registerMessageRoutes(graph, ctx);
    registerMediaRoutes(graph, ctx);
    registerAccountRoutes(graph, ctx);
    done();
  });

  return app;
}
