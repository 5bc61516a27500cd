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
  '*.name',
  '*.aadhaar',
  '*.dateOfBirth',
  '*.password',
  '*.token',
];

/** Creates the process logger: structured JSON, personal data redacted by default. */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination);
}

export type Logger = pino.Logger;
