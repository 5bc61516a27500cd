import type { FastifyInstance } from 'fastify';
import { isValidSignature } from '../../whatsapp/webhook-signature.ts';
import { receiveWebhook } from '../../whatsapp/receive-webhook.ts';
import type { AppContext } from '../context.ts';

const WEBHOOK_BODY_LIMIT_BYTES = 512 * 1024;

/**
 * The Cloud API webhook. GET answers Meta's subscription handshake with the challenge. POST
 * is taken only with a valid X-Hub-Signature-256 over the bytes as received; the body is
 * stored before the 200 and processed by the worker.
 */
export async function webhookRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

    scope.get<{ Querystring: Record<string, string | undefined> }>(
      '/webhooks/whatsapp',
      { schema: { tags: ['whatsapp'], summary: 'Subscription handshake' } },
      async (request, reply) => {
        const query = request.query;
        const isMatch = query['hub.mode'] === 'subscribe' && query['hub.verify_token'] === ctx.config.whatsapp.verifyToken;
        if (!isMatch || !query['hub.challenge']) return reply.status(403).send('forbidden');

        return reply.type('text/plain').send(query['hub.challenge']);
      },
    );

    scope.post('/webhooks/whatsapp', { schema: { tags: ['whatsapp'], summary: 'Notifications from the Cloud API' } }, async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const signature = request.headers['x-hub-signature-256'];
      if (!isValidSignature(body, typeof signature === 'string' ? signature : undefined, ctx.config.whatsapp.appSecret)) {
        request.log.warn({ hasSignature: signature !== undefined, bytes: body.length }, 'webhook refused: bad signature');

        return reply.status(401).send({ error: { code: 'UNAUTHENTICATED' } });
      }

      const inboxId = await receiveWebhook(ctx.db, body);
      request.log.debug({ inboxId }, 'webhook stored');

      return reply.status(200).send({ received: true });
    });
    done();
  });
}
