import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type Db } from '../../src/db/db.ts';
import { migrate } from '../../src/db/migrate.ts';

export interface TestDatabase {
  db: Db;
  /** The URL of this test's own PostgreSQL database, or undefined on PGlite. */
  url: string | undefined;
  drop: () => Promise<void>;
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or, when
 * DATABASE_URL is set, a new database on that PostgreSQL server, dropped afterwards. The
 * same tests therefore run on both.
 */
export async function createTestDatabase(
  options: { isMigrated?: boolean } = {},
): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL
    ? await createPostgresDatabase(process.env.DATABASE_URL)
    : undefined;
  const db = await openDb({ databaseUrl: url, dataDir: 'memory://' });
  if (options.isMigrated !== false) await migrate(db);

  return {
    db,
    url,
    drop: async () => {
      await db.close();
      if (url) await dropPostgresDatabase(url);
    },
  };
}

/** Creates an empty database beside the one in `adminUrl`; returns its URL. */
export async function createPostgresDatabase(adminUrl: string): Promise<string> {
  const name = `patra_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  return url.toString();
}

export async function dropPostgresDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.end();
}
