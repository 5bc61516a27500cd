import { afterEach, describe, expect, it } from 'vitest';
import type { Standin } from './types.ts';
import {
  CITIZEN,
  openWindow,
  present,
  send,
  startReceiver,
  startTestStandin,
  textMessage,
  waitUntil,
  closeStarted,
} from './test-support.ts';
import type { ReceivedWebhook, WebhookReceiver } from './test-support.ts';

let standin: Standin | undefined;
let receiver: WebhookReceiver | undefined;

afterEach(closeStarted);

type Entry = { id: string; changes: { field: string; value: Record<string, unknown> }[] };

function entriesOf(hook: ReceivedWebhook): Entry[] {
  return hook.json['entry'] as Entry[];
}

function statusesIn(hook: ReceivedWebhook): Record<string, unknown>[] {
  return entriesOf(hook).flatMap((e) => e.changes.flatMap((c) => (c.value['statuses'] as Record<string, unknown>[] | undefined) ?? []));
}

describe('batched webhooks', () => {
  it('puts what falls due together into one POST: several statuses, entries and changes', async () => {
    receiver = await startReceiver();
    standin = await startTestStandin({ webhookUrl: receiver.url, batchWebhooks: { windowMs: 150 } });
    await openWindow(standin);
    await openWindow(standin, '919876543211');
    await waitUntil(() => (receiver?.received.length ?? 0) >= 1 || undefined);

    await send(standin, textMessage(CITIZEN));
    await send(standin, textMessage('919876543211'));
    await standin.injectInbound({ from: CITIZEN, text: 'మెనూ' });
    const statuses = await waitUntil(() => {
      const all = receiver?.received.flatMap(statusesIn) ?? [];

      return all.length >= 6 ? all : undefined;
    });

    const batched = present(receiver.received.find((hook) => statusesIn(hook).length >= 2));
    expect(statuses.filter((s) => s['status'] === 'read')).toHaveLength(2);
    expect(receiver.received.length).toBeLessThan(1 + 6 + 1);
    expect(batched.raw.toString('latin1')).not.toMatch(/[^\x20-\x7e]/);
    expect(standin.webhookDeliveries().some((d) => d.kind.startsWith('batch:'))).toBe(true);
  });

  it('can carry an inbound message and statuses in two entries of one POST', async () => {
    receiver = await startReceiver();
    standin = await startTestStandin({ webhookUrl: receiver.url, batchWebhooks: { windowMs: 300 }, statusDelaysMs: { sent: 1, delivered: 2, read: 3 } });
    await openWindow(standin);
    await waitUntil(() => (receiver?.received.length ?? 0) >= 1 || undefined, 2_000);

    await send(standin, textMessage(CITIZEN));
    await standin.injectInbound({ from: CITIZEN, text: 'Hi' });
    const mixed = await waitUntil(() => receiver?.received.find((hook) => entriesOf(hook).length === 2));

    const [statusEntry, otherEntry] = entriesOf(mixed);
    expect(statusEntry?.changes[0]?.value['statuses']).toMatchObject([{ status: 'sent' }]);
    expect(otherEntry?.changes[0]?.value['messages']).toMatchObject([{ type: 'text', text: { body: 'Hi' } }]);
  });
});

describe('payloads with business-scoped user ids only', () => {
  it('names the citizen by user id, never by number, and takes a reply addressed to it', async () => {
    receiver = await startReceiver();
    standin = await startTestStandin({ webhookUrl: receiver.url, bsuidOnly: true });

    await standin.injectInbound({ from: CITIZEN, text: 'Hi' });
    const [inbound] = await receiver.waitFor((hook) => JSON.stringify(hook.json).includes('"messages"'));
    const userId = standin.userIdOf(CITIZEN);
    const reply = await send(standin, { messaging_product: 'whatsapp', recipient: userId, type: 'text', text: { body: 'Menu' } });
    const [status] = await receiver.waitFor((hook) => statusesIn(hook).length > 0);

    const value = present(entriesOf(present(inbound))[0]?.changes[0]).value;
    expect(value['contacts']).toEqual([{ profile: { name: 'WhatsApp user' }, user_id: userId }]);
    expect(value['messages']).toMatchObject([{ from_user_id: userId, type: 'text' }]);
    expect(JSON.stringify(value)).not.toContain(CITIZEN);
    expect(reply.status).toBe(200);
    expect(statusesIn(present(status))[0]).toMatchObject({ recipient_user_id: userId });
    expect(statusesIn(present(status))[0]).not.toHaveProperty('recipient_id');
  });
});
