import { loadConfig } from '../config/config.ts';
import { openDb } from '../db/db.ts';
import { listDeadLetters, type DeadLetter } from '../jobs/list-dead-letters.ts';
import { replayDeadLetter } from '../jobs/replay-dead-letter.ts';
import { SYSTEM_ACTOR } from '../registry/actor.ts';

const EMBEDDED_EXPLANATION = `The embedded database belongs to the running server, so this command goes through its API.
Sign in first and pass the token:
  export PATRA_TOKEN=$(curl -s localhost:3000/api/v1/sessions -H 'content-type: application/json' \\
    -d '{"username":"tnl-m","password":"..."}' | jq -r .token)
(PATRA_URL names another server; with DATABASE_URL set the command uses PostgreSQL directly.)`;

/**
 * `patra dead-letters list` and `patra dead-letters replay <id>`. With DATABASE_URL it works
 * on PostgreSQL directly (every unit); otherwise through a running server's API with the
 * registrar's token in PATRA_TOKEN, since the server holds the embedded database.
 */
export async function runDeadLetters(options: { action: 'list' | 'replay'; id?: number }): Promise<number> {
  const config = loadConfig();
  if (config.databaseUrl) return onDatabase(config.databaseUrl, options);

  const token = process.env.PATRA_TOKEN;
  if (!token) {
    console.error(EMBEDDED_EXPLANATION);

    return 2;
  }

  const baseUrl = (process.env.PATRA_URL ?? `http://localhost:${config.port}`).replace(/\/$/, '');

  return throughApi(baseUrl, token, options);
}

async function onDatabase(databaseUrl: string, options: { action: 'list' | 'replay'; id?: number }): Promise<number> {
  const db = await openDb({ databaseUrl, dataDir: '' });
  try {
    if (options.action === 'list') {
      printList(await listDeadLetters(db, SYSTEM_ACTOR));
    } else {
      printReplayed(await replayDeadLetter(db, { ...SYSTEM_ACTOR, username: 'patra-cli' }, options.id ?? 0));
    }

    return 0;
  } finally {
    await db.close();
  }
}

async function throughApi(baseUrl: string, token: string, options: { action: 'list' | 'replay'; id?: number }): Promise<number> {
  const isList = options.action === 'list';
  const response = await fetch(`${baseUrl}/api/v1/dead-letters${isList ? '' : `/${options.id ?? 0}/replay`}`, {
    method: isList ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { deadLetters?: DeadLetter[]; error?: { code: string; message: { en: string } } } & DeadLetter;
  if (!response.ok) {
    console.error(`${response.status} ${body.error?.code ?? ''}: ${body.error?.message.en ?? ''}`);

    return 1;
  }

  if (isList) printList(body.deadLetters ?? []);
  else printReplayed(body);

  return 0;
}

function printList(letters: DeadLetter[]): void {
  if (letters.length === 0) {
    console.log('No dead letters.');

    return;
  }

  for (const letter of letters) {
    const message = letter.messageId ? `  message ${letter.messageId} (${letter.messageStatus ?? ''}) to ${letter.to ?? ''}` : '';
    console.log(`#${letter.id}  ${letter.kind}  ${letter.deadAt}  attempts ${letter.attempts}${message}`);
    console.log(`    ${letter.lastError ?? ''}`);
  }
}

function printReplayed(letter: DeadLetter): void {
  console.log(`#${letter.id} ${letter.kind} is due again${letter.messageId ? `; message ${letter.messageId} queued` : ''}.`);
}
