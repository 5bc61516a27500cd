import { GraphError } from './errors.ts';
import {
  checkMaxLength,
  isRecord,
  optionalString,
  requiredObject,
  requiredString,
} from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { toWaId } from './phone.ts';
import type { StoredTemplate } from './templates.ts';
import { checkInteractive } from './validate-interactive.ts';
import { checkMediaObject, MEDIA_KINDS } from './validate-media.ts';
import type { MediaKind } from './validate-media.ts';
import { checkTemplate } from './validate-template.ts';
import type { TemplateContext } from './validate-template.ts';

/** A send that passed validation. */
export interface ValidSend {
  /** `to` exactly as given (echoed as `contacts[0].input`). */
  input: string;
  waId: string;
  type: string;
  /** The template, for template sends. */
  template?: StoredTemplate;
}

const OTHER_TYPES = ['reaction', 'location', 'contacts'];

/**
 * Checks a `POST /{phone-number-id}/messages` send body (contract §1.0–1.5) and returns the
 * normalised recipient. Throws a {@link GraphError}: 100 for a malformed envelope or `to`,
 * 131008/131009 for missing or invalid fields, 132xxx for template problems.
 */
export function validateSend(
  body: unknown,
  ctx: TemplateContext & { waIdOfUser?: (userId: string) => string | undefined },
): ValidSend {
  if (!isRecord(body)) throw new GraphError(100, 'The request body must be a JSON object.');

  checkEnvelope(body);

  const input = requiredTo(body);
  const waId = toWaId(input) ?? ctx.waIdOfUser?.(input);
  if (waId === undefined)
    throw new GraphError(100, `Invalid parameter: to (${input}) is not a phone number.`);

  const type = optionalString(body, 'type', 'type') ?? 'text';
  const template = checkContent(body, type, ctx);

  return { input, waId, type, template };
}

function checkEnvelope(body: JsonObject): void {
  if (body['messaging_product'] !== 'whatsapp') {
    throw new GraphError(100, 'The parameter messaging_product is required and must be whatsapp.');
  }

  const recipientType = body['recipient_type'];
  if (recipientType !== undefined && recipientType !== 'individual') {
    throw new GraphError(100, 'Param recipient_type must be individual.');
  }

  if (body['context'] !== undefined) {
    requiredString(
      requiredObject(body, 'context', 'context'),
      'message_id',
      "context['message_id']",
    );
  }

  if (body['biz_opaque_callback_data'] !== undefined) {
    checkMaxLength(
      optionalString(body, 'biz_opaque_callback_data', 'biz_opaque_callback_data'),
      512,
      'biz_opaque_callback_data',
    );
  }
}

/** `to`, or for a citizen known only by a business-scoped user id, `recipient`. */
function requiredTo(body: JsonObject): string {
  const to = body['to'] ?? body['recipient'];
  if (typeof to !== 'string' || to.trim() === '')
    throw new GraphError(100, 'The parameter to is required.');

  return to;
}

function checkContent(
  body: JsonObject,
  type: string,
  ctx: TemplateContext,
): StoredTemplate | undefined {
  if (type === 'template') return checkTemplate(body['template'], ctx);

  if (type === 'text') {
    checkText(body);
  } else if (type === 'interactive') {
    checkInteractive(body['interactive'], ctx);
  } else if (isMediaKind(type)) {
    checkMediaObject(body[type], type, type, ctx);
  } else if (OTHER_TYPES.includes(type)) {
    requiredObjectOrArray(body, type);
  } else {
    throw new GraphError(100, `Param type (${type}) is not a supported message type.`);
  }

  return undefined;
}

function checkText(body: JsonObject): void {
  const text = requiredObject(body, 'text', 'text');
  const content = requiredString(text, 'body', "text['body']");
  checkMaxLength(content, 4096, "text['body']");

  if (text['preview_url'] !== undefined && typeof text['preview_url'] !== 'boolean') {
    throw new GraphError(100, "Param text['preview_url'] must be a boolean.");
  }
}

function requiredObjectOrArray(body: JsonObject, type: string): void {
  const value = body[type];
  if (!isRecord(value) && !(Array.isArray(value) && value.length > 0)) {
    throw new GraphError(131008, `Parameter '${type}' is required.`);
  }
}

function isMediaKind(type: string): type is MediaKind {
  return (MEDIA_KINDS as readonly string[]).includes(type);
}
