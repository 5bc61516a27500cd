import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { addChildName, ChildNameSchema } from '../../registry/add-child-name.ts';
import { cancelRecord, CancellationSchema } from '../../registry/cancel-record.ts';
import { confirmName, NameConfirmationSchema } from '../../registry/confirm-name.ts';
import { correctRecord, CorrectionSchema } from '../../registry/correct-record.ts';
import { ContactChangeSchema, updateRecordContacts } from '../../registry/update-record-contacts.ts';
import { requireActor, type AppContext } from '../context.ts';
import { errorResponses } from '../error-replies.ts';
import { RECORD_PARAMS } from '../record-params.ts';

type Change = (ctx: AppContext, actor: Awaited<ReturnType<typeof requireActor>>, recordId: string, body: unknown) => Promise<unknown>;

const CHANGES: { path: string; summary: string; description: string; body: z.ZodType; run: Change }[] = [
  {
    path: 'name',
    summary: "Enter the child's name later (s.14)",
    description: 'Free within 12 months of registration, then with the fee (amount and receipt). Supersedes the certificate and sends the new one to the informant.',
    body: ChildNameSchema,
    run: (ctx, actor, id, body) => addChildName(ctx.db, actor, id, body),
  },
  {
    path: 'corrections',
    summary: 'Correct an entry (s.15), as a marginal entry',
    description: 'Clerical: at least one document. Of fact: two declarations or affidavits and the enquiry report. Supersedes the certificate and sends the corrected one.',
    body: CorrectionSchema,
    run: (ctx, actor, id, body) => correctRecord(ctx.db, actor, id, body),
  },
  {
    path: 'cancellation',
    summary: 'Cancel an entry (s.15)',
    description: 'A marginal entry with reason and evidence; the certificate in force is cancelled and none is issued.',
    body: CancellationSchema,
    run: async (ctx, actor, id, body) => cancelRecord(ctx.db, actor, id, body).then(() => ({})),
  },
  {
    path: 'name-confirmations',
    summary: 'Confirm or correct a transliterated name',
    description: 'Until confirmed, a certificate prints only the script the source gave.',
    body: NameConfirmationSchema,
    run: (ctx, actor, id, body) => confirmName(ctx.db, actor, id, body),
  },
  {
    path: 'contacts',
    summary: 'Correct or add the WhatsApp numbers linked to a record',
    description: 'Certificates go only to linked numbers. Answers the linked numbers, masked.',
    body: ContactChangeSchema,
    run: async (ctx, actor, id, body) => ({ linked: await updateRecordContacts(ctx.db, actor, id, body) }),
  },
];

/** The registrar's changes after registration: each a marginal entry with its history. */
export function recordChangeRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const change of CHANGES) {
    app.post<{ Params: { recordId: string } }>(
      `/api/v1/records/:recordId/${change.path}`,
      {
        schema: {
          tags: ['register'],
          summary: change.summary,
          description: change.description,
          security: [{ bearer: [] }],
          params: RECORD_PARAMS,
          body: z.toJSONSchema(change.body, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }),
          response: { 201: { description: 'Entered', type: 'object' }, ...errorResponses(401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(ctx, request);
        const result = await change.run(ctx, actor, request.params.recordId, request.body);
        request.log.info({ recordId: request.params.recordId, change: change.path }, 'record changed');

        return reply.status(201).send(result);
      },
    );
  }
}
