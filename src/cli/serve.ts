import { loadConfig, type Config } from '../config/config.ts';
import type { CreatedAccount } from '../registry/seed-accounts.ts';
import { createLogger } from '../shared/logger.ts';
import { PHONE_PAGE_PATH } from '../../tools/whatsapp-standin/phone-page.ts';
import { boot } from './boot.ts';

/** `patra serve`: runs until SIGINT or SIGTERM, then stops the worker and closes cleanly. */
export async function runServe(options: { hasWorker: boolean }): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const running = await boot({
    config,
    log,
    hasWorker: options.hasWorker,
    onAccountsCreated: printFirstPasswords,
    hasDemoData: wantsDemoData(config),
    onDemoDataAdded: (records) => {
      if (records > 0) console.log(`Demo data: ${records} records registered in five Tenali units (PATRA_DEMO_DATA=0 starts without)`);
    },
  });

  console.log(`Patra is ready on http://localhost:${config.port}  (API: /docs, health: /healthz)`);
  if (running.standin) {
    console.log(`WhatsApp: the local Cloud API stand-in at ${running.standin.url}`);
    console.log(`Chat as a citizen in the phone simulator: ${running.standin.url}${PHONE_PAGE_PATH}`);
  }

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.close();

  return 0;
}

/**
 * The demo records come with the embedded database unless PATRA_DEMO_DATA=0, and on PostgreSQL
 * only with PATRA_DEMO_DATA=1; never against Meta (boot adds them only with the stand-in).
 */
function wantsDemoData(config: Config): boolean {
  const flag = process.env.PATRA_DEMO_DATA;
  if (flag === '0' || flag === '1') return flag === '1';

  return config.databaseUrl === undefined;
}

function printFirstPasswords(accounts: CreatedAccount[]): void {
  const isGenerated = accounts.some((account) => account.isGenerated);
  console.log('\nRegistrar accounts created, one per unit (sign in at POST /api/v1/sessions):');
  for (const account of accounts) {
    console.log(`  ${account.username.padEnd(12)} ${isGenerated ? account.password : '(PATRA_SEED_PASSWORD)'}`);
  }
  console.log(
    isGenerated
      ? 'These first passwords are shown only now and stored only as hashes: hand each to its registrar.\n'
      : 'Every account uses the password in PATRA_SEED_PASSWORD.\n',
  );
}
