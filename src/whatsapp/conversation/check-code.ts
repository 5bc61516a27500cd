import { timingSafeEqual } from 'node:crypto';
import { CONVERSATION_TEXT } from '../../messages/whatsapp.ts';
import { hashCode } from './request-code.ts';
import { sendCertificateCopy } from './send-certificate-copy.ts';
import { replyText, setState, stateText, type Turn } from './turn.ts';

/** Wrong tries one code allows. */
export const MAX_CODE_ATTEMPTS = 3;

interface CodeRow {
  id: string;
  record_id: string | null;
  code_hash: string;
  attempts: number;
  expires_at: Date;
  used_at: Date | null;
}

/**
 * The stranger path, second half: checks the code the sender typed. The right code, in time,
 * sends the certificate (basis `one-time-code`, written to the record's history). A wrong
 * one says how many tries are left; after three, or once expired, the code is closed. A code
 * that stands for details matching no record is never right, and is answered alike.
 */
export async function checkCode(turn: Turn, text: string): Promise<void> {
  const codeId = stateText(turn, 'codeId');
  const [code] = await turn.tx.query<CodeRow>(
    'select * from wa_one_time_codes where id = $1 for update',
    [codeId],
  );
  if (
    !code ||
    code.used_at ||
    code.expires_at.getTime() < Date.now() ||
    code.attempts >= MAX_CODE_ATTEMPTS
  ) {
    await closeCode(turn);

    return;
  }

  const attempts = code.attempts + 1;
  const isRight =
    code.record_id !== null && sameHash(code.code_hash, hashCode(code.id, text.replace(/\s/g, '')));
  await turn.tx.query('update wa_one_time_codes set attempts = $2, used_at = $3 where id = $1', [
    code.id,
    attempts,
    isRight ? new Date() : null,
  ]);

  if (isRight && code.record_id) {
    await sendCertificateCopy(turn, { recordId: code.record_id, basis: 'one-time-code' });

    return;
  }

  if (attempts >= MAX_CODE_ATTEMPTS) {
    await closeCode(turn);

    return;
  }

  await replyText(turn, CONVERSATION_TEXT.wrongCode(MAX_CODE_ATTEMPTS - attempts));
}

async function closeCode(turn: Turn): Promise<void> {
  await setState(turn, 'menu');
  await replyText(turn, CONVERSATION_TEXT.codeClosed);
}

function sameHash(stored: string, given: string): boolean {
  return timingSafeEqual(Buffer.from(stored, 'hex'), Buffer.from(given, 'hex'));
}
