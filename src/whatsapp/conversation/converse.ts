import { CONVERSATION_KEYWORDS, CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import {
  addEvidence,
  describeCorrection,
  finishCorrection,
  pickCorrectionRecord,
  startCorrection,
} from './ask-correction.ts';
import { chooseLanguage, offerLanguages, optIn, optOut } from './change-opt-in.ts';
import { checkCode } from './check-code.ts';
import { listCertificates } from './list-certificates.ts';
import { reportProblem } from './report-problem.ts';
import { requestCode } from './request-code.ts';
import { sendCertificateCopy } from './send-certificate-copy.ts';
import { showMenu, type MenuRow } from './show-menu.ts';
import { showStatus } from './show-status.ts';
import { replyText, setState, type Turn } from './turn.ts';

/** Message types the chat reads; every other type gets a polite "cannot read this". */
const READABLE_TYPES = new Set([
  'text',
  'interactive',
  'button',
  'image',
  'document',
  'request_welcome',
]);
/** Types that deserve no answer at all: a reaction to one of our messages. */
const SILENT_TYPES = new Set(['reaction']);

/**
 * Answers one citizen message, inside the transaction that recorded it: STOP and START
 * first (in either language), then nothing at all for an opted-out chat, then a tapped
 * choice, the menu words, or the input the conversation is waiting for; anything else gets
 * the menu. Exactly one reply goes to the citizen per message (plus, on the stranger path, a
 * code to the number on the record).
 */
export async function converse(turn: Turn): Promise<void> {
  const word = normalise(turn.message.text);
  if (isKeyword('stop', word)) return optOut(turn);
  if (isKeyword('start', word)) return optIn(turn);
  if (turn.contact.opted_out_at || SILENT_TYPES.has(turn.message.type)) return;

  if (!READABLE_TYPES.has(turn.message.type))
    return showMenu(turn, { preface: CONVERSATION_TEXT.unsupported });
  if (turn.message.choiceId) return choose(turn, turn.message.choiceId);
  if (isKeyword('menu', word)) return showMenu(turn);

  return continueState(turn);
}

async function choose(turn: Turn, choiceId: string): Promise<void> {
  const [kind = '', value = ''] = splitOnce(choiceId, ':');
  switch (kind) {
    case 'menu':
      return chooseMenuRow(turn, value as MenuRow);
    case 'lang':
      return chooseLanguage(turn, value === 'en' ? 'en' : 'te');
    case 'cert':
      return sendCertificateCopy(turn, { recordId: value, basis: 'informant' });
    case 'another-record':
      await setState(turn, 'await-registration-number');

      return replyText(turn, CONVERSATION_TEXT.askRegistrationNumber);
    case 'correct':
      return pickCorrectionRecord(turn, value);
    case 'evidence':
      return turn.contact.state === 'await-evidence' ? finishCorrection(turn) : showMenu(turn);
    default:
      return showMenu(turn);
  }
}

async function chooseMenuRow(turn: Turn, row: MenuRow): Promise<void> {
  switch (row) {
    case 'birth':
    case 'death':
      return listCertificates(turn, row);
    case 'status':
      return showStatus(turn);
    case 'verify':
      await setState(turn, 'menu');

      return replyText(turn, CONVERSATION_TEXT.verifyHelp(`${turn.settings.publicBaseUrl}/verify`));
    case 'problem':
      await setState(turn, 'await-problem');

      return replyText(turn, CONVERSATION_TEXT.askProblem);
    case 'correction':
      return startCorrection(turn);
    case 'language':
      return offerLanguages(turn);
    case 'help':
      await setState(turn, 'menu');

      return replyText(turn, CONVERSATION_TEXT.help);
    default:
      return showMenu(turn);
  }
}

/** A message that is not a choice: the input the conversation waits for, else the menu. */
async function continueState(turn: Turn): Promise<void> {
  const text = turn.message.text?.trim() ?? '';
  const isText = turn.message.type === 'text' && text !== '';
  switch (turn.contact.state) {
    case 'await-evidence':
      return addEvidence(turn);
    case 'await-registration-number':
      if (!isText) return replyText(turn, CONVERSATION_TEXT.askRegistrationNumber);
      await setState(turn, 'await-event-date', {
        registrationNumber: text.replace(/\s/g, '').toUpperCase(),
      });

      return replyText(turn, CONVERSATION_TEXT.askEventDate);
    case 'await-event-date':
      return isText ? requestCode(turn, text) : replyText(turn, CONVERSATION_TEXT.askEventDate);
    case 'await-code':
      return isText ? checkCode(turn, text) : showMenu(turn);
    case 'await-problem':
      return isText ? reportProblem(turn, text) : replyText(turn, CONVERSATION_TEXT.askProblem);
    case 'await-correction-text':
      return isText
        ? describeCorrection(turn, text)
        : replyText(turn, CONVERSATION_TEXT.askCorrection);
    case 'menu':
      return showMenu(turn);
  }
}

function normalise(text: string | undefined): string {
  return (text ?? '')
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, '');
}

function isKeyword(kind: keyof typeof CONVERSATION_KEYWORDS, word: string): boolean {
  return (CONVERSATION_KEYWORDS[kind] as readonly string[]).includes(word);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);

  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
