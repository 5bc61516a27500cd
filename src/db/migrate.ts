import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const MIGRATION_LOCK_ID = 7_261_001;

/**
 * Applies the SQL files in `migrations/` that this database has not seen, each in its own
 * transaction, in file-name order. An advisory lock keeps two instances from racing.
 * Returns the names applied.
 */
export async function migrate(db: Db): Promise<string[]> {
  await db.query(
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const applied: string[] = [];

  for (const name of files) {
    const didApply = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
      const seen = await tx.query('select 1 from schema_migrations where name = $1', [name]);
      if (seen.length > 0) return false;

      await tx.exec(readFileSync(join(MIGRATIONS_DIR, name), 'utf8'));
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);

      return true;
    });
    if (didApply) applied.push(name);
  }

  return applied;
}
