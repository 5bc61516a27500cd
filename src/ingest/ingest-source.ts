import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../shared/app-error.ts';

/** A column of the file: one header, or several whose values are joined with a space. */
const ColumnSchema = z.union([z.string().min(1), z.array(z.string().min(1)).min(2)]);

/** Where a field is read from: the first of these columns that the file has. */
const FieldColumnsSchema = z.array(ColumnSchema).min(1);

/** The fields a department file can give, each mapped to its columns in that file. */
export const INGEST_FIELDS = [
  'registrationNumber',
  'registrationDate',
  'unit',
  'eventDate',
  'eventTime',
  'sex',
  'childNameEn',
  'childNameTe',
  'motherNameEn',
  'motherNameTe',
  'fatherNameEn',
  'fatherNameTe',
  'facility',
  'addressEn',
  'addressTe',
  'pincode',
  'informantMobile',
  'plurality',
  'birthOrder',
] as const;

export type IngestField = (typeof INGEST_FIELDS)[number];

export const DateFormatSchema = z.enum([
  'DD/MM/YYYY',
  'DD-MM-YYYY',
  'DD-MM-YY',
  'DD/MM/YY',
  'YYYY-MM-DD',
  'excel-serial',
]);

export type DateFormat = z.infer<typeof DateFormatSchema>;

/**
 * How one department's file maps to a birth record: configuration, not code, kept as
 * `seed/ingest-sources/<name>.json`. Headers may be Telugu or English (list both); values of
 * sex are mapped by `sexValues`; a unit column may give the unit's code, CRS code or name.
 */
export const IngestSourceSchema = z.object({
  name: z
    .string()
    .regex(/^[a-z0-9-]{2,60}$/)
    .describe('The source name given to --source'),
  department: z.enum(['panchayat_raj', 'municipal_administration', 'health']),
  // TODO(#6): deaths and still-births from department files.
  eventType: z.literal('birth').describe('The kind of event the file holds: births'),
  units: z.array(z.string().min(1)).min(1).describe('The units this source may report events in'),
  dateFormats: z.array(DateFormatSchema).min(1),
  columns: z
    .partialRecord(z.enum(INGEST_FIELDS), FieldColumnsSchema)
    .refine(
      (columns) =>
        columns.eventDate && columns.sex && (columns.motherNameEn ?? columns.motherNameTe),
      {
        message: "eventDate, sex and the mother's name need columns",
      },
    ),
  sexValues: z.record(z.string(), z.enum(['male', 'female', 'transgender'])),
  informantRelation: z.enum(['mother', 'father', 'relative', 'other']).default('mother'),
  informantLanguage: z.enum(['te', 'en']).default('te'),
  sheet: z.string().optional().describe('XLSX: the worksheet to read (default the first)'),
});

export type IngestSource = z.infer<typeof IngestSourceSchema>;

/**
 * Reads and checks the mapping of a source by name from `dir`. Fails with VALIDATION_FAILED
 * naming the bad key, or RECORD_NOT_FOUND when no such source is configured.
 */
export function loadIngestSource(dir: string, name: string): IngestSource {
  if (!/^[a-z0-9-]{2,60}$/.test(name))
    throw new AppError('RECORD_NOT_FOUND', `no ingest source named ${name}`);

  let text: string;
  try {
    text = readFileSync(join(dir, `${name}.json`), 'utf8');
  } catch (error) {
    throw new AppError('RECORD_NOT_FOUND', `no ingest source named ${name}`, { cause: error });
  }

  const parsed = IngestSourceSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }));
    throw new AppError('VALIDATION_FAILED', `ingest source ${name} is misconfigured`, { issues });
  }

  return parsed.data;
}
