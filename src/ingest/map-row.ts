import { BirthDeclarationSchema } from '../registry/birth-declaration.ts';
import { fieldIssue, toFieldIssues } from '../registry/field-issues.ts';
import { duplicateNameKey } from '../registry/flag-duplicates.ts';
import { toWaId } from '../registry/phone.ts';
import type { FieldIssue } from '../shared/app-error.ts';
import type { IngestField } from './ingest-source.ts';
import type { FileRow } from './read-department-file.ts';
import { fieldText, readRowFields, type RowFields } from './read-row-fields.ts';
import {
  bilingual,
  columnIssue,
  ingestIssue,
  readAddress,
  readDate,
  readSex,
  readTime,
  readUnit,
  type MapContext,
} from './read-row-values.ts';

/** A row that passed every check, as the register will hold it. */
export interface IngestRow {
  rowNumber: number;
  unitCode: string;
  eventDate: string;
  /** The number the department registered it under, kept verbatim; none for a notification. */
  legacyNumber: string | undefined;
  registrationDate: string | undefined;
  declaration: Record<string, unknown>;
  statistical: Record<string, unknown>;
  /** The mother's name folded for linkage (records.link_key). */
  linkKey: string;
  informantWaId: string | undefined;
}

export type MappedRow =
  { ok: true; row: IngestRow } | { ok: false; rowNumber: number; issues: FieldIssue[] };

/** A file gives no informant of its own: the mobile on the row receives the certificate. */
const IngestBirthSchema = BirthDeclarationSchema.extend({
  informant: BirthDeclarationSchema.shape.informant.optional(),
});

/** Where each part of the declaration comes from, to name the file's column in a rejection. */
const FIELD_BY_PATH: [string, IngestField][] = [
  ['child.name.te', 'childNameTe'],
  ['child.name', 'childNameEn'],
  ['child.sex', 'sex'],
  ['birth.date', 'eventDate'],
  ['birth.time', 'eventTime'],
  ['birth.place.address', 'addressEn'],
  ['birth.place', 'facility'],
  ['mother.name.te', 'motherNameTe'],
  ['mother.name', 'motherNameEn'],
  ['father.name.te', 'fatherNameTe'],
  ['father.name', 'fatherNameEn'],
  ['addressAtBirth.pincode', 'pincode'],
  ['addressAtBirth.te', 'addressTe'],
  ['addressAtBirth', 'addressEn'],
  ['permanentAddress', 'addressEn'],
  ['informant.name', 'motherNameEn'],
  ['informant', 'informantMobile'],
];

/**
 * Maps one file row to a birth record through the source's configuration and checks it as
 * the register would: dates in the source's formats and not in the future, the unit one of
 * the source's own, the facility one of that unit's, sex a known value, names in the right
 * script, an Indian mobile. Returns the row, or every issue with the file's column and the
 * reason in Telugu and English.
 */
export function mapRow(fileRow: FileRow, context: MapContext): MappedRow {
  const fields = readRowFields(fileRow, context.source);
  const issues: FieldIssue[] = [];
  const eventDate = readDate(fields, 'eventDate', context, issues);
  const registrationDate = readDate(fields, 'registrationDate', context, issues);
  const unitCode = readUnit(fields, context, issues);
  const sex = readSex(fields, context.source, issues);
  if (eventDate && registrationDate && registrationDate < eventDate)
    issues.push(ingestIssue(fields, 'registrationDate', 'registeredBeforeEvent'));
  // A registration is backfilled with the date it was registered on, never a guess.
  if (
    fieldText(fields, 'registrationNumber') &&
    fieldText(fields, 'registrationDate') === undefined
  )
    issues.push(columnIssue(fields, 'registrationDate', fieldIssue('', 'required')));
  if (issues.length > 0 || !unitCode || !eventDate)
    return { ok: false, rowNumber: fileRow.rowNumber, issues };

  const draft = draftDeclaration(fields, { unitCode, eventDate, sex, context });
  const parsed = IngestBirthSchema.safeParse(draft.declaration);
  if (!parsed.success || draft.issues.length > 0) {
    const schemaIssues = parsed.success
      ? []
      : toFieldIssues(parsed.error).map((issue) => nameColumn(issue, fields));

    return {
      ok: false,
      rowNumber: fileRow.rowNumber,
      issues: distinct([...draft.issues, ...schemaIssues]),
    };
  }

  return {
    ok: true,
    row: toIngestRow(fileRow.rowNumber, parsed.data, {
      fields,
      unitCode,
      eventDate,
      registrationDate,
    }),
  };
}

function toIngestRow(
  rowNumber: number,
  declaration: Record<string, unknown>,
  parts: {
    fields: RowFields;
    unitCode: string;
    eventDate: string;
    registrationDate: string | undefined;
  },
): IngestRow {
  const mother = declaration.mother as { name: { en: string } };
  const informant = declaration.informant as { mobile?: string } | undefined;
  const plurality = Number(fieldText(parts.fields, 'plurality') ?? 1);
  const order = Number(fieldText(parts.fields, 'birthOrder') ?? 0);

  return {
    rowNumber,
    unitCode: parts.unitCode,
    eventDate: parts.eventDate,
    legacyNumber: fieldText(parts.fields, 'registrationNumber'),
    registrationDate: parts.registrationDate,
    declaration,
    statistical: plurality >= 2 && order >= 1 ? { multipleBirth: { plurality, order } } : {},
    linkKey: duplicateNameKey(mother.name.en),
    informantWaId: informant?.mobile === undefined ? undefined : toWaId(informant.mobile),
  };
}

function draftDeclaration(
  fields: RowFields,
  parts: { unitCode: string; eventDate: string; sex: string | undefined; context: MapContext },
): { declaration: Record<string, unknown>; issues: FieldIssue[] } {
  const text = (field: IngestField): string | undefined => fieldText(fields, field);
  const issues: FieldIssue[] = [];
  const facilityName = text('facility');
  const facilityId = facilityName && parts.context.units.findFacility(parts.unitCode, facilityName);
  if (facilityName && !facilityId)
    issues.push(columnIssue(fields, 'facility', fieldIssue('', 'notFacility')));

  const address = readAddress(text);
  const mobile = text('informantMobile');
  const motherName = bilingual(text('motherNameEn'), text('motherNameTe'));

  return {
    issues,
    declaration: {
      child: { name: bilingual(text('childNameEn'), text('childNameTe')), sex: parts.sex },
      birth: {
        date: parts.eventDate,
        time: readTime(fields),
        place: facilityId ? { type: 'facility', facilityId } : { type: 'home', address },
      },
      mother: { name: motherName },
      father: bilingual(text('fatherNameEn'), text('fatherNameTe')) && {
        name: bilingual(text('fatherNameEn'), text('fatherNameTe')),
      },
      addressAtBirth: address,
      permanentAddress: address,
      informant: mobile && {
        name: motherName,
        relation: parts.context.source.informantRelation,
        mobile,
        language: parts.context.source.informantLanguage,
      },
      unitCode: parts.unitCode,
    },
  };
}

function distinct(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();

  return issues.filter((issue) => {
    const key = `${issue.field}|${issue.message}`;
    if (seen.has(key)) return false;

    seen.add(key);

    return true;
  });
}

function nameColumn(issue: FieldIssue, fields: RowFields): FieldIssue {
  const match = FIELD_BY_PATH.find(
    ([path]) => issue.field === path || issue.field.startsWith(`${path}.`),
  );

  return match ? columnIssue(fields, match[1], issue) : issue;
}
