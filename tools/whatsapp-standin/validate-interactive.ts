import { GraphError } from './errors.ts';
import {
  checkMaxLength,
  isRecord,
  optionalString,
  requiredArray,
  requiredObject,
  requiredString,
} from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { checkMediaObject } from './validate-media.ts';
import type { MediaContext } from './validate-media.ts';

/** Interactive types the stand-in checks in full; others get only the common checks. */
const KNOWN_TYPES = [
  'list',
  'button',
  'cta_url',
  'flow',
  'product',
  'product_list',
  'catalog_message',
  'location_request_message',
];

const MAX_LIST_ROWS = 10;
const MAX_LIST_SECTIONS = 10;
const MAX_REPLY_BUTTONS = 3;

/**
 * Checks an `interactive` object against the limits of contract §1.2 (list) and §1.3 (reply
 * buttons): lengths give 100, counts and duplicates give 131009.
 */
export function checkInteractive(value: unknown, ctx: MediaContext): void {
  if (!isRecord(value)) throw new GraphError(131008, "Parameter 'interactive' is required.");

  const type = requiredString(value, 'type', "interactive['type']");
  if (!KNOWN_TYPES.includes(type)) {
    throw new GraphError(
      100,
      `Param interactive['type'] must be one of ${KNOWN_TYPES.join(', ')}.`,
    );
  }

  checkBodyAndFooter(value, type);

  if (type === 'list') {
    checkListHeader(value['header']);
    checkList(requiredObject(value, 'action', "interactive['action']"));
  }

  if (type === 'button') {
    checkButtonHeader(value['header'], ctx);
    checkReplyButtons(requiredObject(value, 'action', "interactive['action']"));
  }
}

function checkBodyAndFooter(value: JsonObject, type: string): void {
  const isBodyRequired = type === 'list' || type === 'button';
  const body = value['body'];

  if (isBodyRequired || body !== undefined) {
    const bodyObject = requiredObject(value, 'body', "interactive['body']");
    const text = requiredString(bodyObject, 'text', "interactive['body']['text']");
    checkMaxLength(text, 1024, "interactive['body']['text']");
  }

  if (value['footer'] !== undefined) {
    const footer = requiredObject(value, 'footer', "interactive['footer']");
    checkMaxLength(
      requiredString(footer, 'text', "interactive['footer']['text']"),
      60,
      "interactive['footer']['text']",
    );
  }
}

function checkListHeader(header: unknown): void {
  if (header === undefined) return;

  if (!isRecord(header) || header['type'] !== 'text') {
    throw new GraphError(131009, "A list message's header must be of type text.");
  }

  checkMaxLength(
    requiredString(header, 'text', "interactive['header']['text']"),
    60,
    "interactive['header']['text']",
  );
}

function checkButtonHeader(header: unknown, ctx: MediaContext): void {
  if (header === undefined) return;

  if (!isRecord(header))
    throw new GraphError(100, "Param interactive['header'] must be an object.");

  const type = requiredString(header, 'type', "interactive['header']['type']");
  if (type === 'text') {
    const text = requiredString(header, 'text', "interactive['header']['text']");
    checkMaxLength(text, 60, "interactive['header']['text']");

    return;
  }

  if (type !== 'image' && type !== 'video' && type !== 'document') {
    throw new GraphError(131009, `Header type ${type} is not allowed on reply buttons.`);
  }

  checkMediaObject(header[type], type, `interactive['header']['${type}']`, ctx);
}

function checkList(action: JsonObject): void {
  const button = requiredString(action, 'button', "interactive['action']['button']");
  checkMaxLength(button, 20, "interactive['action']['button']");

  const sections = requiredArray(action, 'sections', "interactive['action']['sections']");
  if (sections.length < 1 || sections.length > MAX_LIST_SECTIONS) {
    throw new GraphError(
      131009,
      `A list needs 1 to ${MAX_LIST_SECTIONS} sections, not ${sections.length}.`,
    );
  }

  const rows = sections.flatMap((section, index) => sectionRows(section, index, sections.length));
  if (rows.length > MAX_LIST_ROWS) {
    throw new GraphError(
      131009,
      `A list may hold at most ${MAX_LIST_ROWS} rows in all; it has ${rows.length}.`,
    );
  }

  checkUnique(
    rows.map((row, i) => rowId(row, i)),
    'Row ids',
  );
}

function sectionRows(section: unknown, index: number, sectionCount: number): JsonObject[] {
  const path = `interactive['action']['sections'][${index}]`;
  if (!isRecord(section)) throw new GraphError(100, `Param ${path} must be an object.`);

  const title = optionalString(section, 'title', `${path}['title']`);
  if (sectionCount > 1 && (title === undefined || title === '')) {
    throw new GraphError(131009, `${path}['title'] is required when a list has several sections.`);
  }

  checkMaxLength(title, 24, `${path}['title']`);

  const rows = requiredArray(section, 'rows', `${path}['rows']`);
  if (rows.length === 0) throw new GraphError(131009, `${path} has no rows.`);

  return rows.map((row, rowIndex) => checkRow(row, `${path}['rows'][${rowIndex}]`));
}

function checkRow(row: unknown, path: string): JsonObject {
  if (!isRecord(row)) throw new GraphError(100, `Param ${path} must be an object.`);

  checkMaxLength(requiredString(row, 'id', `${path}['id']`), 200, `${path}['id']`);
  checkMaxLength(requiredString(row, 'title', `${path}['title']`), 24, `${path}['title']`);
  checkMaxLength(
    optionalString(row, 'description', `${path}['description']`),
    72,
    `${path}['description']`,
  );

  return row;
}

function rowId(row: JsonObject, index: number): string {
  return typeof row['id'] === 'string' ? row['id'] : String(index);
}

function checkReplyButtons(action: JsonObject): void {
  const buttons = requiredArray(action, 'buttons', "interactive['action']['buttons']");
  if (buttons.length < 1 || buttons.length > MAX_REPLY_BUTTONS) {
    throw new GraphError(
      131009,
      `Reply buttons: 1 to ${MAX_REPLY_BUTTONS} allowed, not ${buttons.length}.`,
    );
  }

  const replies = buttons.map((button, index) => checkReplyButton(button, index));
  checkUnique(
    replies.map((reply) => reply.title),
    'Button titles',
  );
  checkUnique(
    replies.map((reply) => reply.id),
    'Button ids',
  );
}

function checkReplyButton(button: unknown, index: number): { id: string; title: string } {
  const path = `interactive['action']['buttons'][${index}]`;
  if (!isRecord(button) || button['type'] !== 'reply') {
    throw new GraphError(131009, `${path} must be of type reply.`);
  }

  const reply = requiredObject(button, 'reply', `${path}['reply']`);
  const id = requiredString(reply, 'id', `${path}['reply']['id']`);
  const title = requiredString(reply, 'title', `${path}['reply']['title']`);
  checkMaxLength(id, 256, `${path}['reply']['id']`);
  checkMaxLength(title, 20, `${path}['reply']['title']`);

  return { id, title };
}

function checkUnique(values: string[], what: string): void {
  const duplicate = values.find((value, index) => values.indexOf(value) !== index);
  if (duplicate === undefined) return;

  throw new GraphError(131009, `${what} must be unique; '${duplicate}' appears twice.`);
}
