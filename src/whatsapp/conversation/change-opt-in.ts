import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { showMenu } from './show-menu.ts';
import { reply, setState, type Turn } from './turn.ts';

/**
 * STOP (or ఆపు): the chat is opted out; every sender refuses to send to it from now on,
 * except this one confirmation. Repeated STOPs are not answered again.
 */
export async function optOut(turn: Turn): Promise<void> {
  if (turn.contact.opted_out_at) return;

  await turn.tx.query('update wa_contacts set opted_out_at = now() where contact_key = $1', [
    turn.contact.contact_key,
  ]);
  turn.contact.opted_out_at = new Date();
  await setState(turn, 'menu');
  await reply(
    turn,
    { type: 'text', body: CONVERSATION_TEXT.stopped[turn.contact.language] },
    { kind: 'opt-out-confirmation' },
  );
}

/** START (or ప్రారంభించు): messages are on again; the answer is the menu. */
export async function optIn(turn: Turn): Promise<void> {
  await turn.tx.query(
    'update wa_contacts set opted_out_at = null, opted_in_at = now() where contact_key = $1',
    [turn.contact.contact_key],
  );
  turn.contact.opted_out_at = null;
  await showMenu(turn, { preface: CONVERSATION_TEXT.started });
}

/** "Language": offers Telugu and English as two reply buttons. */
export async function offerLanguages(turn: Turn): Promise<void> {
  await setState(turn, 'menu');
  await reply(turn, {
    type: 'buttons',
    body: `${CONVERSATION_TEXT.chooseLanguage.te}\n${CONVERSATION_TEXT.chooseLanguage.en}`,
    buttons: [
      { id: 'lang:te', title: CONVERSATION_TEXT.languageButtons.te },
      { id: 'lang:en', title: CONVERSATION_TEXT.languageButtons.en },
    ],
  });
}

/** A language was chosen: it is remembered for every later message; the menu follows in it. */
export async function chooseLanguage(turn: Turn, language: 'te' | 'en'): Promise<void> {
  await turn.tx.query('update wa_contacts set language = $2 where contact_key = $1', [
    turn.contact.contact_key,
    language,
  ]);
  turn.contact.language = language;
  await showMenu(turn);
}
