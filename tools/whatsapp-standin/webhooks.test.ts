import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeWebhookBody } from './webhook-encoding.ts';
import type { Standin } from './types.ts';
import {
  CITIZEN,
  graph,
  send,
  startReceiver,
  startTestStandin,
  statusOf,
  TEST_IDS,
  uploadPdf,
  valueOf,
  waitUntil,
  closeStarted,
} from './test-support.ts';
import type { ReceivedWebhook, WebhookReceiver } from './test-support.ts';

let standin: Standin | undefined;
let receiver: WebhookReceiver | undefined;

afterEach(closeStarted);

async function setUp(options: Parameters<typeof startTestStandin>[0] = {}) {
  receiver = await startReceiver();
  standin = await startTestStandin({ webhookUrl: receiver.url, ...options });

  return { standin, receiver };
}

function certificateTemplate(mediaId: string, name = 'అన్విత') {
  return {
    messaging_product: 'whatsapp',
    to: CITIZEN,
    type: 'template',
    template: {
      name: 'certificate_ready',
      language: { code: 'te' },
      components: [
        {
          type: 'header',
          parameters: [{ type: 'document', document: { id: mediaId, filename: 'B-2026.pdf' } }],
        },
        {
          type: 'body',
          parameters: [
            { type: 'text', text: name },
            { type: 'text', text: 'B-2026:28-90001-000001' },
          ],
        },
      ],
    },
  };
}

function hmacHex(bytes: Buffer): string {
  return createHmac('sha256', TEST_IDS.appSecret).update(bytes).digest('hex');
}

const isStatus = (hook: ReceivedWebhook): boolean => statusOf(hook) !== undefined;

describe('status webhooks', () => {
  it('reports sent, delivered and read in order, signed over the exact bytes', async () => {
    const { standin, receiver } = await setUp();
    const mediaId = await uploadPdf(standin);

    const { body } = await send(standin, certificateTemplate(mediaId));
    const wamid = (body['messages'] as Array<{ id: string }>)[0]?.id;
    const hooks = await receiver.waitFor(isStatus, 3);

    expect(hooks.map((h) => statusOf(h)?.['status'])).toEqual(['sent', 'delivered', 'read']);
    for (const hook of hooks) {
      expect(hook.headers['x-hub-signature-256']).toBe(`sha256=${hmacHex(hook.raw)}`);
      expect(statusOf(hook)?.['id']).toBe(wamid);
      expect(statusOf(hook)?.['recipient_id']).toBe(CITIZEN);
      expect(statusOf(hook)?.['timestamp']).toMatch(/^\d{10}$/);
    }
  });

  it('wraps statuses in Meta’s envelope; utility pricing on sent and delivered', async () => {
    const { standin, receiver } = await setUp();
    await send(standin, certificateTemplate(await uploadPdf(standin)));
    const [sent, delivered, read] = await receiver.waitFor(isStatus, 3);

    expect(sent?.json['object']).toBe('whatsapp_business_account');
    expect(sent?.json['entry']).toMatchObject([
      { id: TEST_IDS.businessAccountId, changes: [{ field: 'messages' }] },
    ]);
    expect(valueOf(sent as ReceivedWebhook)['metadata']).toEqual({
      display_phone_number: '919552300009',
      phone_number_id: TEST_IDS.phoneNumberId,
    });
    expect(statusOf(sent as ReceivedWebhook)).toMatchObject({
      conversation: { origin: { type: 'utility' } },
      pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
    });
    expect(statusOf(delivered as ReceivedWebhook)?.['pricing']).toBeDefined();
    expect(statusOf(read as ReceivedWebhook)?.['pricing']).toBeUndefined();
  });

  it('retries a delivery the receiver answers with 500', async () => {
    const { standin, receiver } = await setUp();
    receiver.respondWith((hit) => (hit <= 2 ? 500 : 200));

    await standin.injectInbound({ from: CITIZEN, text: 'Hi' });

    expect(receiver.received).toHaveLength(3);
    expect(receiver.received[2]?.raw.equals(receiver.received[0]?.raw ?? Buffer.alloc(0))).toBe(
      true,
    );
    expect(standin.webhookDeliveries()).toMatchObject([
      { url: receiver.url, kind: 'message:text', statusCode: 200, attempts: 3 },
    ]);
  });

  it('gives up after the configured attempts and records the last status', async () => {
    const { standin, receiver } = await setUp();
    receiver.respondWith(() => 503);

    const result = await standin.injectInbound({ from: CITIZEN, text: 'Hi' });

    expect(result.statusCode).toBe(503);
    expect(receiver.received).toHaveLength(3);
    const listed = await graph(standin, '/_standin/webhooks', { token: null });
    expect(listed.body).toMatchObject([{ statusCode: 503, attempts: 3 }]);
  });

  it('can deliver statuses out of order and twice, as Meta sometimes does', async () => {
    const { standin, receiver } = await setUp({ reorderStatuses: true, duplicateWebhooks: true });
    await standin.injectInbound({ from: CITIZEN, text: 'Hi' });

    await send(standin, {
      messaging_product: 'whatsapp',
      to: CITIZEN,
      type: 'text',
      text: { body: 'ok' },
    });
    const hooks = await receiver.waitFor(isStatus, 6);

    expect(hooks.map((h) => statusOf(h)?.['status'])).toEqual([
      'read',
      'read',
      'delivered',
      'delivered',
      'sent',
      'sent',
    ]);
    const timestampOf = (status: string): number => {
      const hook = hooks.find((h) => statusOf(h)?.['status'] === status) as ReceivedWebhook;

      return Number(statusOf(hook)?.['timestamp']);
    };
    expect(timestampOf('sent')).toBeLessThanOrEqual(timestampOf('delivered'));
    expect(timestampOf('delivered')).toBeLessThanOrEqual(timestampOf('read'));
  });

  it('records but does not send webhooks until a URL is set', async () => {
    standin = await startTestStandin();
    await standin.injectInbound({ from: CITIZEN, text: 'first' });
    receiver = await startReceiver();

    standin.setWebhookUrl(receiver.url);
    await standin.injectInbound({ from: CITIZEN, text: 'second' });

    expect(standin.webhookDeliveries().map((d) => d.url)).toEqual([null, receiver.url]);
    expect(receiver.received).toHaveLength(1);
  });
});

describe('body encoding', () => {
  it('meta-escaped: pure ASCII, \\u0c.. escapes and \\/, parsing back to Telugu', async () => {
    const { standin, receiver } = await setUp();

    await standin.injectInbound({
      from: CITIZEN,
      profileName: 'అన్విత',
      text: 'జనన ధృవీకరణ పత్రం B-2026/28',
    });
    const [hook] = receiver.received;
    const raw = hook?.raw ?? Buffer.alloc(0);

    expect([...raw].every((byte) => byte < 0x80)).toBe(true);
    expect(raw.toString('ascii')).toContain('\\u0c05\\u0c28\\u0c4d');
    expect(raw.toString('ascii')).toContain('B-2026\\/28');
    expect(raw.toString('ascii')).not.toMatch(/\\u[0-9a-f]{0,3}[A-F]/);
    expect(hook?.headers['x-hub-signature-256']).toBe(`sha256=${hmacHex(raw)}`);
    const value = valueOf(hook as ReceivedWebhook);
    expect(value['contacts']).toEqual([{ profile: { name: 'అన్విత' }, wa_id: CITIZEN }]);
    expect(value['messages']).toMatchObject([
      { type: 'text', text: { body: 'జనన ధృవీకరణ పత్రం B-2026/28' } },
    ]);
  });

  it('sends UTF-8 bytes signed as they are in raw-utf8 mode', async () => {
    const { standin, receiver } = await setUp({ bodyEncoding: 'raw-utf8' });

    await standin.injectInbound({ from: CITIZEN, profileName: 'అన్విత', text: 'a/b' });
    const raw = receiver.received[0]?.raw ?? Buffer.alloc(0);

    expect(raw.toString('utf8')).toContain('"name":"అన్విత"');
    expect(raw.toString('utf8')).toContain('"body":"a/b"');
    expect(receiver.received[0]?.headers['x-hub-signature-256']).toBe(`sha256=${hmacHex(raw)}`);
  });

  it('escapes characters outside the BMP as two UTF-16 units', () => {
    const body = encodeWebhookBody({ text: 'ok 👍 ä' }, 'meta-escaped').toString('ascii');

    expect(body).toBe('{"text":"ok \\ud83d\\udc4d \\u00e4"}');
  });
});

describe('template status webhooks', () => {
  it('reports a paused template on the message_template_status_update field', async () => {
    const { standin, receiver } = await setUp();

    await standin.setTemplateStatus('certificate_ready', 'te', 'PAUSED');
    const hook = await waitUntil(() => receiver.received[0]);

    const entry = (hook.json['entry'] as Array<Record<string, unknown>>)[0];
    expect(entry).toMatchObject({
      id: TEST_IDS.businessAccountId,
      changes: [
        {
          field: 'message_template_status_update',
          value: {
            event: 'PAUSED',
            message_template_name: 'certificate_ready',
            message_template_language: 'te',
          },
        },
      ],
    });
    expect(typeof entry?.['time']).toBe('number');
  });
});
