import type { FastifyRequest } from 'fastify';
import type { Keyring } from '../certificates/keys.ts';
import type { PdfSigner } from '../certificates/sign-pdf.ts';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/db.ts';
import type { Actor } from '../registry/actor.ts';
import { authenticate } from '../registry/sign-in.ts';
import { AppError } from '../shared/app-error.ts';
import type { Logger } from '../shared/logger.ts';

/** Whether the service can take requests; `reason` says why not while it starts. */
export interface Readiness {
  reason: string | undefined;
}

/** What every route needs, built once at start. */
export interface AppContext {
  db: Db;
  config: Config;
  keyring: Keyring;
  log: Logger;
  readiness: Readiness;
  publicBaseUrl: string;
  /** Signs the PDFs the API hands out itself (Form 10); certificates of records are signed by the worker. */
  pdfSigner?: PdfSigner;
  /** The stand-in's phone simulator page, linked from the portal; unset when Patra talks to Meta. */
  phoneSimulatorUrl?: string;
}

/** The signed-in actor of a request, from its bearer token; UNAUTHENTICATED otherwise. */
export async function requireActor(ctx: AppContext, request: FastifyRequest): Promise<Actor> {
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  if (!token) throw new AppError('UNAUTHENTICATED', 'no bearer token');

  return authenticate(ctx.db, token);
}
