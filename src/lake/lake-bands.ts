/**
 * Bands that replace exact values in the de-identified zone. Ages at death follow the CRS
 * annual report's age groups (under 1 year, 1-4, 5-14, then ten-year groups, 70 and over);
 * mothers' ages the five-year groups of its births tables.
 */

const DEATH_AGE_BANDS: readonly (readonly [upToYears: number, band: string])[] = [
  [0, 'under_1'],
  [4, '1-4'],
  [14, '5-14'],
  [24, '15-24'],
  [34, '25-34'],
  [44, '35-44'],
  [54, '45-54'],
  [64, '55-64'],
  [69, '65-69'],
];

const MOTHER_AGE_BANDS: readonly (readonly [upToYears: number, band: string])[] = [
  [19, 'under_20'],
  [24, '20-24'],
  [29, '25-29'],
  [34, '30-34'],
  [39, '35-39'],
  [44, '40-44'],
];

const WEIGHT_BANDS: readonly (readonly [upToGrams: number, band: string])[] = [
  [1499, 'under_1500'],
  [2499, '1500-2499'],
  [3999, '2500-3999'],
];

/** The age group of the deceased (completed years), or null when the age is not known. */
export function deathAgeBand(years: number | undefined): string | null {
  if (years === undefined) return null;

  return DEATH_AGE_BANDS.find(([upTo]) => years <= upTo)?.[1] ?? '70_and_over';
}

/** The mother's age group at the birth, or null when not recorded. */
export function motherAgeBand(years: number | undefined): string | null {
  if (years === undefined) return null;

  return MOTHER_AGE_BANDS.find(([upTo]) => years <= upTo)?.[1] ?? '45_and_over';
}

/** Birth weight groups (low birth weight is under 2,500 g), or null when not recorded. */
export function birthWeightBand(grams: number | undefined): string | null {
  if (grams === undefined) return null;

  return WEIGHT_BANDS.find(([upTo]) => grams <= upTo)?.[1] ?? '4000_and_over';
}
