import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import pg from 'pg';

/** Anything that runs a parameterised SQL statement: the database itself or one transaction. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** A connection to PostgreSQL, embedded (PGlite) or a server (node-postgres pool). */
export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Dates stay 'YYYY-MM-DD' strings (legal dates are calendar dates, not instants). */
const keepDateText = (value: string): string => value;

/**
 * Opens the database: a PostgreSQL server when `databaseUrl` is set, else PGlite in
 * `dataDir` (or in memory for `memory://`). Both return the same row shapes: dates as
 * strings, int8 and numeric as numbers, bytea as Buffer.
 */
export async function openDb(options: { databaseUrl?: string; dataDir: string }): Promise<Db> {
  if (options.databaseUrl) {
    return openPostgres(options.databaseUrl);
  }

  return openPglite(options.dataDir);
}

async function openPglite(dataDir: string): Promise<Db> {
  const releaseLock = dataDir.startsWith('memory://') ? () => undefined : lockDataDir(dataDir);
  const lite = new PGlite(dataDir, {
    parsers: {
      [types.DATE]: keepDateText,
      [types.INT8]: Number,
      [types.NUMERIC]: Number,
      [types.BYTEA]: (value: string) => Buffer.from(value.slice(2), 'hex'),
    },
  });
  await lite.waitReady;

  const run = async <Row,>(
    target: Pick<PGlite, 'query'>,
    text: string,
    params?: readonly unknown[],
  ): Promise<Row[]> => (await target.query<Row>(text, params as unknown[] | undefined)).rows;

  return {
    kind: 'pglite',
    query: (text, params) => run(lite, text, params),
    exec: async (script) => void (await lite.exec(script)),
    transaction: (work) =>
      lite.transaction((tx) =>
        work({ query: (t, p) => run(tx, t, p), exec: async (script) => void (await tx.exec(script)) }),
      ),
    close: async () => {
      await lite.close();
      releaseLock();
    },
  };
}

/**
 * The embedded database allows one process. A lock file with the owner's pid keeps a second
 * one (a CLI command while the server runs) from opening it, with a plain explanation; a lock
 * left by a process that no longer exists is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'patra.lock');
  const owner = readLockOwner(lockFile);
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `the embedded database in ${dataDir} is in use by process ${owner} (patra serve?): stop it first, or use DATABASE_URL`,
    );
  }
  writeFileSync(lockFile, String(process.pid));

  return () => rmSync(lockFile, { force: true });
}

function readLockOwner(lockFile: string): number | undefined {
  try {
    return Number(readFileSync(lockFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);

    return true;
  } catch {
    return false;
  }
}

async function openPostgres(databaseUrl: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 20,
    // A pool that cannot hand out a connection fails the query instead of waiting forever:
    // the transaction rolls back, its job retries, and nothing stays stuck.
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return keepDateText;
        if (oid === INT8_OID || oid === NUMERIC_OID) return Number;
        return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server closes must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  await pool.query('select 1');

  return {
    kind: 'postgres',
    query: async <Row,>(text: string, params?: readonly unknown[]) =>
      (await pool.query(text, params as unknown[])).rows as Row[],
    exec: async (script) => void (await pool.query(script)),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          query: async <Row,>(text: string, params?: readonly unknown[]) =>
            (await client.query(text, params as unknown[])).rows as Row[],
          exec: async (script) => void (await client.query(script)),
        });
        await client.query('commit');

        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
