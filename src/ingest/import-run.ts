import type { Actor } from '../registry/actor.ts';

/** An import run as the batches need it: which file, from which source, and who ran it. */
export interface ImportRun {
  id: string;
  source: string;
  department: 'panchayat_raj' | 'municipal_administration' | 'health';
  fileSha256: string;
  startedBy: string;
}

/** Outcomes of rows, as stored in import_rows and counted in the summary. */
export type RowOutcome = 'accepted' | 'linked' | 'review' | 'rejected';

/** The actor of history entries an import writes; the person who ran it is in the details. */
export const IMPORT_ACTOR: Actor = {
  userId: null,
  username: 'import',
  role: 'system',
  unitCode: null,
};

/** The legal basis of a backfilled registration: the department's file it came from. */
export function backfillBasis(run: ImportRun): string {
  return `backfill from ${run.source} file ${run.fileSha256}`;
}

/** The legal basis of a report of an event by a department's file, not yet registered. */
export function reportBasis(run: ImportRun): string {
  return `RBD Act 1969 s.8 (report of the event); from ${run.source} file ${run.fileSha256}`;
}

/** How a record names the file row it came from (record_sources.source_ref). */
export function sourceRef(run: ImportRun, rowNumber: number): string {
  return `file ${run.fileSha256} row ${rowNumber}`;
}
