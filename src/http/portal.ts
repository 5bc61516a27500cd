import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Where `npm run build:portal` (run by `npm install` through `prepare`) leaves the portal.
 * The tests build into a folder of their own and pass it as PATRA_PORTAL_DIR (config.portalDir).
 */
export const PORTAL_DIST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'portal', 'dist');

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** Only Patra's own scripts, styles, fonts and API; no frames, no inline script. */
const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Serves the registrar portal's built files at `/`. Assets carry a content hash in their
 * names, so they are cached for a year; index.html is never cached, so a new build shows at
 * once. Gzip and Brotli copies made at build time are sent to browsers that accept them.
 * Without a build, `/` says how to make one rather than failing obscurely.
 */
export async function portalRoutes(
  app: FastifyInstance,
  distDir: string = PORTAL_DIST_DIR,
): Promise<void> {
  if (!existsSync(join(distDir, 'index.html'))) {
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('The portal is not built: run `npm run build:portal`, then reload.\n'),
    );

    return;
  }

  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    index: ['index.html'],
    setHeaders: (response, path) => {
      const isHashedAsset = path.includes('/assets/');
      response.header(
        'cache-control',
        isHashedAsset ? `public, max-age=${ONE_YEAR_S}, immutable` : 'no-cache',
      );
      response.header('content-security-policy', PORTAL_CSP);
      response.header('x-content-type-options', 'nosniff');
      response.header('referrer-policy', 'no-referrer');
    },
  });
}
