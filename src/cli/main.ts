import { parseArgs } from 'node:util';
import { runAudit } from './audit.ts';
import { runClientsCreate } from './clients.ts';
import { runDeadLetters } from './dead-letters.ts';
import { runDemo } from './demo.ts';
import { runImportCommand } from './import.ts';
import { runLakeExport } from './lake.ts';
import { runResetPassword } from './reset-password.ts';
import { runServe } from './serve.ts';
import { runStats } from './stats.ts';
import { runVerify } from './verify.ts';

const USAGE = `patra: civil registration with certificates on WhatsApp

  patra serve [--no-worker]           the HTTP server and the worker (what npm start runs)
  patra demo --out DIR                the whole journey once, in a temporary database
  patra verify <pdf | payload | URL>  check a certificate's signature [--keys FILE] [--online URL]
  patra reset-password <username>     a new first password for a registrar (server stopped, or DATABASE_URL)
  patra dead-letters list             jobs that gave up (through the server's API with PATRA_TOKEN,
  patra dead-letters replay <id>      or on PostgreSQL directly with DATABASE_URL)
  patra clients create --name N --department health|panchayat_raj|municipal_administration --units TNL-M[,...]
                                      a department's system client; prints its API key once
  patra audit verify                  recompute every record's history chain and the signed checkpoints
  patra import <file> --source NAME [--strict] [--report FILE]
                                      a department's CSV or XLSX file (seed/ingest-sources/NAME.json);
                                      exit 0 no row rejected, 1 some rejected, 2 could not run
  patra lake export [--out DIR]       Parquet for analysts and the restricted zone (PATRA_LAKE_DIR, ./data/lake)
  patra stats [--lake DIR] [--district NAME] [--year YYYY] [--json] [--lang te|en]
                                      vital statistics and the monthly returns, from the lake
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { 'no-worker': { type: 'boolean' } } });

      return runServe({ hasWorker: !values['no-worker'] });
    }
    case 'demo': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
      if (!values.out) return usage('demo needs --out DIR');

      return runDemo({ outDir: values.out });
    }
    case 'reset-password': {
      const [username] = rest;
      if (!username) return usage('reset-password needs a username, e.g. tnl-m');

      return runResetPassword(username);
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);

      return 0;
    case 'verify': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { keys: { type: 'string' }, online: { type: 'string' } },
      });
      const [input] = positionals;
      if (!input) return usage('verify needs a PDF file, a payload or a URL');

      return runVerify({ input, keysFile: values.keys, onlineUrl: values.online });
    }
    case 'audit': {
      if (rest[0] === 'verify') return runAudit();

      return usage('audit needs verify');
    }
    case 'clients': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { name: { type: 'string' }, department: { type: 'string' }, units: { type: 'string' } },
      });
      const { name, department, units } = values;
      if (positionals[0] !== 'create' || !name || !department || !units) {
        return usage('clients create needs --name, --department and --units');
      }

      return runClientsCreate({ name, department, units });
    }
    case 'import':
      return runImportCommand(rest);
    case 'lake': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' } } });
      if (positionals[0] !== 'export') return usage('lake needs export');

      return runLakeExport({ outDir: values.out });
    }
    case 'stats': {
      const { values } = parseArgs({
        args: rest,
        options: {
          lake: { type: 'string' }, district: { type: 'string' }, year: { type: 'string' },
          json: { type: 'boolean' }, lang: { type: 'string' },
        },
      });
      if (values.year !== undefined && !/^\d{4}$/.test(values.year)) return usage('--year is a year, e.g. 2026');

      return runStats({
        lakeDir: values.lake, district: values.district, year: values.year ? Number(values.year) : undefined,
        isJson: values.json === true, language: values.lang === 'en' ? 'en' : 'te',
      });
    }
    case 'dead-letters': {
      const [action, id] = rest;
      if (action === 'list') return runDeadLetters({ action });
      if (action === 'replay' && id && /^\d+$/.test(id)) return runDeadLetters({ action, id: Number(id) });

      return usage('dead-letters needs list, or replay <id>');
    }
    case undefined:
    default:
      return usage(command ? `unknown command: ${command}` : undefined);
  }
}

function usage(problem?: string): number {
  if (problem) console.error(problem);
  console.error(USAGE);

  return 64;
}

// `patra verify x.pdf | head -1` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (error: unknown) => {
    // A failure half-way through start-up can leave a listening server: end the process.
    console.error(`patra: ${describeFailure(error)}`);
    process.exit(1);
  },
);

function describeFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  const port = (error as { port?: number }).port;
  if (code === 'EADDRINUSE') {
    return `port ${port ?? ''} is in use: set PORT (Patra) or WHATSAPP_STANDIN_PORT (the WhatsApp stand-in, PORT + 1 by default)`;
  }

  return error instanceof Error ? error.message : String(error);
}
