import { spawnSync } from 'node:child_process';

/** Runs a reader and returns its stdout; throws with its stderr when it fails. */
export function runTool(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

/** Text in NFC with whitespace (including line wraps) folded to one space. */
export const folded = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ');

/** The page text in drawing order, as pdftotext gives it, folded. */
export function pageText(file: string): string {
  return folded(runTool('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']));
}
