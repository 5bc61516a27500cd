import { GraphError } from './errors.ts';
import { isRecord, requiredObject, requiredString } from './json-fields.ts';
import type { JsonObject } from './json-fields.ts';
import { paramSlots } from './templates.ts';
import type { ParamSlots, StoredTemplate, TemplateRegistry } from './templates.ts';
import { checkParameter } from './validate-template-params.ts';
import type { MediaContext } from './validate-media.ts';

/** What template checks need: the registry and the uploads. */
export interface TemplateContext extends MediaContext {
  templates: TemplateRegistry;
}

/** The parameters a send gave, keyed like the template's slots. */
interface GivenComponents {
  header?: unknown[];
  body?: unknown[];
  buttons: Map<number, { subType: string; params: unknown[] }>;
}

const SUB_TYPE_OF_BUTTON: Record<string, string> = {
  QUICK_REPLY: 'quick_reply',
  URL: 'url',
  COPY_CODE: 'copy_code',
  PHONE_NUMBER: 'phone_number',
};

/**
 * Checks a `template` object (contract §1.5) and returns the approved translation it names.
 * Failure codes: 132001 no such name in that language (or not approved), 132015 paused,
 * 132016 disabled, 132000 parameter count differs for a component, 132012 parameter type
 * differs from the template, 132018 newline/tab/5 spaces in a text, 100 empty text.
 */
export function checkTemplate(value: unknown, ctx: TemplateContext): StoredTemplate {
  if (!isRecord(value)) throw new GraphError(131008, "Parameter 'template' is required.");

  const template = lookUp(value, ctx);
  const slots = paramSlots(template);
  const given = groupComponents(value['components']);

  checkCounts(slots, given);
  checkValues(slots, given, ctx);

  return template;
}

function lookUp(value: JsonObject, ctx: TemplateContext): StoredTemplate {
  const name = requiredString(value, 'name', "template['name']");
  const language = requiredObject(value, 'language', "template['language']");
  const code = requiredString(language, 'code', "template['language']['code']");

  if (language['policy'] !== undefined && language['policy'] !== 'deterministic') {
    throw new GraphError(100, "Param template['language']['policy'] must be deterministic.");
  }

  const template = ctx.templates.find(name, code);
  if (template === undefined || template.status === 'PENDING' || template.status === 'REJECTED') {
    throw new GraphError(132001, `template name (${name}) does not exist in ${code}`);
  }

  if (template.status === 'PAUSED') {
    throw new GraphError(132015, `template (${name}) in ${code} is paused`);
  }

  if (template.status === 'DISABLED') {
    throw new GraphError(132016, `template (${name}) in ${code} is disabled`);
  }

  return template;
}

function groupComponents(components: unknown): GivenComponents {
  const given: GivenComponents = { buttons: new Map() };
  if (components === undefined) return given;

  if (!Array.isArray(components)) {
    throw new GraphError(100, "Param template['components'] must be an array.");
  }

  for (const [i, component] of components.entries()) {
    addComponent(given, component, `template['components'][${i}]`);
  }

  return given;
}

function addComponent(given: GivenComponents, component: unknown, path: string): void {
  if (!isRecord(component)) throw new GraphError(100, `Param ${path} must be an object.`);

  const type = requiredString(component, 'type', `${path}['type']`);
  const params = parametersOf(component, path);

  if (type === 'header' || type === 'body') {
    if (given[type] !== undefined) throw new GraphError(100, `Duplicate ${type} component.`);

    given[type] = params;

    return;
  }

  if (type !== 'button') {
    throw new GraphError(100, `Param ${path}['type'] must be one of header, body, button.`);
  }

  const subType = requiredString(component, 'sub_type', `${path}['sub_type']`);
  const index = Number(component['index']);
  if (!Number.isInteger(index) || index < 0 || index > 9) {
    throw new GraphError(100, `Param ${path}['index'] must be a button position from 0.`);
  }

  given.buttons.set(index, { subType, params });
}

function parametersOf(component: JsonObject, path: string): unknown[] {
  const params = component['parameters'];
  if (params === undefined) return [];

  if (!Array.isArray(params))
    throw new GraphError(100, `Param ${path}['parameters'] must be an array.`);

  return params;
}

function checkCounts(slots: ParamSlots, given: GivenComponents): void {
  checkCount('header', given.header?.length ?? 0, slots.header);
  checkCount('body', given.body?.length ?? 0, slots.body);

  for (const [index, button] of given.buttons) {
    const slot = slots.buttons[index];
    if (slot === undefined) {
      throw new GraphError(131009, `button at index ${index} does not exist in the template`);
    }

    if (SUB_TYPE_OF_BUTTON[slot.type] !== button.subType) {
      throw new GraphError(
        132012,
        `button at index ${index} is ${slot.type}, not ${button.subType}`,
      );
    }

    if (!(slot.isOptional && button.params.length <= slot.params)) {
      checkCount(`button at index ${index}`, button.params.length, slot.params);
    }
  }

  for (const slot of slots.buttons) {
    if (slot.params > 0 && !slot.isOptional && !given.buttons.has(slot.index)) {
      checkCount(`button at index ${slot.index}`, 0, slot.params);
    }
  }
}

function checkCount(component: string, given: number, expected: number): void {
  if (given === expected) return;

  throw new GraphError(
    132000,
    `${component}: number of localizable_params (${given}) does not match the expected number ` +
      `of params (${expected})`,
  );
}

function checkValues(slots: ParamSlots, given: GivenComponents, ctx: TemplateContext): void {
  const common = { isNamed: slots.isNamed, ctx };
  const bodyMax = slots.isBodyOnly ? 32768 : 1024;

  given.header?.forEach((param, i) =>
    checkParameter(param, {
      ...common,
      where: 'header',
      position: i + 1,
      maxText: 60,
      headerFormat: slots.headerFormat,
    }),
  );
  given.body?.forEach((param, i) =>
    checkParameter(param, { ...common, where: 'body', position: i + 1, maxText: bodyMax }),
  );

  for (const [index, button] of given.buttons) {
    button.params.forEach((param, i) =>
      checkParameter(param, {
        ...common,
        where: `button at index ${index}`,
        position: i + 1,
        maxText: 2000,
      }),
    );
  }
}
