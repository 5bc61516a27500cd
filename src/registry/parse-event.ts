import { z } from 'zod';
import { AppError } from '../shared/app-error.ts';
import {
  CauseOfDeathSchema,
  EVENT_SCHEMAS,
  EventTypeSchema,
  type CauseOfDeath,
} from './event-declarations.ts';
import { fieldIssue, toFieldIssues } from './field-issues.ts';
import type { EventType } from './load-record-for.ts';

/** The body of a notification or a declaration: the legal part, the statistical part, the MCCD. */
export const EventBodySchema = z.object({
  eventType: EventTypeSchema,
  declaration: z.record(z.string(), z.unknown()).describe('The legal part (Form 1, 2 or 3)'),
  statistical: z.record(z.string(), z.unknown()).default({}).describe('The statistical part'),
  causeOfDeath: z
    .unknown()
    .optional()
    .describe('Deaths only: Form 4 or 4A (kept in the restricted store)'),
});

export interface ParsedEvent {
  eventType: EventType;
  declaration: Record<string, unknown>;
  statistical: Record<string, unknown>;
  causeOfDeath: CauseOfDeath | undefined;
}

/**
 * Validates an event body. A complete one (a declaration) must satisfy the whole legal part of
 * its form; an incomplete one (a notification) needs only the event itself (date and place)
 * and any part it gives must be valid. Fails with VALIDATION_FAILED naming every bad field.
 */
export function parseEvent(input: unknown, options: { isComplete: boolean }): ParsedEvent {
  const body = check(EventBodySchema, input, '');
  const schemas = SCHEMAS[body.eventType];
  if (body.causeOfDeath !== undefined && body.eventType !== 'death') {
    throw new AppError('VALIDATION_FAILED', 'cause of death on a birth', {
      issues: [fieldIssue('causeOfDeath', 'unknownField')],
    });
  }

  const stage = options.isComplete ? 'complete' : 'incomplete';

  return {
    eventType: body.eventType,
    declaration: check(schemas[stage].legal, body.declaration, 'declaration') as Record<
      string,
      unknown
    >,
    statistical: check(schemas[stage].statistical, body.statistical, 'statistical') as Record<
      string,
      unknown
    >,
    causeOfDeath:
      body.causeOfDeath === undefined
        ? undefined
        : check(CauseOfDeathSchema, body.causeOfDeath, 'causeOfDeath'),
  };
}

type Parts = { legal: z.ZodType; statistical: z.ZodType };

/** Per event type: the whole form for a declaration; only the event itself for a notification. */
const SCHEMAS: Record<EventType, { complete: Parts; incomplete: Parts }> = {
  birth: {
    complete: EVENT_SCHEMAS.birth,
    incomplete: {
      legal: EVENT_SCHEMAS.birth.legal.partial().required({ birth: true }),
      statistical: EVENT_SCHEMAS.birth.statistical.partial(),
    },
  },
  still_birth: {
    complete: EVENT_SCHEMAS.still_birth,
    incomplete: {
      legal: EVENT_SCHEMAS.still_birth.legal.partial().required({ birth: true }),
      statistical: EVENT_SCHEMAS.still_birth.statistical.partial(),
    },
  },
  death: {
    complete: EVENT_SCHEMAS.death,
    incomplete: {
      legal: EVENT_SCHEMAS.death.legal.partial().required({ death: true }),
      statistical: EVENT_SCHEMAS.death.statistical.partial(),
    },
  },
};

function check<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;

  const issues = toFieldIssues(parsed.error).map((issue) => ({
    ...issue,
    field: prefix ? `${prefix}.${issue.field}` : issue.field,
  }));
  throw new AppError('VALIDATION_FAILED', 'event is invalid', { issues });
}
