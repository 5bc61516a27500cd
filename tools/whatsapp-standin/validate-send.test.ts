import { afterEach, describe, expect, it } from 'vitest';
import type { Standin } from './types.ts';
import {
  CITIZEN,
  errorOf,
  openWindow,
  send,
  startTestStandin,
  textMessage,
  uploadPdf,
  closeStarted,
} from './test-support.ts';

let standin: Standin | undefined;

afterEach(closeStarted);

describe('message validation', () => {
  async function withWindow(): Promise<Standin> {
    standin = await startTestStandin();
    await openWindow(standin);

    return standin;
  }

  function list(rowCount: number, buttonLabel = 'Choose') {
    const rows = Array.from({ length: rowCount }, (_, i) => ({
      id: `ROW_${i}`,
      title: `Row ${i}`,
    }));

    return {
      messaging_product: 'whatsapp',
      to: CITIZEN,
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'What do you need?' },
        action: { button: buttonLabel, sections: [{ title: 'Birth', rows }] },
      },
    };
  }

  function buttons(titles: string[]) {
    return {
      messaging_product: 'whatsapp',
      to: CITIZEN,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Your certificate is ready.' },
        action: {
          buttons: titles.map((title, i) => ({ type: 'reply', reply: { id: `B${i}`, title } })),
        },
      },
    };
  }

  it('limits text to 4096 characters', async () => {
    const s = await withWindow();

    expect((await send(s, textMessage(CITIZEN, 'అ'.repeat(4096)))).status).toBe(200);
    expect(errorOf((await send(s, textMessage(CITIZEN, 'a'.repeat(4097)))).body)).toMatchObject({
      code: 100,
    });
  });

  it('allows 10 list rows and refuses 11 with 131009', async () => {
    const s = await withWindow();

    expect((await send(s, list(10))).status).toBe(200);
    expect(errorOf((await send(s, list(11))).body)).toMatchObject({ code: 131009 });
  });

  it('refuses a list button label over 20 characters', async () => {
    const s = await withWindow();

    expect(errorOf((await send(s, list(2, 'x'.repeat(21)))).body)).toMatchObject({ code: 100 });
  });

  it('allows 3 reply buttons; refuses 4, duplicate titles, titles over 20', async () => {
    const s = await withWindow();

    expect((await send(s, buttons(['Download', 'Help', 'Menu']))).status).toBe(200);
    expect(errorOf((await send(s, buttons(['a', 'b', 'c', 'd']))).body)).toMatchObject({
      code: 131009,
    });
    expect(errorOf((await send(s, buttons(['Help', 'Help']))).body)).toMatchObject({
      code: 131009,
    });
    expect(errorOf((await send(s, buttons(['x'.repeat(21)]))).body)).toMatchObject({ code: 100 });
  });

  it('sends a document by uploaded id, and refuses unknown ids and id plus link', async () => {
    const s = await withWindow();
    const id = await uploadPdf(s);
    const document = (doc: Record<string, unknown>) => ({
      messaging_product: 'whatsapp',
      to: CITIZEN,
      type: 'document',
      document: doc,
    });

    expect(
      (await send(s, document({ id, filename: 'B-2026.pdf', caption: 'Birth certificate' })))
        .status,
    ).toBe(200);
    expect(errorOf((await send(s, document({ id: '4242' }))).body)).toMatchObject({ code: 131009 });
    expect(
      errorOf((await send(s, document({ id, link: 'https://x.example/a.pdf' }))).body),
    ).toMatchObject({ code: 100 });
  });

  it('marks only received messages as read, by POST or PUT', async () => {
    const s = await withWindow();
    const inbound = await openWindow(s);
    const read = { messaging_product: 'whatsapp', status: 'read', message_id: inbound };

    expect((await send(s, read)).body).toEqual({ success: true });
    expect((await send(s, read, 'PUT')).body).toEqual({ success: true });
    expect(errorOf((await send(s, { ...read, message_id: 'wamid.unknown' })).body)).toMatchObject({
      code: 100,
    });
  });
});
