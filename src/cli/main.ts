import { parseArgs } from 'node:util';
import { runDemo } from './demo.ts';
import { runServe } from './serve.ts';
import { runVerify } from './verify.ts';

const USAGE = `patra: civil registration with certificates on WhatsApp

  patra serve [--no-worker]           the HTTP server and the worker (what npm start runs)
  patra demo --out DIR                the whole journey once, in a temporary database
  patra verify <pdf | payload | URL>  check a certificate's signature [--keys FILE] [--online URL]
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

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
