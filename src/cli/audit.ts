import { join } from 'node:path';
import { hasSigningKey, loadKeyring, readPublishedKeys, type Keyring } from '../certificates/keys.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { openDb } from '../db/db.ts';
import { verifyHistory, type HistoryBreak } from '../registry/verify-history.ts';

/**
 * `patra audit verify`: recomputes every record's history chain and every signed checkpoint,
 * on PostgreSQL (DATABASE_URL) or the embedded database (with the server stopped). Prints the
 * first broken entry (record id and seq) and exits 1, or prints the totals and exits 0.
 */
export async function runAudit(): Promise<number> {
  const config = loadConfig();
  const keyring = auditKeyring(config);
  if (!keyring) {
    console.error('no signing key or PATRA_TRUSTED_KEYS to check the checkpoints with');

    return 2;
  }

  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'db') });
  try {
    const result = await verifyHistory(db, keyring);
    if (result.ok) {
      console.log(`history intact: ${result.records} records, ${result.entries} entries, ${result.checkpoints} checkpoints`);

      return 0;
    }

    console.error(`history broken: ${describeBreak(result.broken)}`);

    return 1;
  } finally {
    await db.close();
  }
}

function auditKeyring(config: Config): Keyring | undefined {
  if (hasSigningKey(config)) return loadKeyring(config);
  if (config.trustedKeysFile) return readPublishedKeys(config.trustedKeysFile);

  return undefined;
}

function describeBreak(broken: HistoryBreak): string {
  if (broken.kind === 'entry') return `record ${broken.recordId} seq ${broken.seq} (${broken.reason})`;

  return `checkpoint ${broken.checkpointId} (${broken.reason})`;
}
