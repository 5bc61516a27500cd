import { afterEach, describe, expect, it } from 'vitest';
import type { Standin } from './types.ts';
import {
  CITIZEN,
  graph,
  openWindow,
  present,
  send,
  startReceiver,
  startTestStandin,
  textMessage,
  valueOf,
  closeStarted,
} from './test-support.ts';
import type { WebhookReceiver } from './test-support.ts';

let standin: Standin | undefined;
let receiver: WebhookReceiver | undefined;

afterEach(closeStarted);

describe('the citizen side', () => {
  it('turns a list-row tap into a list_reply with title, description and context', async () => {
    receiver = await startReceiver();
    standin = await startTestStandin({ webhookUrl: receiver.url });
    await openWindow(standin);
    const sent = await send(standin, {
      messaging_product: 'whatsapp',
      to: CITIZEN,
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'What do you need?' },
        action: {
          button: 'Choose',
          sections: [
            {
              title: 'Birth',
              rows: [{ id: 'REQ_BIRTH', title: 'Birth certificate', description: 'Download' }],
            },
          ],
        },
      },
    });
    const wamid = (sent.body['messages'] as Array<{ id: string }>)[0]?.id;

    await standin.injectInbound({ from: CITIZEN, interactiveReplyId: 'REQ_BIRTH' });
    const hook = present(receiver.received.at(-1));

    expect(valueOf(hook)['messages']).toMatchObject([
      {
        context: { from: '919552300009', id: wamid },
        from: CITIZEN,
        type: 'interactive',
        interactive: {
          type: 'list_reply',
          list_reply: { id: 'REQ_BIRTH', title: 'Birth certificate', description: 'Download' },
        },
      },
    ]);
  });

  it('sends a citizen’s document as an inbound document whose media can be fetched', async () => {
    receiver = await startReceiver();
    standin = await startTestStandin({ webhookUrl: receiver.url });

    await standin.injectInbound({
      from: CITIZEN,
      document: { content: Buffer.from('%PDF-1.4'), filename: 'aadhaar.pdf' },
    });
    const message = (
      valueOf(present(receiver.received[0]))['messages'] as Array<Record<string, unknown>>
    )[0];
    const document = message?.['document'] as Record<string, string>;

    expect(document).toMatchObject({
      filename: 'aadhaar.pdf',
      mime_type: 'application/pdf',
      id: expect.stringMatching(/^\d+$/) as unknown,
    });
    expect(standin.mediaBytes(document['id'] ?? '')?.toString()).toBe('%PDF-1.4');
  });

  it('lists sends and takes inbound messages over the stand-in paths', async () => {
    standin = await startTestStandin();

    const inbound = await graph(standin, '/_standin/inbound', {
      body: { from: CITIZEN, text: 'Hi' },
      token: null,
    });
    await send(standin, textMessage(CITIZEN, 'Hello from Patra'));
    const listed = await graph(standin, '/_standin/messages', { token: null });

    expect(inbound.body).toMatchObject({
      id: expect.stringMatching(/^wamid\./) as unknown,
      statusCode: null,
    });
    expect(listed.body).toMatchObject([
      { to: CITIZEN, body: { text: { body: 'Hello from Patra' } } },
    ]);
    expect(await standin.waitForMessage((m) => m.to === CITIZEN)).toMatchObject({
      rawBody: expect.stringContaining('Hello from Patra') as unknown,
    });
  });
});
