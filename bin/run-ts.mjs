#!/usr/bin/env node
// Runs one TypeScript file through tsx: `node bin/run-ts.mjs bench/run.ts`.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const [file] = process.argv.splice(2, 1);
await import(pathToFileURL(resolve(file)).href);
