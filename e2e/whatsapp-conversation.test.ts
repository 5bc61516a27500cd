import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBirth } from '../src/cli/sample-birth.ts';
import { CONVERSATION_TEXT } from '../src/messages/whatsapp.ts';
import type { QueueItem } from '../src/registry/list-queue.ts';
import type { Standin } from '../tools/whatsapp-standin/index.ts';
import { citizenPhone, readMessage } from '../test/support/citizen-phone.ts';
import { startTestPatra, type TestPatra } from '../test/support/test-patra.ts';

let patra: TestPatra;
let standin: Standin;
let token: string;
let serial = 0;

beforeAll(async () => {
  patra = await startTestPatra();
  if (!patra.standin) throw new Error('the tests run with the stand-in');
  standin = patra.standin;
  token = await patra.signIn('tnl-m');
});

afterAll(async () => patra.close());

const LANGUAGES = ['te', 'en'] as const;
const T = CONVERSATION_TEXT;

/** A fresh Indian mobile number per test, in wa_id form. */
function newNumber(): string {
  serial += 1;

  return `9198480${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(2, '0')}`;
}

/** Registers a birth with `waId` as the informant's number and waits until its certificate reached it. */
async function registerBirth(
  waId: string,
  language: 'te' | 'en',
): Promise<{ recordId: string; registrationNumber: string; eventDate: string }> {
  const body = sampleBirth({ mobile: `+${waId}` }) as {
    informant: Record<string, unknown>;
    birth: { date: string };
  };
  body.informant.language = language;
  const registered = await patra.request<{ recordId: string; registrationNumber: string }>(
    'POST',
    '/api/v1/births',
    { body, token },
  );
  expect(registered.status).toBe(201);
  await standin.waitForMessage((m) => m.to === waId && m.body['type'] === 'template', 20_000);

  return { ...registered.body, eventDate: body.birth.date };
}

async function historyOf(
  recordId: string,
): Promise<{ action: string; details: { basis?: string; to?: string } }[]> {
  return patra.db.query(
    'select action, details from record_history where record_id = $1 order by seq',
    [recordId],
  );
}

async function queue(): Promise<QueueItem[]> {
  return (await patra.request<{ items: QueueItem[] }>('GET', '/api/v1/queue', { token })).body
    .items;
}

/** Waits a moment and says whether Patra sent anything more to the number. */
async function isSilent(countBefore: () => number, before: number): Promise<boolean> {
  await new Promise((done) => setTimeout(done, 1_200));

  return countBefore() === before;
}

describe.each(LANGUAGES)('the citizen chat in %s', (language) => {
  const greeting = language === 'te' ? 'నమస్కారం' : 'Hi';

  it('answers any message with the menu and the privacy notice once; my birth certificates → pick → the PDF arrives', async () => {
    const waId = newNumber();
    const { recordId, registrationNumber } = await registerBirth(waId, language);
    const phone = citizenPhone(standin, waId);

    const menu = await phone.say({ text: greeting });
    expect(menu.type).toBe('list');
    expect(menu.text.startsWith(T.privacyNotice(90)[language])).toBe(true);
    expect(menu.titles).toEqual(Object.values(T.menuRows).map((row) => row[language]));

    const list = await phone.say({ interactiveReplyId: 'menu:birth' });
    expect(list.text).toBe(T.birthList[language]);
    expect(list.text).not.toContain(T.privacyNotice(90)[language]);
    expect(list.titles).toEqual([registrationNumber, T.anotherRecord[language]]);

    const document = await phone.say({ interactiveReplyId: `cert:${recordId}` });
    expect(document.type).toBe('document');
    expect(document.text).toBe(T.documentCaption(registrationNumber)[language]);
    expect(
      standin
        .mediaBytes(document.documentId ?? '')
        ?.subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await expect
      .poll(async () => (await historyOf(recordId)).at(-1)?.details.basis)
      .toBe('informant');
  });

  it('answers "my death certificates" politely when none are linked', async () => {
    const phone = citizenPhone(standin, newNumber());
    await phone.say({ text: greeting });

    const none = await phone.say({ interactiveReplyId: 'menu:death' });

    expect(none.text).toBe(T.deathNone[language]);
    expect(none.choices).toEqual(['another-record']);
  });

  it('sends a stranger the certificate only after the code that went to the number on the record', async () => {
    const informant = newNumber();
    const { recordId, registrationNumber, eventDate } = await registerBirth(informant, language);
    const informantPhone = citizenPhone(standin, informant);
    const stranger = citizenPhone(standin, newNumber());
    await stranger.say({ text: greeting });
    await stranger.say({ interactiveReplyId: 'menu:birth' });

    expect((await stranger.say({ interactiveReplyId: 'another-record' })).text).toBe(
      T.askRegistrationNumber[language],
    );
    expect((await stranger.say({ text: registrationNumber.toLowerCase() })).text).toBe(
      T.askEventDate[language],
    );
    expect((await stranger.say({ text: eventDate.split('-').reverse().join('-') })).text).toBe(
      T.codeSent[language],
    );

    const template = (await informantPhone.next()).message.body as {
      template: {
        name: string;
        language: { code: string };
        components: { parameters: { text: string }[] }[];
      };
    };
    expect(template.template.name).toBe('one_time_code');
    expect(template.template.language.code).toBe(language);
    const code = template.template.components[0]?.parameters[0]?.text ?? '';
    expect(code).toMatch(/^\d{6}$/);

    const document = await stranger.say({ text: code });
    expect(document.type).toBe('document');
    expect(document.text).toBe(T.documentCaption(registrationNumber)[language]);
    await expect
      .poll(async () => (await historyOf(recordId)).at(-1)?.details.basis)
      .toBe('one-time-code');
  });

  it('closes a code after three wrong tries, and then even the right one sends nothing', async () => {
    const informant = newNumber();
    const { registrationNumber, eventDate } = await registerBirth(informant, language);
    const informantPhone = citizenPhone(standin, informant);
    const stranger = citizenPhone(standin, newNumber());
    await stranger.say({ text: greeting });
    await stranger.say({ interactiveReplyId: 'menu:birth' });
    await stranger.say({ interactiveReplyId: 'another-record' });
    await stranger.say({ text: registrationNumber });
    await stranger.say({ text: eventDate });
    const template = (await informantPhone.next()).message.body as {
      template: { components: { parameters: { text: string }[] }[] };
    };
    const code = template.template.components[0]?.parameters[0]?.text ?? '';
    const wrong = code === '000000' ? '000001' : '000000';

    expect((await stranger.say({ text: wrong })).text).toBe(T.wrongCode(2)[language]);
    expect((await stranger.say({ text: wrong })).text).toBe(T.wrongCode(1)[language]);
    expect((await stranger.say({ text: wrong })).text).toBe(T.codeClosed[language]);
    const after = await stranger.say({ text: code });

    expect(after.type).toBe('list');
  });

  it('answers exactly alike whether or not the registration number and date match a record', async () => {
    const informant = newNumber();
    const { registrationNumber, eventDate } = await registerBirth(informant, language);
    const replies = async (number: string): Promise<string[]> => {
      const phone = citizenPhone(standin, newNumber());
      await phone.say({ text: greeting });
      const texts = [(await phone.say({ interactiveReplyId: 'menu:birth' })).text];
      texts.push((await phone.say({ interactiveReplyId: 'another-record' })).text);
      texts.push((await phone.say({ text: number })).text);
      texts.push((await phone.say({ text: eventDate })).text);
      texts.push((await phone.say({ text: '123456' })).text);

      return texts;
    };
    const before = citizenPhone(standin, informant).countReceived();

    const forReal = await replies(registrationNumber);
    const forMissing = await replies(registrationNumber.replace(/\d{6}$/, '999999'));

    expect(forMissing).toEqual(forReal);
    expect(citizenPhone(standin, informant).countReceived()).toBe(before + 1);
  });

  it('tells the status of the registrations linked to the number, and nothing about others', async () => {
    const waId = newNumber();
    const { registrationNumber } = await registerBirth(waId, language);
    const linked = citizenPhone(standin, waId);
    const unlinked = citizenPhone(standin, newNumber());
    await linked.say({ text: greeting });
    await unlinked.say({ text: greeting });

    const status = await linked.say({ interactiveReplyId: 'menu:status' });
    const none = await unlinked.say({ interactiveReplyId: 'menu:status' });

    expect(status.text).toBe(
      `${T.statusIntro[language]}\n${registrationNumber}: ${T.statusIssued[language]}`,
    );
    expect(none.text).toBe(T.statusNone[language]);
  });

  it('explains how to verify a certificate, and helps', async () => {
    const phone = citizenPhone(standin, newNumber());
    await phone.say({ text: greeting });

    const verify = await phone.say({ interactiveReplyId: 'menu:verify' });
    await phone.say({ text: greeting });
    const help = await phone.say({ interactiveReplyId: 'menu:help' });

    expect(verify.text).toBe(
      T.verifyHelp(
        `${patra.config.publicBaseUrl ?? patra.url.replace('127.0.0.1', 'localhost')}/verify`,
      )[language],
    );
    expect(help.text).toBe(T.help[language]);
  });

  it('stops on STOP and starts again on START, in either language', async () => {
    const phone = citizenPhone(standin, newNumber());
    await phone.say({ text: greeting });

    const stopped = await phone.say({ text: language === 'te' ? 'ఆపు' : 'STOP' });
    expect(stopped.text).toBe(T.stopped[language]);
    const count = phone.countReceived();
    await phone.send({ text: greeting });
    expect(await isSilent(phone.countReceived, count)).toBe(true);

    const started = await phone.say({ text: language === 'te' ? 'ప్రారంభించు' : 'start' });
    expect(started.type).toBe('list');
    expect(started.text.startsWith(T.started[language])).toBe(true);
  });

  it('keeps a reported problem as a field issue in the registrar queue', async () => {
    const waId = newNumber();
    await registerBirth(waId, language);
    const phone = citizenPhone(standin, waId);
    await phone.say({ text: greeting });
    expect((await phone.say({ interactiveReplyId: 'menu:problem' })).text).toBe(
      T.askProblem[language],
    );
    const words =
      language === 'te' ? 'ఆసుపత్రిలో ఎవరూ సహాయం చేయలేదు' : 'Nobody at the hospital could help me';

    const saved = await phone.say({ text: words });

    const item = (await queue()).find((entry) => entry.description === words);
    expect(item).toMatchObject({ kind: 'field-issue', contact: `xxxxxxxx${waId.slice(-4)}` });
    expect(saved.text).toBe(T.problemSaved(item?.reference ?? '')[language]);
  });

  it('collects a correction request with a PDF of proof for the registrar', async () => {
    const waId = newNumber();
    const { recordId, registrationNumber } = await registerBirth(waId, language);
    const phone = citizenPhone(standin, waId);
    await phone.say({ text: greeting });
    const pick = await phone.say({ interactiveReplyId: 'menu:correction' });
    expect(pick.choices).toEqual([`correct:${recordId}`]);
    expect((await phone.say({ interactiveReplyId: `correct:${recordId}` })).text).toBe(
      T.askCorrection[language],
    );
    const wrongName = `The father's name is spelt wrong (${language})`;
    expect((await phone.say({ text: wrongName })).text).toBe(T.askEvidence[language]);
    const proof = Buffer.from('%PDF-1.4\n% hospital discharge summary\n');

    const received = await phone.say({
      document: { content: proof, filename: 'discharge.pdf', mimeType: 'application/pdf' },
    });
    expect(received.choices).toEqual(['evidence:done']);
    const done = await phone.say({ interactiveReplyId: 'evidence:done' });

    const item = (await queue()).find((entry) => entry.description === wrongName);
    expect(item).toMatchObject({ kind: 'correction-request', recordId, registrationNumber });
    expect(done.text).toBe(T.correctionSaved(item?.reference ?? '', 1)[language]);
    await expect
      .poll(async () => (await queue()).find((entry) => entry.id === item?.id)?.evidence[0]?.bytes)
      .toBe(proof.length);
    const evidenceId =
      (await queue()).find((entry) => entry.id === item?.id)?.evidence[0]?.id ?? '';
    const file = await fetch(`${patra.url}/api/v1/queue/evidence/${evidenceId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(Buffer.from(await file.arrayBuffer())).toEqual(proof);
  });
});

describe('the language and the registrar queue', () => {
  it('remembers the language chosen', async () => {
    const phone = citizenPhone(standin, newNumber());
    expect((await phone.say({ text: 'నమస్కారం' })).titles[0]).toBe(T.menuRows.birth.te);

    const offer = await phone.say({ interactiveReplyId: 'menu:language' });
    expect(offer.titles).toEqual(['తెలుగు', 'English']);
    expect((await phone.say({ interactiveReplyId: 'lang:en' })).titles[0]).toBe(
      T.menuRows.birth.en,
    );

    expect((await phone.say({ text: 'నమస్కారం' })).text).toBe(T.menuBody.en);
  });

  it('shows a registrar only the queue of their own unit, and lets them close its items', async () => {
    const phone = citizenPhone(standin, newNumber());
    await phone.say({ text: 'Hi' });
    await phone.say({ interactiveReplyId: 'menu:problem' });
    await phone.say({ text: 'The office was closed on a working day' });
    const item = (await queue()).find(
      (entry) => entry.description === 'The office was closed on a working day',
    );
    const other = await patra.signIn('tnl-gp-ang');

    const items = (
      await patra.request<{ items: QueueItem[] }>('GET', '/api/v1/queue', { token: other })
    ).body.items;
    const unauthenticated = await patra.request('GET', '/api/v1/queue');
    const closeByOther = await patra.request('POST', `/api/v1/queue/${item?.id ?? ''}/resolve`, {
      token: other,
      body: { resolution: 'x' },
    });
    const close = await patra.request('POST', `/api/v1/queue/${item?.id ?? ''}/resolve`, {
      token,
      body: { resolution: 'Called back; opening hours fixed' },
    });

    expect(item?.kind).toBe('field-issue');
    expect(items).toEqual([]);
    expect(unauthenticated.status).toBe(401);
    expect(closeByOther.status).toBe(404);
    expect(close.status).toBe(204);
    expect((await queue()).map((entry) => entry.id)).not.toContain(item?.id);
  });

  it('describes the queue in the OpenAPI document', async () => {
    const docs = await patra.request<{ paths: Record<string, unknown> }>('GET', '/docs/json');

    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/queue', '/api/v1/queue/evidence/{evidenceId}']),
    );
  });

  it('reads a message the way a phone shows it', () => {
    const list = readMessage({
      id: 'wamid.x',
      to: '919848000000',
      rawBody: '',
      receivedAt: '',
      body: {
        type: 'interactive',
        interactive: {
          body: { text: 'b' },
          action: { sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
        },
      },
    });

    expect(list).toMatchObject({ type: 'list', text: 'b', choices: ['a'], titles: ['A'] });
  });
});

describe('the phone simulator page', () => {
  interface Chat {
    entries: {
      direction: string;
      text: string;
      choices?: { id: string; title: string }[];
      document?: { mediaId: string };
    }[];
  }

  async function chatWith(number: string, wanted: number): Promise<Chat> {
    for (let i = 0; i < 100; i += 1) {
      const chat = (await (
        await fetch(`${standin.url}/_standin/phone/chat?number=${number}`)
      ).json()) as Chat;
      if (chat.entries.length >= wanted) return chat;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error('the chat did not grow');
  }

  async function send(body: Record<string, unknown>): Promise<number> {
    const response = await fetch(`${standin.url}/_standin/phone/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

    return response.status;
  }

  it('serves a page in Telugu and English where a person chats and receives the PDF', async () => {
    const waId = newNumber();
    const { recordId } = await registerBirth(waId, 'en');
    const html = await (await fetch(`${standin.url}/_standin/phone`)).text();
    expect(html).toContain('పత్రం ఫోన్');
    expect(html).toContain('Patra phone');

    expect(await send({ from: `+${waId}`, text: 'Hi' })).toBe(200);
    const menu = await chatWith(waId, 3);
    expect(menu.entries.at(-2)).toMatchObject({ direction: 'in', text: 'Hi' });
    expect(menu.entries.at(-1)?.choices?.map((choice) => choice.title)).toContain(
      T.menuRows.birth.en,
    );

    await send({ from: waId, interactiveReplyId: 'menu:birth' });
    await chatWith(waId, 5);
    await send({ from: waId, interactiveReplyId: `cert:${recordId}` });
    const chat = await chatWith(waId, 7);

    const pdf = await fetch(
      `${standin.url}/_standin/media/${chat.entries.at(-1)?.document?.mediaId ?? ''}`,
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(chat.entries[0]?.direction).toBe('out');
    expect(chat.entries[0]?.document?.mediaId).toMatch(/^\d+$/);
  });
});
