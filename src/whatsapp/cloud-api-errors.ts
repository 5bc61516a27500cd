/**
 * Cloud API error codes worth another try after a pause (whatsapp-cloud-api.md §2.4): server
 * trouble (1, 2, 131000), throughput or rate limits (4, 80007, 130429, 131056), the spam
 * rate limit (131048, after hours) and a paused template (132015: Meta lifts a quality pause
 * by itself, so sends wait for it instead of failing).
 */
const RETRYABLE_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131048, 131056, 132015]);

/**
 * Codes that fail the same way however often they are sent: auth (0, 190), permissions (3, 10,
 * 200-299), bad parameters (100, 131008, 131009), policy blocks (368), an unreachable number
 * (131026), outside the 24-hour window (131047), unsupported types, and template mismatches.
 */
const PERMANENT_CODES = new Set([
  0, 3, 10, 100, 190, 368, 131008, 131009, 131026, 131047, 131051, 131053, 132000, 132001, 132005,
  132007, 132012, 132016, 132018, 133010,
]);

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;

/**
 * The least pause before a retry, where the code asks for one: the throughput limit (130429)
 * frees within a second; the pair rate (131056) frees a slot for that recipient after about 6 s; app and account call limits (4, 80007) after
 * minutes; the spam limit (131048) and a paused template (132015) after much longer.
 */
const MINIMUM_DELAY_MS: Record<number, number> = {
  4: 5 * MINUTE_MS,
  80007: 5 * MINUTE_MS,
  130429: SECOND_MS,
  131048: 60 * MINUTE_MS,
  131056: 6 * SECOND_MS,
  132015: 30 * MINUTE_MS,
};

/** Whether a failed request may be retried, from its error code and HTTP status. */
export function isRetryable(code: number | undefined, httpStatus: number | undefined): boolean {
  if (code !== undefined && RETRYABLE_CODES.has(code)) return true;
  if (code !== undefined && (PERMANENT_CODES.has(code) || (code >= 200 && code <= 299))) return false;
  if (httpStatus === undefined) return true;

  return httpStatus >= 500 || httpStatus === 429;
}

/** The least wait before retrying after this code (see MINIMUM_DELAY_MS), or undefined. */
export function minimumRetryDelayMs(code: number | undefined): number | undefined {
  return code === undefined ? undefined : MINIMUM_DELAY_MS[code];
}

/** Whether the Cloud API refused the access token itself (190, or any HTTP 401). */
export function isTokenRefused(code: number | undefined, httpStatus: number | undefined): boolean {
  return code === 190 || httpStatus === 401;
}
