import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { StandinContext } from './context.ts';
import { GraphError } from './errors.ts';
import { injectInbound } from './inbound.ts';
import { setTemplateStatus } from './template-status.ts';

/** Every stand-in-only path starts with this; none of them needs a token. */
export const INTROSPECTION_PREFIX = '/_standin';

const InboundSchema = z.object({
  from: z.string().describe('the citizen number, any form a send accepts'),
  profileName: z.string().optional(),
  text: z.string().optional(),
  interactiveReplyId: z.string().optional().describe('id of the reply button or list row tapped'),
  interactiveReplyTitle: z.string().optional(),
  buttonPayload: z.string().optional().describe('payload of a template quick-reply button'),
  buttonText: z.string().optional(),
  contextMessageId: z.string().optional(),
  document: z
    .object({
      content: z.string().describe('the file in base64'),
      filename: z.string(),
      mimeType: z.string().optional(),
      caption: z.string().optional(),
    })
    .optional(),
});

const FailRuleSchema = z.object({
  to: z.string().optional(),
  code: z.number().int(),
  details: z.string().optional(),
  async: z.boolean().optional(),
});

const TemplateStatusSchema = z.object({
  name: z.string(),
  language: z.string(),
  status: z.enum(['APPROVED', 'PENDING', 'REJECTED', 'PAUSED', 'DISABLED']),
});

const WebhookUrlSchema = z.object({ url: z.url() });

const ClockSchema = z.object({ advanceMs: z.number().min(0).describe('how far to move the virtual clock') });

/**
 * Stand-in-only routes for tests and demos in another process: what was sent, media bytes,
 * webhook deliveries, and controls (a citizen writes, fail the next send, change a template's
 * status, point webhooks elsewhere).
 */
export function registerIntrospectionRoutes(app: FastifyInstance, ctx: StandinContext): void {
  const p = INTROSPECTION_PREFIX;

  app.get(`${p}/messages`, () => ctx.state.messages());

  app.get(`${p}/webhooks`, () => ctx.dispatcher.deliveries());

  app.get(
    `${p}/media/:id`,
    async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
      const media = ctx.media.get(request.params.id);
      if (media === undefined) return reply.status(404).type('text/plain').send('Not Found');

      return reply.type(media.mimeType).send(media.bytes);
    },
  );

  app.post(`${p}/inbound`, async (request) => {
    const input = parse(InboundSchema, request.body);

    return asBadRequest(() => injectInbound(ctx, input));
  });

  app.post(`${p}/fail-next`, (request) => {
    ctx.state.addFailRule(parse(FailRuleSchema, request.body));

    return { success: true };
  });

  app.post(`${p}/template-status`, async (request) => {
    const change = parse(TemplateStatusSchema, request.body);
    await asBadRequest(() => setTemplateStatus(ctx, change));

    return { success: true };
  });

  app.post(`${p}/clock`, (request) => {
    const { advanceMs } = parse(ClockSchema, request.body);
    if (ctx.virtualClock === undefined) throw new GraphError(100, 'the stand-in runs on real time');

    return { now: new Date(ctx.virtualClock.advance(advanceMs)).toISOString() };
  });

  app.post(`${p}/webhook-url`, (request) => {
    ctx.hook.url = parse(WebhookUrlSchema, request.body).url;

    return { success: true };
  });
}

/** Runs a control action, reporting its failure as a 400 with code 100. */
async function asBadRequest<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new GraphError(100, error instanceof Error ? error.message : String(error));
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new GraphError(100, z.prettifyError(result.error));

  return result.data;
}
