import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphError } from './errors.ts';

const rawBodies = new WeakMap<IncomingMessage, string>();

/** Remembers a request's body exactly as received (the JSON parser calls this). */
export function keepRawBody(request: FastifyRequest, body: string): void {
  rawBodies.set(request.raw, body);
}

/** The request body exactly as received, or '' when it had none. */
export function rawBodyOf(request: FastifyRequest): string {
  return rawBodies.get(request.raw) ?? '';
}

/**
 * An onRequest hook requiring the Graph access token, from `Authorization: Bearer` or the
 * `access_token` query parameter. Anything else is 401 with code 190 (contract §1.0).
 */
export function requireAccessToken(accessToken: string) {
  const expected = Buffer.from(accessToken);

  return (request: FastifyRequest): Promise<void> => {
    const header = request.headers.authorization ?? '';
    const query = request.query as Record<string, string | undefined>;
    const token = header.startsWith('Bearer ')
      ? header.slice(7).trim()
      : (query['access_token'] ?? '');
    const given = Buffer.from(token);

    if (given.length === expected.length && timingSafeEqual(given, expected))
      return Promise.resolve();

    return Promise.reject(new GraphError(190, 'The access token is missing, invalid or expired.'));
  };
}

/** A preHandler hook rejecting path versions that are not like `v23.0`. */
export function requireGraphVersion(request: FastifyRequest): Promise<void> {
  const { version } = request.params as { version?: string };
  if (version === undefined || /^v\d{1,2}\.\d$/.test(version)) return Promise.resolve();

  return Promise.reject(new GraphError(2500, `Unknown path components: /${version}`));
}

/** Turns any thrown error into Graph's error body and status. */
export function sendGraphError(error: unknown, reply: FastifyReply): FastifyReply {
  const graphError = toGraphError(error);
  if (graphError.httpStatus >= 500) reply.log.error({ err: error }, 'stand-in request failed');

  return reply.status(graphError.httpStatus).send(graphError.toBody());
}

function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;

  const statusCode = (error as { statusCode?: number }).statusCode ?? 500;
  const message = error instanceof Error ? error.message : String(error);

  return statusCode < 500 ? new GraphError(100, message) : new GraphError(131000, message);
}
