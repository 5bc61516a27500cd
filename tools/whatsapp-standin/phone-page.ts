import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { StandinContext } from './context.ts';
import { GraphError } from './errors.ts';
import { injectInbound } from './inbound.ts';
import { isRecord } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { toWaId } from './phone.ts';
import type { InboundInput, ReceivedMessage } from './types.ts';

/** Where a person opens the phone simulator. */
export const PHONE_PAGE_PATH = '/_standin/phone';

const PAGE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'phone-page.html');

/** One bubble of the simulated chat. */
export interface ChatEntry {
  direction: 'in' | 'out';
  /** Stand-in clock, milliseconds. */
  at: number;
  text: string;
  /** A list's button and rows, or reply buttons, that the person can tap. */
  listButton?: string;
  choices?: { id: string; title: string; description?: string }[];
  document?: { mediaId: string; filename: string };
  template?: string;
}

const SendSchema = z.object({
  from: z.string(),
  text: z.string().optional(),
  interactiveReplyId: z.string().optional(),
  /** What the tapped row or button said, for the citizen's own bubble. */
  label: z.string().optional(),
  document: z
    .object({ content: z.string(), filename: z.string(), mimeType: z.string().optional() })
    .optional(),
});

const sentByContext = new WeakMap<StandinContext, { waId: string; at: number; text: string }[]>();

/**
 * The phone simulator: a plain HTML page where a person picks a number, writes to Patra as a
 * citizen, taps list rows and buttons, and opens the PDFs Patra sends. It talks to the same
 * signed-webhook path as `injectInbound`; its words are in Telugu and English.
 */
export function registerPhonePage(app: FastifyInstance, ctx: StandinContext): void {
  const sent: { waId: string; at: number; text: string }[] = [];
  sentByContext.set(ctx, sent);

  app.get(PHONE_PAGE_PATH, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(readFileSync(PAGE_FILE, 'utf8')),
  );

  app.get<{ Querystring: { number?: string } }>(`${PHONE_PAGE_PATH}/chat`, (request) => {
    const waId = toWaId(request.query.number ?? '');
    if (waId === undefined) throw new GraphError(100, 'number: not a phone number');

    return { waId, entries: chatOf(ctx, waId) };
  });

  app.post(`${PHONE_PAGE_PATH}/send`, async (request) => {
    const parsed = SendSchema.safeParse(request.body);
    if (!parsed.success) throw new GraphError(100, z.prettifyError(parsed.error));

    const waId = toWaId(parsed.data.from);
    if (waId === undefined) throw new GraphError(100, 'from: not a phone number');

    const input: InboundInput = { ...parsed.data, label: undefined } as InboundInput;
    sent.push({ waId, at: ctx.clock(), text: describeInput(parsed.data) });
    try {
      return await injectInbound(ctx, input);
    } catch (error) {
      throw new GraphError(100, error instanceof Error ? error.message : String(error));
    }
  });
}

/** What the citizen did, as their own bubble shows it. */
function describeInput(input: z.infer<typeof SendSchema>): string {
  if (input.document) return `📄 ${input.document.filename}`;
  if (input.interactiveReplyId) return `☑ ${input.label ?? input.interactiveReplyId}`;

  return input.text ?? '';
}

/** The chat with one number, oldest first: what the page sent and what the business sent. */
export function chatOf(ctx: StandinContext, waId: string): ChatEntry[] {
  const sent = (sentByContext.get(ctx) ?? []).filter((entry) => entry.waId === waId);
  const inbound: ChatEntry[] = sent.map((entry) => ({
    direction: 'in',
    at: entry.at,
    text: entry.text,
  }));
  const outbound = ctx.state
    .messages()
    .filter((message) => message.to === waId)
    .map((message) => outboundEntry(ctx, message));

  return [...inbound, ...outbound].sort((a, b) => a.at - b.at || (a.direction === 'in' ? -1 : 1));
}

function outboundEntry(ctx: StandinContext, message: ReceivedMessage): ChatEntry {
  const at = Date.parse(message.receivedAt);
  const body = message.body;
  const type = body['type'];

  if (type === 'text') return { direction: 'out', at, text: stringAt(body, ['text', 'body']) };
  if (type === 'document')
    return {
      direction: 'out',
      at,
      text: stringAt(body, ['document', 'caption']),
      document: documentOf(body['document']),
    };
  if (type === 'interactive') return interactiveEntry(body, at);
  if (type === 'template') return templateEntry(ctx, body, at);

  return { direction: 'out', at, text: `(${String(type)})` };
}

function interactiveEntry(body: JsonObject, at: number): ChatEntry {
  const interactive = isRecord(body['interactive']) ? body['interactive'] : {};
  const action = isRecord(interactive['action']) ? interactive['action'] : {};
  const sections: unknown[] = Array.isArray(action['sections']) ? action['sections'] : [];
  const rows = sections.flatMap((section): unknown[] =>
    isRecord(section) && Array.isArray(section['rows']) ? (section['rows'] as unknown[]) : [],
  );
  const buttons: unknown[] = Array.isArray(action['buttons']) ? action['buttons'] : [];
  const choices = [
    ...rows,
    ...buttons.map((button) => (isRecord(button) ? button['reply'] : undefined)),
  ]
    .filter(isRecord)
    .map((choice) => ({
      id: String(choice['id']),
      title: String(choice['title']),
      ...(typeof choice['description'] === 'string' ? { description: choice['description'] } : {}),
    }));
  const header = stringAt(interactive, ['header', 'text']);
  const text = [
    header,
    stringAt(interactive, ['body', 'text']),
    stringAt(interactive, ['footer', 'text']),
  ]
    .filter(Boolean)
    .join('\n\n');

  return {
    direction: 'out',
    at,
    text,
    choices,
    ...(rows.length > 0 ? { listButton: String(action['button']) } : {}),
  };
}

/** A template as the phone shows it: the approved text with the parameters filled in. */
function templateEntry(ctx: StandinContext, body: JsonObject, at: number): ChatEntry {
  const template = isRecord(body['template']) ? body['template'] : {};
  const name = String(template['name']);
  const language = stringAt(template, ['language', 'code']);
  const components = Array.isArray(template['components'])
    ? template['components'].filter(isRecord)
    : [];
  const parameters = (kind: string): JsonObject[] => {
    const component = components.find((c) => c['type'] === kind);

    const list: unknown = component?.['parameters'];

    return Array.isArray(list) ? list.filter(isRecord) : [];
  };
  const values = parameters('body').map((parameter) =>
    typeof parameter['text'] === 'string' ? parameter['text'] : '',
  );
  const stored = ctx.templates.find(name, language);
  const bodyText = stored?.components.find((c) => c.type === 'BODY');
  const text = (bodyText && 'text' in bodyText ? bodyText.text : name).replace(
    /\{\{(\d+)\}\}/g,
    (_m, n: string) => values[Number(n) - 1] ?? '',
  );
  const headerDocument = parameters('header')[0]?.['document'];

  return {
    direction: 'out',
    at,
    text,
    template: name,
    ...(isRecord(headerDocument) ? { document: documentOf(headerDocument) } : {}),
  };
}

function documentOf(value: unknown): { mediaId: string; filename: string } | undefined {
  if (!isRecord(value) || typeof value['id'] !== 'string') return undefined;

  return {
    mediaId: value['id'],
    filename: typeof value['filename'] === 'string' ? value['filename'] : 'document.pdf',
  };
}

function stringAt(value: JsonObject, path: string[]): string {
  let current: unknown = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;

  return typeof current === 'string' ? current : '';
}
