import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VitalStatistics } from './vital-statistics.ts';

/** The newest run that finished (its manifest is written last) and when it began. */
export function readLatestRun(lakeDir: string): VitalStatistics['lake'] {
  const runsDir = join(lakeDir, '_runs');
  if (!existsSync(runsDir)) return { latestRun: null, latestRunAt: null };

  const newest = readdirSync(runsDir)
    .filter((name) => /^run-.*\.json$/.test(name))
    .sort()
    .at(-1);
  if (!newest) return { latestRun: null, latestRunAt: null };

  const manifest = JSON.parse(readFileSync(join(runsDir, newest), 'utf8')) as {
    startedAt?: unknown;
  };

  return {
    latestRun: newest.replace(/\.json$/, ''),
    latestRunAt: typeof manifest.startedAt === 'string' ? manifest.startedAt : null,
  };
}
