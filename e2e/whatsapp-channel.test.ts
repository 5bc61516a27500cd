import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueMessage } from '../src/whatsapp/send-message.ts';
import { encodeWebhookBody, signWebhookBody } from '../tools/whatsapp-standin/index.ts';
import { eventually, sendingFixture, type SendingFixture } from '../test/support/sending-fixture.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let f: SendingFixture;

beforeAll(async () => {
  patra = await startTestPatra();
  f = sendingFixture(patra, await patra.signIn());
});

afterAll(async () => {
  await patra.close();
});

describe('the 24-hour window', () => {
  it('switches a certificate copy refused with 131047 to the certificate_ready template', async () => {
    const recordId = await f.register('7000000501');
    await f.standin.waitForMessage((m) => m.to === '917000000501');
    const [push] = await f.messagesOf(recordId);
    const [certificate] = await patra.db.query<{ id: string }>('select id from certificates where record_id = $1', [recordId]);

    const copyId = await queueMessage(patra.db, {
      to: '917000000501', language: 'en', recordId,
      content: { type: 'document', certificateId: certificate?.id ?? '', caption: 'Birth certificate', basis: 'informant' },
    });
    const replacement = await eventually(async () => (await f.messagesOf(recordId)).find((m) => m.replaces_message_id === copyId));
    await eventually(() => Promise.resolve(f.sentTo('7000000501').length === 2 ? true : undefined));

    expect(push?.template_name).toBe('certificate_ready');
    expect(f.sentTo('7000000501').map((m) => m.body['type'])).toEqual(['template', 'template']);
    expect((await f.messagesOf(recordId)).find((m) => m.id === copyId)).toMatchObject({ status: 'failed', error_code: 131047 });
    expect(replacement.template_name).toBe('certificate_ready');
    expect((await f.queueItems()).some((i) => i.recordId === recordId)).toBe(false);
  });
});

describe('template status and the token, on /healthz', () => {
  it('stops a paused template at once, shows it on /healthz, and sends when Meta approves it again', async () => {
    await f.standin.setTemplateStatus('certificate_ready', 'te', 'PAUSED');
    const health = await eventually(async () => {
      const response = await patra.request<{ status: string; reason: string }>('GET', '/healthz');

      return response.status === 503 ? response : undefined;
    });
    const recordId = await f.register('7000000601');
    const [held] = await eventually(async () => {
      const rows = await f.messagesOf(recordId);

      return rows[0] && (await f.errorsOf(rows[0].id)).length > 0 ? rows : undefined;
    });
    const sentWhilePaused = f.sentTo('7000000601').length;

    await f.standin.setTemplateStatus('certificate_ready', 'te', 'APPROVED');
    await f.standin.waitForMessage((m) => m.to === '917000000601', 10_000);
    const healed = await eventually(async () => {
      const response = await patra.request<{ status: string }>('GET', '/healthz');

      return response.status === 200 ? response : undefined;
    });

    expect(health.body).toMatchObject({ status: 'degraded', reason: expect.stringContaining('certificate_ready (te) is PAUSED') as unknown });
    expect(sentWhilePaused).toBe(0);
    expect(await f.errorsOf(held?.id ?? '')).toEqual([{ code: 132015, source: 'sender', is_retryable: true }]);
    expect(healed.body).toEqual({ status: 'ok' });
  });

  it('shows a refused token on /healthz until a call with a good one succeeds', async () => {
    const refused = await f.clientWith('not-the-token').sendMessage({ to: '917000000701', type: 'text', text: { body: 'x' } });
    const down = await patra.request<{ status: string; reason: string }>('GET', '/healthz');
    await f.clientWith('standin-access-token').uploadMedia({ bytes: Buffer.from('%PDF-1.7\n%%EOF\n'), filename: 'a.pdf', mimeType: 'application/pdf' });
    const up = await patra.request<{ status: string }>('GET', '/healthz');

    expect(refused).toMatchObject({ ok: false, code: 190, httpStatus: 401, retryable: false });
    expect(down.status).toBe(503);
    expect(down.body.reason).toContain('token-refused');
    expect(up.body).toEqual({ status: 'ok' });
  });
});

describe('webhook intake', () => {
  it('applies every status of a batched POST: several entries, changes and statuses, in any order', async () => {
    const first = await f.register('7000000801');
    const second = await f.register('7000000802');
    const wamids = await Promise.all(['917000000801', '917000000802'].map(async (to) => (await f.standin.waitForMessage((m) => m.to === to)).id));
    const status = (id: string, name: string, seconds: number, extra: Record<string, unknown> = {}) => ({ id, status: name, timestamp: String(seconds), ...extra });
    const envelope = {
      object: 'whatsapp_business_account',
      entry: [
        { id: '102290129340398', changes: [
          { field: 'messages', value: { messaging_product: 'whatsapp', statuses: [status(wamids[0] ?? '', 'read', 1_900_000_030), status(wamids[1] ?? '', 'delivered', 1_900_000_020)] } },
          { field: 'messages', value: { messaging_product: 'whatsapp', statuses: [status(wamids[1] ?? '', 'read', 1_900_000_040, { recipient_user_id: 'IN.0123456789abcdef' })] } },
        ] },
        { id: '102290129340398', changes: [
          { field: 'messages', value: { messaging_product: 'whatsapp', statuses: [status(wamids[0] ?? '', 'delivered', 1_900_000_010)] } },
        ] },
      ],
    };
    const body = encodeWebhookBody(envelope, 'meta-escaped');

    const response = await fetch(`${patra.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWebhookBody(body, patra.config.whatsapp.appSecret) },
      body,
    });
    const statuses = await eventually(async () => {
      const rows = [...(await f.messagesOf(first)), ...(await f.messagesOf(second))];

      return rows.every((row) => row.status === 'read') ? rows.map((row) => row.status) : undefined;
    });

    expect(response.status).toBe(200);
    expect(statuses).toEqual(['read', 'read']);
  });
});
