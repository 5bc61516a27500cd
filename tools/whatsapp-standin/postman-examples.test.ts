import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Standin, TemplateDefinition } from './types.ts';
import {
  CITIZEN,
  graph,
  send,
  startReceiver,
  startTestStandin,
  statusOf,
  TEST_IDS,
  upload,
  uploadPdf,
  valueOf,
} from './test-support.ts';
import type { ReceivedWebhook, WebhookReceiver } from './test-support.ts';
import { lenientParse, loadPostmanExamples, pathsOf, shapeOf } from './postman-fixture.ts';

const examples = loadPostmanExamples();

/** Templates matching the parameter layout of Meta's two template examples. */
const POSTMAN_TEMPLATES: TemplateDefinition[] = [
  {
    name: 'postman_text',
    language: 'en_US',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: 'Order {{1}} costs {{2}}, delivered on {{3}}.' }],
  },
  {
    name: 'postman_media',
    language: 'en_US',
    category: 'UTILITY',
    components: [
      { type: 'HEADER', format: 'IMAGE' },
      { type: 'BODY', text: 'Order {{1}} costs {{2}}, delivered on {{3}}.' },
    ],
  },
];

const TEMPLATE_FOR: Record<string, string> = {
  send_template_text: 'postman_text',
  send_template_media: 'postman_media',
};

let standin: Standin;
let receiver: WebhookReceiver;
let inboundId: string;
let mediaId: string;

beforeAll(async () => {
  receiver = await startReceiver();
  standin = await startTestStandin({ webhookUrl: receiver.url, templates: POSTMAN_TEMPLATES });
  inboundId = (
    await standin.injectInbound({
      from: CITIZEN,
      profileName: 'Kerry Fisher',
      text: 'Hello this is an answer',
    })
  ).id;
  mediaId = await uploadPdf(standin);
});

afterAll(async () => {
  await standin.close();
  await receiver.close();
});

/** Fills the collection's placeholders with values valid on this stand-in. */
function substitute(raw: string, key: string): string {
  const values: Record<string, string> = {
    '{{Recipient-Phone-Number}}': CITIZEN,
    '<MSGID_OF_PREV_MSG>': inboundId,
    '<INCOMING_MSG_ID>': inboundId,
    '<WHATSAPP_MESSAGE_ID>': inboundId,
    '<DOCUMENT_OBJECT_ID>': mediaId,
    '<http(s)://document-url>': 'https://certs.example.gov.in/c/B-2026-000001.pdf',
    'http(s)://the-image-url': 'https://certs.example.gov.in/img/seal.jpg',
    'template-name': TEMPLATE_FOR[key] ?? 'template-name',
    'language-and-locale-code': 'en_US',
  };

  return Object.entries(values).reduce((text, [from, to]) => text.split(from).join(to), raw);
}

function exampleResponse(key: string): unknown {
  return JSON.parse(examples.responses[key]?.body ?? 'null');
}

describe("Meta's Postman request examples", () => {
  const sendKeys = Object.keys(examples.requests);

  it('the fixture holds every example the brief lists', () => {
    expect(sendKeys).toEqual(
      expect.arrayContaining([
        'send_text',
        'send_reply_text',
        'send_list',
        'send_reply_buttons',
        'send_document_by_id',
        'send_document_by_link',
        'send_template_text',
        'send_template_media',
        'mark_as_read',
      ]),
    );
  });

  it.each(sendKeys)('accepts %s with a response shaped like Postman’s', async (key) => {
    const example = examples.requests[key];
    const body = JSON.parse(substitute(example?.body ?? '', key)) as Record<string, unknown>;

    const response = await send(standin, body, example?.method);

    expect(response.status).toBe(200);
    const expected =
      body['status'] === 'read' ? exampleResponse('mark_as_read') : exampleResponse('send_text');
    expect(shapeOf(response.body)).toEqual(shapeOf(expected));
  });
});

describe("Meta's Postman response examples", () => {
  it('media upload, retrieve and delete answer in the same shapes', async () => {
    const uploaded = await upload(standin, {
      bytes: Buffer.from('%PDF-1.4'),
      mimeType: 'application/pdf',
      filename: 'a.pdf',
    });
    const id = String(uploaded.body['id']);
    const retrieved = await graph(
      standin,
      `/v23.0/${id}?phone_number_id=${TEST_IDS.phoneNumberId}`,
    );
    const deleted = await graph(
      standin,
      `/v23.0/${id}/?phone_number_id=${TEST_IDS.phoneNumberId}`,
      { method: 'DELETE' },
    );

    expect(shapeOf(uploaded.body)).toEqual(shapeOf(exampleResponse('media_upload')));
    expect(shapeOf(retrieved.body)).toEqual(shapeOf(exampleResponse('media_retrieve')));
    expect(deleted.body).toEqual(exampleResponse('media_delete'));
  });

  it('lists templates with the fields of the default listing', async () => {
    const listed = await graph(standin, `/v23.0/${TEST_IDS.businessAccountId}/message_templates`);
    const example = exampleResponse('templates_list') as { data: Array<Record<string, unknown>> };

    const exampleKeys = new Set(example.data.flatMap((t) => Object.keys(t)));
    for (const template of listed.body['data'] as Array<Record<string, unknown>>) {
      expect(Object.keys(template).every((k) => exampleKeys.has(k))).toBe(true);
    }
    expect(Object.keys(listed.body).sort()).toEqual(Object.keys(example).sort());
  });

  it('answers for its phone number id like "Get Phone Number By ID"', async () => {
    const response = await graph(standin, `/v23.0/${TEST_IDS.phoneNumberId}`);

    expect(shapeOf(response.body)).toEqual(shapeOf(exampleResponse('phone_number')));
  });
});

describe("Meta's Postman webhook examples", () => {
  const byKind = (kind: string) => (hook: ReceivedWebhook) =>
    valueOf(hook)['messages'] !== undefined && JSON.stringify(hook.json).includes(kind);

  it('every webhook example parses once its placeholders are filled', () => {
    for (const [key, example] of Object.entries(examples.webhooks)) {
      const payload = lenientParse(example.body) as Record<string, unknown>;
      expect(payload['object'], key).toBe('whatsapp_business_account');
    }
  });

  it('an inbound text has exactly the keys of "Received Text Message"', () => {
    const hook = receiver.received.find(byKind('"type":"text"'));
    const example = lenientParse(examples.webhooks['received_text_message']?.body ?? '');

    expect(new Set(pathsOf(hook?.json))).toEqual(new Set(pathsOf(example)));
  });

  it('a quick-reply tap has exactly the keys of the quick-reply example', async () => {
    await send(
      standin,
      JSON.parse(
        substitute(examples.requests['send_template_text']?.body ?? '', 'send_template_text'),
      ),
    );
    await standin.injectInbound({
      from: CITIZEN,
      buttonPayload: 'No-Button-Payload',
      buttonText: 'No',
    });
    const hook = receiver.received.find(byKind('"type":"button"'));
    const example = lenientParse(
      examples.webhooks['received_callback_from_a_quick_reply_button_click']?.body ?? '',
    );

    expect(new Set(pathsOf(hook?.json))).toEqual(new Set(pathsOf(example)));
  });

  it('sent and failed statuses hold every key of the status examples', async () => {
    const sent = receiver.received.find((h) => statusOf(h)?.['status'] === 'sent');
    standin.failNext({ code: 131053, async: true });
    await send(
      standin,
      JSON.parse(substitute(examples.requests['send_text']?.body ?? '', 'send_text')),
    );
    const [failed] = await receiver.waitFor((h) => statusOf(h)?.['status'] === 'failed');

    const ours = (hook: ReceivedWebhook | undefined) => new Set(pathsOf(hook?.json));
    for (const key of [
      'message_status_update_notifications',
      'status_message_sent_business_initiated',
    ]) {
      const example = pathsOf(lenientParse(examples.webhooks[key]?.body ?? ''));
      expect(
        example.filter((p) => !ours(sent).has(p)),
        key,
      ).toEqual([]);
    }
    const failedExample = pathsOf(
      lenientParse(examples.webhooks['status_message_failed']?.body ?? ''),
    );
    expect(failedExample.filter((p) => !ours(failed).has(p))).toEqual([]);
  });
});
