import { join } from 'node:path';
import { loadConfig } from '../config/config.ts';
import { openDb } from '../db/db.ts';
import { resetPassword } from '../registry/reset-password.ts';
import { AppError } from '../shared/app-error.ts';

/** `patra reset-password <username>`: prints a new first password for a registrar, once. */
export async function runResetPassword(username: string): Promise<number> {
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'db') });
  try {
    const password = await resetPassword(db, username);
    console.log(`New password for ${username.toLowerCase()}: ${password}`);
    console.log('It is shown only now and stored only as a hash; open sessions of this account were ended.');

    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`no account named ${username}`);

    return 1;
  } finally {
    await db.close();
  }
}
