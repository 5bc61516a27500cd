import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Moves a finished run's files from its temporary folder (inside the lake, so on the same
 * file system) to their places in the lake, one atomic rename each, then writes the run's
 * manifest `_runs/<run>.json` last and removes the temporary folder. A crash leaves whole
 * files only: a run without a manifest was interrupted, and its changes are exported again by
 * the next run (readers keep the latest row per key, so a repeat is harmless). Returns the
 * files' paths relative to the lake.
 */
export function publishLakeFiles(options: {
  tempDir: string;
  lakeDir: string;
  runId: string;
  manifest: object;
}): string[] {
  const files = listFiles(options.tempDir);
  const published: string[] = [];

  for (const file of files) {
    const path = relative(options.tempDir, file);
    const target = join(options.lakeDir, path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(file, target);
    published.push(path);
  }

  writeManifest(options.lakeDir, options.runId, { ...options.manifest, files: published });
  rmSync(options.tempDir, { recursive: true, force: true });

  return published;
}

function writeManifest(lakeDir: string, runId: string, manifest: object): void {
  const runsDir = join(lakeDir, '_runs');
  mkdirSync(runsDir, { recursive: true });
  const partial = join(runsDir, `.${runId}.json.partial`);
  writeFileSync(partial, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(partial, join(runsDir, `${runId}.json`));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];

  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
