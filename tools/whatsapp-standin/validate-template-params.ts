import { GraphError } from './errors.ts';
import { charLength, isRecord, requiredObject, requiredString } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { checkMediaObject } from './validate-media.ts';
import type { MediaContext } from './validate-media.ts';

/** Where a parameter sits and what it may hold. */
export interface ParamCheck {
  /** 'header', 'body' or 'button at index N': the component named in error details. */
  where: string;
  /** 1-based position within the component. */
  position: number;
  maxText: number;
  isNamed: boolean;
  headerFormat?: string;
  ctx: MediaContext;
}

const TYPES_BY_AREA: Record<string, string[]> = {
  header: ['text', 'image', 'video', 'document', 'location'],
  body: ['text', 'currency', 'date_time'],
  button: ['payload', 'text', 'coupon_code'],
};

/** Newline or tab, or five spaces in a row: not allowed in a text parameter. */
const BAD_TEXT = /[\n\r\t]| {5,}/;

/** Checks one template parameter's type and value; see `checkTemplate` for the codes. */
export function checkParameter(param: unknown, check: ParamCheck): void {
  const label = `${check.where}: parameter ${check.position}`;
  if (!isRecord(param)) throw new GraphError(100, `${label} must be an object.`);

  const type = requiredString(param, 'type', `${label} type`);
  checkTypeAllowed(type, check, label);

  switch (type) {
    case 'text':
      checkText(param, check, label);
      break;
    case 'currency':
      checkCurrency(requiredObject(param, 'currency', `${label} currency`), label);
      break;
    case 'date_time':
      requiredString(
        requiredObject(param, 'date_time', `${label} date_time`),
        'fallback_value',
        `${label} date_time.fallback_value`,
      );
      break;
    case 'image':
    case 'video':
    case 'document':
      checkHeaderMedia(param, type, check, label);
      break;
    case 'location':
      requiredObject(param, 'location', `${label} location`);
      break;
    default:
      requiredString(param, type, `${label} ${type}`);
  }
}

function checkTypeAllowed(type: string, check: ParamCheck, label: string): void {
  const area = check.where.startsWith('button') ? 'button' : check.where;
  if (!(TYPES_BY_AREA[area] ?? []).includes(type)) {
    throw new GraphError(132012, `${label} of type ${type} is not allowed in the ${area}`);
  }

  const format = check.headerFormat?.toLowerCase();
  if (area === 'header' && format !== undefined && format !== type) {
    throw new GraphError(132012, `${label} is ${type} but the template's header is ${format}`);
  }
}

function checkText(param: JsonObject, check: ParamCheck, label: string): void {
  const text = param['text'];
  if (typeof text !== 'string' || text.length === 0) {
    throw new GraphError(100, `${label} of type text is missing a text value`);
  }

  if (BAD_TEXT.test(text)) {
    throw new GraphError(
      132018,
      `${label}: text may not contain new-line or tab characters or more than 4 consecutive spaces`,
    );
  }

  if (charLength(text) > check.maxText) {
    throw new GraphError(132005, `${label}: text is longer than ${check.maxText} characters`);
  }

  const isNameMissing =
    typeof param['parameter_name'] !== 'string' || param['parameter_name'] === '';
  if (check.isNamed && !check.where.startsWith('button') && isNameMissing) {
    throw new GraphError(100, `${label}: Parameter name is missing or empty`);
  }
}

function checkCurrency(currency: JsonObject, label: string): void {
  requiredString(currency, 'fallback_value', `${label} currency.fallback_value`);
  requiredString(currency, 'code', `${label} currency.code`);

  if (typeof currency['amount_1000'] !== 'number') {
    throw new GraphError(131008, `Parameter '${label} currency.amount_1000' is required.`);
  }
}

/** A media template header; a document header must be a PDF (contract §1.5). */
function checkHeaderMedia(
  param: JsonObject,
  type: 'image' | 'video' | 'document',
  check: ParamCheck,
  label: string,
): void {
  const media = checkMediaObject(param[type], type, `${label} ${type}`, check.ctx);
  if (type !== 'document') return;

  if (media !== undefined && media.mimeType !== 'application/pdf') {
    throw new GraphError(
      132012,
      `${label}: a document header must be a PDF, not ${media.mimeType}`,
    );
  }

  const link = isRecord(param[type]) ? param[type]['link'] : undefined;
  const extension =
    typeof link === 'string' ? /\.([a-z0-9]{2,5})$/i.exec(new URL(link).pathname) : null;
  if (extension !== null && extension[1]?.toLowerCase() !== 'pdf') {
    throw new GraphError(132012, `${label}: a document header must be a PDF`);
  }
}
