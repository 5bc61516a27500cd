import type { FastifyInstance, FastifyRequest } from 'fastify';
import { acceptSend, markAsRead } from './accept-send.ts';
import type { StandinContext } from './context.ts';
import { GraphError, unknownObjectError } from './errors.ts';
import { rawBodyOf } from './http-support.ts';
import { isRecord } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';

type MessagesRequest = FastifyRequest<{ Params: { version: string; phoneNumberId: string } }>;

/**
 * `POST /{version}/{phone-number-id}/messages` (sends and mark-as-read) and the `PUT` form
 * of mark-as-read that Meta's Postman collection uses (contract §1, §1.7).
 */
export function registerMessageRoutes(app: FastifyInstance, ctx: StandinContext): void {
  const handle = async (request: MessagesRequest): Promise<JsonObject> => {
    const { phoneNumberId } = request.params;
    if (phoneNumberId !== ctx.business.phoneNumberId) {
      throw unknownObjectError(phoneNumberId, 'post');
    }

    const body = request.body;
    if (isRecord(body) && body['status'] === 'read') return markAsRead(ctx, body);

    if (request.method === 'PUT') {
      throw new GraphError(100, 'Only mark-as-read may use PUT on this endpoint.');
    }

    const accepted = acceptSend(ctx, { body, rawBody: rawBodyOf(request) });
    const delayMs = ctx.options.responseDelayMs ?? 0;
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));

    return accepted;
  };

  app.post('/:version/:phoneNumberId/messages', handle);
  app.put('/:version/:phoneNumberId/messages', handle);
}
