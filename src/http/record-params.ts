/** The path parameter of every route under /api/v1/records/:recordId, for OpenAPI. */
export const RECORD_PARAMS = {
  type: 'object',
  properties: { recordId: { type: 'string', format: 'uuid' } },
  required: ['recordId'],
} as const;
