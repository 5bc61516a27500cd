import { spawnSync } from 'node:child_process';

/**
 * Whether a command-line tool a test reads certificates with is installed. Tests skip when it
 * is missing on a developer machine, but under CI (the CI variable set) a missing tool is a
 * broken build, so this throws and the suite fails instead of passing on skipped checks.
 */
export function requireTool(name: string, debianPackage: string): boolean {
  const probe = spawnSync(name, ['-v'], { stdio: 'ignore' });
  if (!probe.error) return true;

  const advice = `${name} is not installed; install the Debian package ${debianPackage}`;
  if (process.env.CI) throw new Error(`${advice} (required when CI is set)`);

  process.emitWarning(`${advice} to run the tests that need it; skipping them`);
  return false;
}
