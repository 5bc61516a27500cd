import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStandin } from './index.ts';
import type { Standin, StandinOptions } from './types.ts';

/** Credentials and ids the tests give the stand-in (made up, local only). */
export const TEST_IDS = {
  accessToken: 'test-access-token',
  appSecret: 'test-app-secret',
  phoneNumberId: '106540352242922',
  businessAccountId: '102290129340398',
} as const;

/** A citizen's number in wa_id form. */
export const CITIZEN = '919876543210';

/** A free-form text send to `to`. */
export function textMessage(to: string, content = 'Your request is received.') {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'text',
    text: { body: content },
  };
}

/** The `error` object of a Graph error body. */
export function errorOf(body: Record<string, unknown>): Record<string, unknown> {
  return body['error'] as Record<string, unknown>;
}

/** The citizen writes first, opening the 24-hour window; returns the inbound wamid. */
export async function openWindow(standin: Standin, from = CITIZEN): Promise<string> {
  return (await standin.injectInbound({ from, text: 'Hi' })).id;
}

/** For values a test knows are there: fails the test when they are not. */
export function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');

  return value;
}

/** Servers a test started, closed together by `closeStarted` after each test. */
const started = new Set<{ close: () => Promise<void> }>();

function track<T extends { close: () => Promise<void> }>(server: T): T {
  started.add(server);

  return server;
}

/** Closes every stand-in and receiver the test started: `afterEach(closeStarted)`. */
export async function closeStarted(): Promise<void> {
  const servers = [...started];
  started.clear();
  await Promise.all(servers.map((server) => server.close()));
}

/** Starts a stand-in with the test ids and quick statuses; override anything. */
export async function startTestStandin(overrides: Partial<StandinOptions> = {}): Promise<Standin> {
  return track(
    await startStandin({
      ...TEST_IDS,
      statusDelaysMs: { sent: 5, delivered: 15, read: 25 },
      webhookRetry: { attempts: 3, baseDelayMs: 20 },
      ...overrides,
    }),
  );
}

/** Calls a Graph path on the stand-in with the test token (or another one). */
export async function graph(
  standin: Standin,
  path: string,
  init: { method?: string; body?: unknown; token?: string | null } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (init.token !== null)
    headers['authorization'] = `Bearer ${init.token ?? TEST_IDS.accessToken}`;

  if (init.body !== undefined) headers['content-type'] = 'application/json';

  const response = await fetch(`${standin.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Sends a message body to `POST /v23.0/{phone-number-id}/messages`. */
export function send(standin: Standin, body: unknown, method = 'POST') {
  return graph(standin, `/v23.0/${TEST_IDS.phoneNumberId}/messages`, { method, body });
}

/** Uploads bytes through the multipart media endpoint; returns the status and body. */
export async function upload(
  standin: Standin,
  file: { bytes: Buffer; mimeType: string; filename: string },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.set('messaging_product', 'whatsapp');
  form.set('type', file.mimeType);
  form.set('file', new Blob([file.bytes], { type: file.mimeType }), file.filename);

  const response = await fetch(`${standin.url}/v23.0/${TEST_IDS.phoneNumberId}/media`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_IDS.accessToken}` },
    body: form,
  });

  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A small but well-formed-looking PDF. */
export const SAMPLE_PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Uploads the sample PDF and returns its media id. */
export async function uploadPdf(standin: Standin): Promise<string> {
  const { body } = await upload(standin, {
    bytes: SAMPLE_PDF,
    mimeType: 'application/pdf',
    filename: 'certificate.pdf',
  });

  return String(body['id']);
}

/** One POST the webhook receiver got, bytes as they arrived. */
export interface ReceivedWebhook {
  raw: Buffer;
  headers: IncomingHttpHeaders;
  json: Record<string, unknown>;
}

/** A local webhook endpoint on 127.0.0.1 that records every POST. */
export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Decides each reply's status; 200 unless told otherwise. */
  respondWith(status: (hit: number) => number): void;
  waitFor(
    predicate: (hook: ReceivedWebhook) => boolean,
    count?: number,
  ): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/** Starts a webhook receiver on a free loopback port. */
export async function startReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let statusFor: (hit: number) => number = () => 200;

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      received.push({
        raw,
        headers: request.headers,
        json: JSON.parse(raw.toString('utf8')) as Record<string, unknown>,
      });
      response.statusCode = statusFor(received.length);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return track<WebhookReceiver>({
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    respondWith: (status) => {
      statusFor = status;
    },
    waitFor: (predicate, count = 1) =>
      waitUntil(() => {
        const hits = received.filter(predicate);

        return hits.length >= count ? hits : undefined;
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  });
}

/** Polls until `probe` returns a value, failing after `timeoutMs`. */
export async function waitUntil<T>(probe: () => T | undefined, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const value = probe();
    if (value !== undefined) return value;

    if (Date.now() > deadline) throw new Error('timed out waiting');

    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The first entry of `entry[0].changes[0].value` of a webhook payload. */
export function valueOf(hook: ReceivedWebhook): Record<string, unknown> {
  const entry = (
    hook.json['entry'] as Array<{ changes: Array<{ value: Record<string, unknown> }> }>
  )[0];

  return entry?.changes[0]?.value ?? {};
}

/** The first status of a status webhook, or undefined for other webhooks. */
export function statusOf(hook: ReceivedWebhook): Record<string, unknown> | undefined {
  const statuses = valueOf(hook)['statuses'] as Array<Record<string, unknown>> | undefined;

  return statuses?.[0];
}
