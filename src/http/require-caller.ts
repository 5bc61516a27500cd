import type { FastifyRequest } from 'fastify';
import type { Actor } from '../registry/actor.ts';
import { authenticateApiClient } from '../registry/authenticate-api-client.ts';
import { requireActor, type AppContext } from './context.ts';

/** The caller of a route open to system clients: an `X-Api-Key`, else a signed-in person. */
export async function requireCaller(ctx: AppContext, request: FastifyRequest): Promise<Actor> {
  const key = request.headers['x-api-key'];
  if (typeof key === 'string' && key.trim()) return authenticateApiClient(ctx.db, key.trim());

  return requireActor(ctx, request);
}
