import { phoneticKey } from '../registry/name-search-keys.ts';

/** Words whose phonetic key is kept; a file names the same mothers and villages again and again. */
const MAX_WORDS = 200_000;

const keyByWord = new Map<string, string>();

/** The people whose names recordSearchKeys indexes, in both scripts. */
const NAMED_PEOPLE = ['child', 'deceased', 'mother', 'father', 'spouse'] as const;

/** How name-search-keys.ts nameKeys splits a name into words. */
const WORD_BREAK = /[\s.,'()/-]+/;

/**
 * `records.search_keys` of a declaration, exactly as recordSearchKeys gives them, with the
 * phonetic key of each word (a Telugu transliteration, then the folds) worked out once per
 * import process instead of once per row. No side effect but the bounded cache; the
 * equivalence with recordSearchKeys is checked by key-names-once.test.ts.
 */
export function keyNamesOnce(declaration: Record<string, unknown>): string[] {
  const keys = new Set<string>();
  for (const person of NAMED_PEOPLE) {
    const name = (declaration[person] as { name?: { en?: unknown; te?: unknown } } | undefined)
      ?.name;
    for (const text of [name?.en, name?.te]) {
      if (typeof text !== 'string') continue;

      for (const word of text.split(WORD_BREAK)) {
        const key = word.length > 1 ? wordKey(word) : '';
        if (key.length > 1) keys.add(`n:${key}`);
      }
    }
  }

  return [...keys].sort();
}

function wordKey(word: string): string {
  const known = keyByWord.get(word);
  if (known !== undefined) return known;

  if (keyByWord.size >= MAX_WORDS) keyByWord.clear();
  const key = phoneticKey(word);
  keyByWord.set(word, key);

  return key;
}
