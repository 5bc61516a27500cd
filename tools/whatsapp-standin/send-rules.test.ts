import { afterEach, describe, expect, it } from 'vitest';
import type { Standin } from './types.ts';
import {
  CITIZEN,
  errorOf,
  graph,
  openWindow,
  present,
  send,
  startReceiver,
  startTestStandin,
  statusOf,
  TEST_IDS,
  textMessage,
  closeStarted,
} from './test-support.ts';
import type { WebhookReceiver } from './test-support.ts';

let standin: Standin | undefined;
let receiver: WebhookReceiver | undefined;

afterEach(closeStarted);

describe('authentication and routing', () => {
  it('answers 401 with code 190 for a missing or wrong token', async () => {
    standin = await startTestStandin();

    const path = `/v23.0/${TEST_IDS.phoneNumberId}/messages`;

    const missing = await graph(standin, path, { body: textMessage(CITIZEN), token: null });
    const wrong = await graph(standin, path, { body: textMessage(CITIZEN), token: 'nope' });

    for (const response of [missing, wrong]) {
      expect(response.status).toBe(401);
      expect(errorOf(response.body)).toMatchObject({ type: 'OAuthException', code: 190 });
    }
  });

  it('answers 100 for a phone number id it does not have', async () => {
    standin = await startTestStandin();

    const response = await graph(standin, '/v23.0/123456789/messages', {
      body: textMessage(CITIZEN),
    });

    expect(response.status).toBe(400);
    expect(errorOf(response.body)).toMatchObject({ code: 100 });
  });

  it('accepts any version segment from v21.0 to v24.0', async () => {
    standin = await startTestStandin();
    await openWindow(standin);

    for (const version of ['v21.0', 'v22.0', 'v24.0']) {
      const response = await graph(standin, `/${version}/${TEST_IDS.phoneNumberId}/messages`, {
        body: textMessage(CITIZEN),
      });
      expect(response.status).toBe(200);
    }
  });
});

describe('recipients and the 24-hour window', () => {
  it.each([
    ['+91 98765-43210', CITIZEN],
    ['9876543210', CITIZEN],
    ['09876543210', CITIZEN],
    ['919876543210', CITIZEN],
  ])('normalises %s to %s and echoes the input', async (input, waId) => {
    standin = await startTestStandin();
    await openWindow(standin);

    const response = await send(standin, textMessage(input));

    expect(response.status).toBe(200);
    expect(response.body['contacts']).toEqual([{ input, wa_id: waId }]);
    expect((response.body['messages'] as Array<{ id: string }>)[0]?.id).toMatch(
      /^wamid\.[A-Za-z0-9+/]+=*$/,
    );
  });

  it('rejects a `to` that is not a number with 100', async () => {
    standin = await startTestStandin();

    const response = await send(standin, textMessage('ravi@example'));

    expect(errorOf(response.body)).toMatchObject({ code: 100 });
  });

  it('refuses free-form text with 131047 before the citizen has written', async () => {
    standin = await startTestStandin();

    const response = await send(standin, textMessage(CITIZEN));

    expect(response.status).toBe(400);
    expect(errorOf(response.body)).toMatchObject({
      code: 131047,
      message: '(#131047) Re-engagement message',
    });
    expect(standin.messages()).toHaveLength(0);
  });

  it('closes the window 24 hours after the citizen’s last message', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    standin = await startTestStandin({ clock: () => now });
    await openWindow(standin);

    now += 23 * 60 * 60 * 1000;
    const inside = await send(standin, textMessage(CITIZEN));
    now += 60 * 60 * 1000;
    const outside = await send(standin, textMessage(CITIZEN));

    expect(inside.status).toBe(200);
    expect(errorOf(outside.body)).toMatchObject({ code: 131047 });
  });

  it('can report the closed window as a failed status instead', async () => {
    receiver = await startReceiver();
    standin = await startTestStandin({ webhookUrl: receiver.url, reengagementFailure: 'async' });

    const response = await send(standin, textMessage(CITIZEN));
    const [hook] = await receiver.waitFor((h) => statusOf(h)?.['status'] === 'failed');

    expect(response.status).toBe(200);
    expect(statusOf(present(hook))?.['errors']).toMatchObject([{ code: 131047 }]);
  });

  it('accepts a send to a number not on WhatsApp, then reports failed with 131026', async () => {
    receiver = await startReceiver();
    standin = await startTestStandin({
      webhookUrl: receiver.url,
      unreachableNumbers: ['+91 90000 00001'],
    });
    await openWindow(standin, '919000000001');

    const response = await send(standin, textMessage('9000000001'));
    const [hook] = await receiver.waitFor((h) => statusOf(h) !== undefined);

    expect(response.status).toBe(200);
    expect(statusOf(present(hook))).toMatchObject({
      status: 'failed',
      recipient_id: '919000000001',
      errors: [
        {
          code: 131026,
          title: 'Message undeliverable',
          error_data: { details: expect.any(String) as unknown },
        },
      ],
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(receiver.received.filter((h) => statusOf(h) !== undefined)).toHaveLength(1);
  });
});

describe('failure injection and limits', () => {
  it('fails the next send synchronously with the injected code and HTTP status', async () => {
    standin = await startTestStandin();
    await openWindow(standin);
    standin.failNext({ code: 131000 });

    const failed = await send(standin, textMessage(CITIZEN));
    const next = await send(standin, textMessage(CITIZEN));

    expect(failed.status).toBe(500);
    expect(errorOf(failed.body)).toMatchObject({ code: 131000 });
    expect(next.status).toBe(200);
  });

  it('fails only a send to the given number, and asynchronously when asked', async () => {
    receiver = await startReceiver();
    standin = await startTestStandin({ webhookUrl: receiver.url });
    await openWindow(standin);
    standin.failNext({
      to: '+91 98765 43210',
      code: 131053,
      details: 'host unreachable',
      async: true,
    });

    const response = await send(standin, textMessage(CITIZEN));
    const [hook] = await receiver.waitFor((h) => statusOf(h)?.['status'] === 'failed');

    expect(response.status).toBe(200);
    expect(statusOf(present(hook))?.['errors']).toMatchObject([
      { code: 131053, error_data: { details: 'host unreachable' } },
    ]);
  });

  it('answers 429 with 130429 above the messages-per-second limit', async () => {
    standin = await startTestStandin({ mpsLimit: 3 });
    await openWindow(standin);

    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await send(standin, textMessage(CITIZEN))).status);
    const limited = await send(standin, textMessage(CITIZEN));

    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(errorOf(limited.body)).toMatchObject({ code: 130429 });
  });
});
