import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../shared/logger.ts';
import { boot } from './boot.ts';
import { sampleBirth } from './sample-birth.ts';

const DELIVERY_TIMEOUT_MS = 30_000;

/**
 * The demo never touches production settings: a temporary database, the stand-in, and the
 * development key of this data folder (never PATRA_SIGNING_KEY), so it cannot mint a
 * certificate that a production verifier would trust. Its QR points at a local `npm start`,
 * whose register does not hold the demo's record.
 */
const DEMO_ENVIRONMENT = {
  PORT: '0',
  DATABASE_URL: '',
  WHATSAPP_TOKEN: '',
  PATRA_SIGNING_KEY: '',
  PATRA_SIGNING_KEY_ID: '',
  PATRA_TRUSTED_KEYS: '',
  PATRA_PDF_SIGNING_CERT: '',
  PATRA_PDF_SIGNING_KEY: '',
  PUBLIC_BASE_URL: 'http://localhost:3000',
};

/**
 * `patra demo --out DIR`: the whole journey once, in a temporary in-memory database with the
 * stand-in, signed with the same development key as `patra serve`. Leaves DIR/certificate.pdf
 * (the bytes the stand-in received) and DIR/template-request.json; the last line printed is
 * `registration number: <n>`.
 */
export async function runDemo(options: { outDir: string }): Promise<number> {
  const seedPassword = randomBytes(12).toString('base64url');
  const config = { ...loadConfig({ ...process.env, ...DEMO_ENVIRONMENT }), seedPassword };
  const running = await boot({ config, log: createLogger('warn'), dataDirForDb: 'memory://' });

  try {
    const token = await signInAs(running.url, 'tnl-m', seedPassword);
    console.log('Signed in as the registrar of Tenali Municipality (tnl-m).');
    const registered = await postJson<{ recordId: string; registrationNumber: string }>(`${running.url}/api/v1/births`, sampleBirth(), token);
    console.log(`Registered a birth at the Government District Hospital, Tenali: record ${registered.recordId}`);

    const message = await running.standin?.waitForMessage((m) => m.body.type === 'template', DELIVERY_TIMEOUT_MS);
    if (!running.standin || !message) throw new Error('the stand-in received no template');
    const status = await waitForDelivery(running.url, registered.recordId, token);
    console.log(`WhatsApp: certificate_ready sent to the informant; delivery status: ${status}`);

    const pdf = running.standin.mediaBytes(documentMediaId(message.body));
    if (!pdf) throw new Error('the stand-in has no document for the template');
    const outDir = resolve(options.outDir);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'certificate.pdf'), pdf);
    writeFileSync(join(outDir, 'template-request.json'), `${JSON.stringify(message.body, null, 2)}\n`);
    console.log(`Wrote ${join(outDir, 'certificate.pdf')} (${pdf.length} bytes) and template-request.json`);
    console.log(`registration number: ${registered.registrationNumber}`);

    return 0;
  } finally {
    await running.close();
  }
}

async function signInAs(baseUrl: string, username: string, password: string): Promise<string> {
  const session = await postJson<{ token: string }>(`${baseUrl}/api/v1/sessions`, { username, password });

  return session.token;
}

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json)}`);

  return json;
}

async function waitForDelivery(baseUrl: string, recordId: string, token: string): Promise<string> {
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  let status = 'unknown';
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/v1/records/${recordId}`, { headers: { authorization: `Bearer ${token}` } });
    const record = (await response.json()) as { certificates: { deliveries: { status: string }[] }[] };
    status = record.certificates[0]?.deliveries[0]?.status ?? status;
    if (status === 'delivered' || status === 'read' || status === 'failed') return status;
    await new Promise((done) => setTimeout(done, 100));
  }

  return status;
}

function documentMediaId(body: Record<string, unknown>): string {
  const template = body.template as { components?: { type: string; parameters?: { document?: { id?: string } }[] }[] };
  const header = template.components?.find((component) => component.type === 'header');

  return header?.parameters?.[0]?.document?.id ?? '';
}
