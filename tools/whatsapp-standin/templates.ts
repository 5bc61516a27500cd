import { newNumericId } from './ids.ts';
import { SEED_TEMPLATES } from './seed-templates.ts';
import type { TemplateButton, TemplateDefinition, TemplateStatus } from './types.ts';

/** A template translation as the registry holds it: id and status always set. */
export type StoredTemplate = TemplateDefinition & { id: string; status: TemplateStatus };

/** How many parameters a send must give a template button, by its position. */
export interface ButtonSlot {
  index: number;
  type: TemplateButton['type'];
  params: number;
  /** Quick-reply payloads may be left out. */
  isOptional: boolean;
}

/** The parameters a send must supply per component, derived from the template text. */
export interface ParamSlots {
  header: number;
  headerFormat: string | undefined;
  body: number;
  buttons: ButtonSlot[];
  /** True when the template uses `{{name}}` variables, which need `parameter_name`. */
  isNamed: boolean;
  /** True when the template has a body and nothing else (longer body params allowed). */
  isBodyOnly: boolean;
}

/** Filters of `GET /{waba}/message_templates`. */
export interface TemplateFilter {
  name?: string;
  language?: string;
  status?: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The in-memory template registry of one WhatsApp Business Account. */
export class TemplateRegistry {
  private readonly templates = new Map<string, StoredTemplate>();

  constructor(extra: TemplateDefinition[] = []) {
    for (const template of [...SEED_TEMPLATES, ...extra]) this.add(template);
  }

  /** Adds a translation, replacing one with the same name and language. */
  add(template: TemplateDefinition): StoredTemplate {
    const stored: StoredTemplate = {
      ...template,
      id: template.id ?? newNumericId(),
      status: template.status ?? 'APPROVED',
    };
    this.templates.set(keyOf(template.name, template.language), stored);

    return stored;
  }

  find(name: string, language: string): StoredTemplate | undefined {
    return this.templates.get(keyOf(name, language));
  }

  /** Translations matching the filter; `name` matches as a substring, as Meta's does. */
  list(filter: TemplateFilter = {}): StoredTemplate[] {
    return [...this.templates.values()].filter(
      (t) =>
        (filter.name === undefined || t.name.includes(filter.name)) &&
        (filter.language === undefined || t.language === filter.language) &&
        (filter.status === undefined || t.status === filter.status.toUpperCase()),
    );
  }

  /** Sets a translation's status; returns it, or undefined when there is no such template. */
  setStatus(name: string, language: string, status: TemplateStatus): StoredTemplate | undefined {
    const template = this.find(name, language);
    if (template === undefined) return undefined;

    template.status = status;

    return template;
  }
}

/** The listing shape Meta returns for one template translation. */
export function toListing(template: StoredTemplate): Record<string, unknown> {
  return {
    name: template.name,
    components: template.components,
    language: template.language,
    status: template.status,
    category: template.category,
    id: template.id,
  };
}

/** Counts the parameters each component of a template expects. */
export function paramSlots(template: TemplateDefinition): ParamSlots {
  const slots: ParamSlots = {
    header: 0,
    headerFormat: undefined,
    body: 0,
    buttons: [],
    isNamed: false,
    isBodyOnly: template.components.every((c) => c.type === 'BODY'),
  };

  for (const component of template.components) {
    switch (component.type) {
      case 'HEADER':
        slots.headerFormat = component.format;
        slots.header = component.format === 'TEXT' ? countVariables(component.text) : 1;
        break;
      case 'BODY':
        slots.body = countVariables(component.text);
        break;
      case 'BUTTONS':
        slots.buttons = component.buttons.map(buttonSlot);
        break;
      case 'FOOTER':
        break;
    }
  }

  slots.isNamed = variableNames(template).some((name) => !/^\d+$/.test(name));

  return slots;
}

function buttonSlot(button: TemplateButton, index: number): ButtonSlot {
  switch (button.type) {
    case 'QUICK_REPLY':
      return { index, type: button.type, params: 1, isOptional: true };
    case 'URL':
      return { index, type: button.type, params: countVariables(button.url), isOptional: false };
    case 'COPY_CODE':
      return { index, type: button.type, params: 1, isOptional: false };
    case 'PHONE_NUMBER':
      return { index, type: button.type, params: 0, isOptional: false };
  }
}

function countVariables(text: string | undefined): number {
  return new Set([...(text ?? '').matchAll(PLACEHOLDER)].map((m) => m[1])).size;
}

function variableNames(template: TemplateDefinition): string[] {
  const texts = template.components.flatMap((c) =>
    c.type === 'HEADER' || c.type === 'BODY' ? [c.text ?? ''] : [],
  );

  return texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''));
}

function keyOf(name: string, language: string): string {
  return `${name}\u0000${language}`;
}
