/**
 * ICD-10 chapters (WHO ICD-10, 2019 edition) by the first three characters of a code: the
 * level at which causes of death may leave the restricted zone.
 */
const CHAPTERS: readonly (readonly [chapter: string, from: string, to: string])[] = [
  ['I', 'A00', 'B99'],
  ['II', 'C00', 'D48'],
  ['III', 'D50', 'D89'],
  ['IV', 'E00', 'E90'],
  ['V', 'F00', 'F99'],
  ['VI', 'G00', 'G99'],
  ['VII', 'H00', 'H59'],
  ['VIII', 'H60', 'H95'],
  ['IX', 'I00', 'I99'],
  ['X', 'J00', 'J99'],
  ['XI', 'K00', 'K93'],
  ['XII', 'L00', 'L99'],
  ['XIII', 'M00', 'M99'],
  ['XIV', 'N00', 'N99'],
  ['XV', 'O00', 'O99'],
  ['XVI', 'P00', 'P96'],
  ['XVII', 'Q00', 'Q99'],
  ['XVIII', 'R00', 'R99'],
  ['XIX', 'S00', 'T98'],
  ['XX', 'V01', 'Y98'],
  ['XXI', 'Z00', 'Z99'],
  ['XXII', 'U00', 'U99'],
];

/** The chapter numeral of an ICD-10 code ('I21.9' → 'IX'), or 'unknown' for none or no match. */
export function icd10Chapter(code: string | null | undefined): string {
  if (!code) return 'unknown';

  const category = code.slice(0, 3).toUpperCase();
  const found = CHAPTERS.find(([, from, to]) => category >= from && category <= to);

  return found?.[0] ?? 'unknown';
}
