import { teluguToLatin } from './transliterate-name.ts';

const TELUGU_LETTER = /[\u0C00-\u0C7F]/;

/** Spelling variants of Andhra names folded to one form, applied in order. */
const FOLDS: [RegExp, string][] = [
  [/x/g, 'ks'],
  [/([bcdgjkpst])h/g, '$1'],
  [/w/g, 'v'],
  [/z/g, 'j'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/(ee|ii|ie|ea)/g, 'i'],
  [/(oo|uu|ou)/g, 'u'],
  [/aa/g, 'a'],
  [/([^aeiou])y$/g, '$1i'],
  [/(.)\1+/g, '$1'],
];

/**
 * The phonetic key of one word of a name, in either script: Telugu is transliterated first,
 * then the spellings that vary for the same name are folded together, so Srinivas, Sreenivas,
 * Shrinivas and శ్రీనివాస్ share 'srinivas'; Lakshmi and Laxmi share 'laksmi'; Venkata and
 * Venkat share 'venkat' (a final 'a' is dropped).
 */
export function phoneticKey(word: string): string {
  const latin = TELUGU_LETTER.test(word) ? teluguToLatin(word) : word;
  let key = latin.toLowerCase().replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);

  return key.length > 3 ? key.replace(/a$/, '') : key;
}

/** The keys of every word of a name, de-duplicated; words of one letter are skipped. */
export function nameKeys(name: string): string[] {
  const words = name.split(/[\s.,'()/-]+/).filter((word) => word.length > 1);

  return [...new Set(words.map(phoneticKey).filter((key) => key.length > 1))];
}

const NAMED_PEOPLE = ['child', 'deceased', 'mother', 'father', 'spouse'] as const;

/**
 * What fills `records.search_keys`: the phonetic keys of the names of the child (or the
 * deceased), mother, father and spouse, in both scripts, prefixed 'n:'. Searched through the
 * GIN index with `search_keys @> keys`.
 */
export function recordSearchKeys(declaration: Record<string, unknown>): string[] {
  const keys = new Set<string>();
  for (const person of NAMED_PEOPLE) {
    const name = (declaration[person] as { name?: { en?: unknown; te?: unknown } } | undefined)?.name;
    for (const text of [name?.en, name?.te]) {
      if (typeof text === 'string') for (const key of nameKeys(text)) keys.add(`n:${key}`);
    }
  }

  return [...keys].sort();
}
