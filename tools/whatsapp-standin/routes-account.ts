import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { StandinContext } from './context.ts';
import { unknownObjectError } from './errors.ts';
import type { JsonObject } from './json-fields.ts';
import { toListing } from './templates.ts';

type TemplatesRequest = FastifyRequest<{
  Params: { version: string; wabaId: string };
  Querystring: { name?: string; language?: string; status?: string };
}>;

/**
 * `GET /{version}/{waba-id}/message_templates`: the template registry in Meta's list shape
 * (`data[]` of name, components, language, status, category, id, plus `paging`).
 */
export function registerAccountRoutes(app: FastifyInstance, ctx: StandinContext): void {
  app.get('/:version/:wabaId/message_templates', (request: TemplatesRequest) => {
    const { wabaId } = request.params;
    if (wabaId !== ctx.business.businessAccountId) throw unknownObjectError(wabaId, 'get');

    const data = ctx.templates.list(request.query).map(toListing);

    const cursor = (n: number): string => Buffer.from(String(n)).toString('base64url');

    return { data, paging: { cursors: { before: cursor(0), after: cursor(data.length) } } };
  });
}

/**
 * The business phone number or the WABA when `id` names one (what `GET /{version}/{id}`
 * answers for them), else undefined. Patra's health check can use either to test its token.
 */
export function accountObjectOf(ctx: StandinContext, id: string): JsonObject | undefined {
  if (id === ctx.business.phoneNumberId) {
    return {
      verified_name: 'Patra (local stand-in)',
      display_phone_number: `+${ctx.business.displayPhoneNumber}`,
      id,
      quality_rating: 'GREEN',
    };
  }

  if (id === ctx.business.businessAccountId) {
    return {
      id,
      name: 'Patra (local stand-in)',
      timezone_id: '71',
      message_template_namespace: 'patra_standin',
    };
  }

  return undefined;
}
