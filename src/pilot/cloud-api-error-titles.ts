/**
 * Titles of the Cloud API error codes a certificate send can end with, as Meta's error-code
 * table names them (whatsapp-cloud-api.md §2.4), so a failure reads as more than a number.
 */
const TITLES: Record<number, string> = {
  0: 'AuthException',
  2: 'Service temporarily unavailable',
  100: 'Invalid parameter',
  190: 'Access token has expired',
  368: 'Temporarily blocked for policies violations',
  130429: 'Rate limit hit',
  130472: "User's number is part of an experiment",
  131000: 'Something went wrong',
  131005: 'Access denied',
  131008: 'Required parameter is missing',
  131009: 'Parameter value is not valid',
  131021: 'Recipient cannot be sender',
  131026: 'Message undeliverable',
  131031: 'Account has been locked',
  131042: 'Business eligibility payment issue',
  131047: 'Re-engagement message',
  131049: 'Meta chose not to deliver',
  131050: 'User stopped marketing messages',
  131051: 'Unsupported message type',
  131052: 'Media download error',
  131053: 'Media upload error',
  131056: 'Pair rate limit hit',
  132000: 'Template parameter count mismatch',
  132001: 'Template does not exist',
  132005: 'Template hydrated text too long',
  132007: 'Template format character policy violated',
  132012: 'Template parameter format mismatch',
  132015: 'Template is paused',
  132016: 'Template is disabled',
  132018: 'Template parameter issue',
  133010: 'Phone number not registered',
};

/** The title of a Cloud API error code; Patra's own refusals (opt-out, no code) say so. */
export function cloudApiErrorTitle(code: number | null): string {
  if (code === null) return 'Not sent by Patra (opted out, or retries exhausted)';

  return TITLES[code] ?? 'Other Cloud API error';
}
