/**
 * Cloud API error codes worth another try after a pause (whatsapp-cloud-api.md §2.4): server
 * trouble (1, 2, 131000) and throughput or rate limits (4, 80007, 130429, 131056).
 */
const RETRYABLE_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131056]);

/**
 * Codes that fail the same way however often they are sent: auth (0, 190), permissions (3, 10,
 * 200-299), bad parameters (100, 131008, 131009), policy blocks (368), an unreachable number
 * (131026), outside the 24-hour window (131047), unsupported types, and template mismatches.
 */
const PERMANENT_CODES = new Set([
  0, 3, 10, 100, 190, 368, 131008, 131009, 131026, 131047, 131051, 131053, 132000, 132001, 132005,
  132007, 132012, 132015, 132016, 132018, 133010,
]);

/** Whether a failed request may be retried, from its error code and HTTP status. */
export function isRetryable(code: number | undefined, httpStatus: number | undefined): boolean {
  if (code !== undefined && RETRYABLE_CODES.has(code)) return true;
  if (code !== undefined && (PERMANENT_CODES.has(code) || (code >= 200 && code <= 299))) return false;
  if (httpStatus === undefined) return true;

  return httpStatus >= 500 || httpStatus === 429;
}
