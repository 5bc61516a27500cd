import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance } from 'fastify';
import { publishKeys } from '../../certificates/keys.ts';
import { verifyCertificate, type Verification } from '../../certificates/verify-certificate.ts';
import { findUnit } from '../../registry/units.ts';
import type { AppContext } from '../context.ts';
import {
  renderTooManyPage,
  renderVerifyPage,
  VERIFY_FONT_PATH,
  VERIFY_PAGE_CSP,
} from '../verify-page.ts';

const VERIFY_PREFIX = '/verify/';
const MAX_PAYLOAD_CHARS = 512;
const RATE_WINDOW_MS = 60_000;

const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': VERIFY_PAGE_CSP,
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

const fontFile = (weight: string): Buffer => {
  const require = createRequire(import.meta.url);
  return readFileSync(
    require.resolve(
      `@fontsource/noto-sans-telugu/files/noto-sans-telugu-telugu-${weight}-normal.woff2`,
    ),
  );
};
const FONTS: Record<string, Buffer> = { '400': fontFile('400'), '700': fontFile('700') };

/**
 * What anyone may learn: the verdict, and the fields only when the signature checks out. All
 * failures but a withdrawn key give the same answer, so unknown and garbled codes look alike.
 */
function publicVerification(verification: Verification) {
  if (verification.verdict === 'INVALID') {
    const isKeyWithdrawn = verification.reason === 'KEY_COMPROMISED';
    return {
      verdict: 'INVALID' as const,
      reason: isKeyWithdrawn ? verification.reason : undefined,
      isRevocationChecked: false,
    };
  }

  const { verdict, fields, isRevocationChecked, revokedAt, form } = verification;
  return { verdict, fields, isRevocationChecked, revokedAt, form };
}

function readPayload(rawUrl: string | undefined): string {
  const rawPath = (rawUrl ?? '').split('?')[0] ?? '';

  return rawPath
    .slice(rawPath.indexOf(VERIFY_PREFIX) + VERIFY_PREFIX.length)
    .slice(0, MAX_PAYLOAD_CHARS);
}

/** GET /verify/<payload> and the page's fonts, rate-limited per client address. */
async function publicVerifyRoutes(scope: FastifyInstance, ctx: AppContext): Promise<void> {
  await scope.register(rateLimit, {
    max: ctx.config.verifyRatePerMinute,
    timeWindow: RATE_WINDOW_MS,
  });
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode !== 429) throw error;

    const isJson = (request.headers.accept ?? '').includes('application/json');
    if (isJson)
      return reply
        .status(429)
        .headers(PAGE_HEADERS)
        .send({ error: { code: 'RATE_LIMITED' } });
    return reply
      .status(429)
      .headers(PAGE_HEADERS)
      .type('text/html; charset=utf-8')
      .send(renderTooManyPage());
  });

  scope.get(`${VERIFY_FONT_PATH}:weight.woff2`, { schema: { hide: true } }, (request, reply) => {
    const font = FONTS[(request.params as { weight: string }).weight];
    if (!font) return reply.status(404).send();
    return reply
      .type('font/woff2')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(font);
  });

  scope.get(
    '/verify/*',
    { schema: { tags: ['verify'], summary: 'Verify a certificate (public)' } },
    async (request, reply) => {
      const verification = await verifyCertificate(
        ctx.keyring,
        readPayload(request.raw.url),
        ctx.db,
      );
      request.log.info(
        { verdict: verification.verdict, reason: verification.reason },
        'certificate verified',
      );
      const shown = publicVerification(verification);

      if ((request.headers.accept ?? '').includes('application/json'))
        return reply.headers(PAGE_HEADERS).send(shown);

      const unit = shown.fields ? await findUnit(ctx.db, shown.fields.unitCode) : undefined;
      const html = renderVerifyPage(shown, unit && { en: unit.name_en, te: unit.name_te });
      return reply.headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(html);
    },
  );
}

/**
 * The public side: GET /verify/<payload> (no login, rate-limited per client) says whether a
 * certificate is genuine, superseded (since when) or cancelled, as a page or, with Accept:
 * application/json, as JSON; /.well-known/patra-keys.json publishes the keys, with their
 * statuses, for offline checks. The payload is read from the raw URL so that no decoding by
 * the router can change the signed text.
 */
export async function verifyRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get(
    '/.well-known/patra-keys.json',
    { schema: { tags: ['verify'], summary: 'Trusted public keys' } },
    (_request, reply) => reply.send(publishKeys(ctx.keyring)),
  );

  await app.register((scope) => publicVerifyRoutes(scope, ctx));
}
