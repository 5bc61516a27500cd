import pino from 'pino';

/** Paths never written to logs: phone numbers, names, Aadhaar, dates of birth, tokens. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-hub-signature-256"]',
  '*.phone',
  '*.mobile',
  '*.waId',
  '*.wa_id',
  '*.to',
  '*.aadhaar',
  '*.dateOfBirth',
  '*.password',
  '*.token',
];

/** Creates the process logger: structured JSON, personal data redacted by default. */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, serializers: { err: serializeError } },
    destination,
  );
}

/**
 * Errors without the SQL and its parameters that database drivers attach to them: those
 * parameters are names, numbers and addresses.
 */
function serializeError(error: Error): Record<string, unknown> {
  const serialized: Record<string, unknown> = { ...pino.stdSerializers.err(error) };
  for (const key of ['params', 'parameters', 'query', 'where', 'detail']) delete serialized[key];

  return serialized;
}

export type Logger = pino.Logger;
