/**
 * Aadhaar numbers (RBD Act s.8 as amended in 2023: the Aadhaar of the parents and the
 * informant, where available): 12 digits, not starting with 0 or 1, the last a Verhoeff check
 * digit. Shown only masked; never logged.
 */

const MULTIPLY = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

const PERMUTE = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Spaces and hyphens as people write them ('2345 6789 0124') removed. */
export function normaliseAadhaar(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** Whether the digits pass the Verhoeff check (the last digit checks the others). */
export function hasValidVerhoeff(digits: string): boolean {
  let check = 0;
  [...digits].reverse().forEach((digit, index) => {
    check = MULTIPLY[check]?.[PERMUTE[index % 8]?.[Number(digit)] ?? 0] ?? 0;
  });

  return check === 0;
}

/** Whether a value is a well-formed Aadhaar number: 12 digits, first 2-9, Verhoeff valid. */
export function isValidAadhaar(value: string): boolean {
  const digits = normaliseAadhaar(value);

  return /^[2-9]\d{11}$/.test(digits) && hasValidVerhoeff(digits);
}

/** The only form in which an Aadhaar number is ever shown: 'XXXXXXXX1234'. */
export function maskAadhaar(lastFour: string): string {
  return `XXXXXXXX${lastFour}`;
}
