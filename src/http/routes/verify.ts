import type { FastifyInstance } from 'fastify';
import { publishKeys } from '../../certificates/keys.ts';
import { verifyCertificate } from '../../certificates/verify-certificate.ts';
import { findUnit } from '../../registry/units.ts';
import type { AppContext } from '../context.ts';
import { renderVerifyPage } from '../verify-page.ts';

const VERIFY_PREFIX = '/verify/';
const MAX_PAYLOAD_CHARS = 512;

// TODO(#4): rate-limit the public verify page.

/**
 * The public side: GET /verify/<payload> (no login) says whether a certificate is genuine,
 * as a page or, with Accept: application/json, as JSON; /.well-known/patra-keys.json publishes
 * the keys for offline checks. The payload is read from the raw URL so that no decoding by
 * the router can change the signed text.
 */
export function verifyRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/.well-known/patra-keys.json', { schema: { tags: ['verify'], summary: 'Trusted public keys' } }, (_request, reply) =>
    reply.send(publishKeys(ctx.keyring)),
  );

  app.get('/verify/*', { schema: { tags: ['verify'], summary: 'Verify a certificate (public)' } }, async (request, reply) => {
    const rawPath = (request.raw.url ?? '').split('?')[0] ?? '';
    const payload = rawPath.slice(rawPath.indexOf(VERIFY_PREFIX) + VERIFY_PREFIX.length).slice(0, MAX_PAYLOAD_CHARS);
    const verification = await verifyCertificate(ctx.keyring, payload, ctx.db);
    request.log.info({ verdict: verification.verdict, reason: verification.reason }, 'certificate verified');

    const isJson = (request.headers.accept ?? '').includes('application/json');
    if (isJson) return { verdict: verification.verdict, reason: verification.reason, fields: verification.fields, isRevocationChecked: verification.isRevocationChecked };

    const unit = verification.fields ? await findUnit(ctx.db, verification.fields.unitCode) : undefined;
    const html = renderVerifyPage(verification, unit && { en: unit.name_en, te: unit.name_te });

    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });
}
