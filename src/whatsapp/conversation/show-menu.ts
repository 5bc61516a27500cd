import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { reply, setState, type Turn } from './turn.ts';

/** The menu rows, in the order the citizen sees them; the id is what a tap sends back. */
export const MENU_ROWS = [
  'birth',
  'death',
  'status',
  'verify',
  'problem',
  'correction',
  'language',
  'help',
] as const;

export type MenuRow = (typeof MENU_ROWS)[number];

/**
 * Answers with the menu as an interactive list (contract §1.2) in the contact's language,
 * and returns the conversation to the menu. `preface` (a catalogue text) goes above the
 * menu's own words, e.g. "Sorry, I can read only text ...".
 */
export async function showMenu(
  turn: Turn,
  options: { preface?: { te: string; en: string } } = {},
): Promise<void> {
  const language = turn.contact.language;
  const body = CONVERSATION_TEXT.menuBody[language];

  await setState(turn, 'menu');
  await reply(turn, {
    type: 'list',
    header: CONVERSATION_TEXT.menuHeader[language],
    body: options.preface ? `${options.preface[language]}\n\n${body}` : body,
    footer: CONVERSATION_TEXT.menuFooter[language],
    button: CONVERSATION_TEXT.menuButton[language],
    sections: [
      {
        rows: MENU_ROWS.map((row) => ({
          id: `menu:${row}`,
          title: CONVERSATION_TEXT.menuRows[row][language],
        })),
      },
    ],
  });
}
