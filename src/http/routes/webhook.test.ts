import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaWebhookExamples } from '../../../test/support/meta-examples.ts';
import { startTestPatra, type TestPatra } from '../../../test/support/test-patra.ts';

let patra: TestPatra;

beforeAll(async () => {
  patra = await startTestPatra();
});

afterAll(async () => patra.close());

const sign = (body: Buffer | string, secret = patra.config.whatsapp.appSecret): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

async function post(body: Buffer | string, signature?: string): Promise<number> {
  const response = await fetch(`${patra.url}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
    body,
  });

  return response.status;
}

async function inboxCount(): Promise<number> {
  const [row] = await patra.db.query<{ n: number }>('select count(*)::int as n from webhook_inbox');

  return row?.n ?? 0;
}

async function waitForProcessing(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const [row] = await patra.db.query<{ n: number }>('select count(*)::int as n from webhook_inbox where processed_at is null');
    if (row?.n === 0) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  const jobs = await patra.db.query('select kind, attempts, last_error from outbox where done_at is null');
  throw new Error(`webhooks were not processed: ${JSON.stringify(jobs)}`);
}

describe('GET /webhooks/whatsapp (subscription handshake)', () => {
  it('answers the challenge as plain text for the right verify token', async () => {
    const query = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': patra.config.whatsapp.verifyToken, 'hub.challenge': '1158201444' });
    const response = await fetch(`${patra.url}/webhooks/whatsapp?${query.toString()}`);

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1158201444');
  });

  it('refuses a wrong verify token', async () => {
    const query = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' });

    expect((await fetch(`${patra.url}/webhooks/whatsapp?${query.toString()}`)).status).toBe(403);
  });
});

describe('POST /webhooks/whatsapp', () => {
  const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });

  it('refuses a body without a signature, with a wrong one, or signed with another secret, and stores nothing', async () => {
    const before = await inboxCount();

    expect(await post(body)).toBe(401);
    expect(await post(body, 'sha256=' + '0'.repeat(64))).toBe(401);
    expect(await post(body, sign(body, 'another-secret'))).toBe(401);
    expect(await post(body, sign(`${body} `))).toBe(401);
    expect(await inboxCount()).toBe(before);
  });

  it("accepts the signature over Meta's escaped bytes and over raw UTF-8 bytes", async () => {
    const raw = JSON.stringify({ object: 'whatsapp_business_account', entry: [], note: 'జనన ధ్రువీకరణ పత్రం' });
    const escaped = raw.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

    expect(await post(escaped, sign(escaped))).toBe(200);
    expect(await post(Buffer.from(raw), sign(Buffer.from(raw)))).toBe(200);
    expect(await post(Buffer.from(raw), sign(escaped))).toBe(200);
  });

  it.each(metaWebhookExamples())("accepts Meta's published example: $item", async ({ body: example }) => {
    const before = await inboxCount();

    expect(await post(example, sign(example))).toBe(200);
    expect(await inboxCount()).toBe(before + 1);
  });

  it("applies the statuses in Meta's examples to the message they name", async () => {
    const sentExample = metaWebhookExamples().find((example) => example.name === 'message_status_update_notifications');
    const waMessageId = (JSON.parse(sentExample?.body ?? '{}') as { entry: { changes: { value: { statuses: { id: string }[] } }[] }[] })
      .entry[0]?.changes[0]?.value.statuses[0]?.id;
    await patra.db.query(
      "insert into wa_messages (id, to_wa_id, kind, language, status, wa_message_id) values (gen_random_uuid(), '919876543210', 'certificate', 'te', 'accepted', $1)",
      [waMessageId],
    );

    expect(await post(sentExample?.body ?? '', sign(sentExample?.body ?? ''))).toBe(200);
    await waitForProcessing();

    const [message] = await patra.db.query<{ status: string }>('select status from wa_messages where wa_message_id = $1', [waMessageId]);
    expect(message?.status).toBe('sent');
  });
});
