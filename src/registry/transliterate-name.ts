/**
 * Rule-based transliteration between Telugu script and Latin letters, tuned for Andhra names
 * (Srinivas, Lakshmi, Venkata, Durga, Bhavani, Naga, Satya...). Its output is a proposal that
 * the registrar confirms or corrects: a certificate never prints it unconfirmed.
 */

const TELUGU_VOWELS: Record<string, string> = {
  'అ': 'a', 'ఆ': 'a', 'ఇ': 'i', 'ఈ': 'i', 'ఉ': 'u', 'ఊ': 'u', 'ఋ': 'ru',
  'ఎ': 'e', 'ఏ': 'e', 'ఐ': 'ai', 'ఒ': 'o', 'ఓ': 'o', 'ఔ': 'au',
};

const TELUGU_SIGNS: Record<string, string> = {
  'ా': 'a', 'ి': 'i', 'ీ': 'i', 'ు': 'u', 'ూ': 'u', 'ృ': 'ru',
  'ె': 'e', 'ే': 'e', 'ై': 'ai', 'ొ': 'o', 'ో': 'o', 'ౌ': 'au',
};

const TELUGU_CONSONANTS: Record<string, string> = {
  'క': 'k', 'ఖ': 'kh', 'గ': 'g', 'ఘ': 'gh', 'ఙ': 'n', 'చ': 'ch', 'ఛ': 'chh', 'జ': 'j', 'ఝ': 'jh',
  'ఞ': 'n', 'ట': 't', 'ఠ': 'th', 'డ': 'd', 'ఢ': 'dh', 'ణ': 'n', 'త': 't', 'థ': 'th', 'ద': 'd',
  'ధ': 'dh', 'న': 'n', 'ప': 'p', 'ఫ': 'ph', 'బ': 'b', 'భ': 'bh', 'మ': 'm', 'య': 'y', 'ర': 'r',
  'ల': 'l', 'వ': 'v', 'శ': 'sh', 'ష': 'sh', 'స': 's', 'హ': 'h', 'ళ': 'l', 'ఱ': 'r',
};

const VIRAMA = '్';
const ANUSVARA = 'ం';
const VISARGA = 'ః';
const LABIALS = new Set(['ప', 'ఫ', 'బ', 'భ', 'మ']);

/** Whole name parts whose usual spelling the letter rules would miss. */
const LATIN_LEXICON: Record<string, string> = {
  sri: 'శ్రీ', shri: 'శ్రీ', srinivas: 'శ్రీనివాస్', srinivasa: 'శ్రీనివాస', sreenivas: 'శ్రీనివాస్',
  lakshmi: 'లక్ష్మి', laxmi: 'లక్ష్మి', venkata: 'వెంకట', venkat: 'వెంకట్', durga: 'దుర్గ',
  bhavani: 'భవాని', naga: 'నాగ', satya: 'సత్య', sathya: 'సత్య', narayana: 'నారాయణ', rao: 'రావు',
  reddy: 'రెడ్డి', krishna: 'కృష్ణ', sai: 'సాయి', devi: 'దేవి', kumar: 'కుమార్', kumari: 'కుమారి',
  tenali: 'తెనాలి', prasad: 'ప్రసాద్', ramana: 'రమణ', kondaveeti: 'కొండవీటి', guntur: 'గుంటూరు',
};

const LATIN_CONSONANTS: [string, string][] = [
  ['ksh', 'క్ష'], ['chh', 'ఛ'], ['kh', 'ఖ'], ['gh', 'ఘ'], ['ch', 'చ'], ['jh', 'ఝ'], ['th', 'త'],
  ['dh', 'ధ'], ['ph', 'ఫ'], ['bh', 'భ'], ['sh', 'శ'], ['x', 'క్స'], ['k', 'క'], ['g', 'గ'],
  ['c', 'క'], ['q', 'క'], ['j', 'జ'], ['z', 'జ'], ['t', 'ట'], ['d', 'ద'], ['n', 'న'], ['p', 'ప'],
  ['f', 'ఫ'], ['b', 'బ'], ['m', 'మ'], ['y', 'య'], ['r', 'ర'], ['l', 'ల'], ['v', 'వ'], ['w', 'వ'],
  ['s', 'స'], ['h', 'హ'],
];

/** Latin vowel spellings, longest first: [letters, independent vowel, vowel sign]. */
const LATIN_VOWELS: [string, string, string][] = [
  ['aa', 'ఆ', 'ా'], ['ai', 'ఐ', 'ై'], ['au', 'ఔ', 'ౌ'], ['ee', 'ఈ', 'ీ'], ['ii', 'ఈ', 'ీ'],
  ['oo', 'ఊ', 'ూ'], ['uu', 'ఊ', 'ూ'], ['a', 'అ', ''], ['i', 'ఇ', 'ి'], ['u', 'ఉ', 'ు'],
  ['e', 'ఎ', 'ె'], ['o', 'ఒ', 'ొ'],
];

/** Proposes the Latin spelling of a Telugu name, each word capitalised: 'శ్రీనివాస్' → 'Srinivas'. */
export function teluguToLatin(text: string): string {
  return text.trim().split(/\s+/).map(teluguWordToLatin).filter(Boolean).join(' ');
}

function teluguWordToLatin(word: string): string {
  const letters = [...word];
  let out = '';
  letters.forEach((letter, index) => {
    const next = letters[index + 1];
    const consonant = TELUGU_CONSONANTS[letter];
    if (consonant !== undefined) {
      const isClusterWithR = letter === 'శ' && next === VIRAMA && letters[index + 2] === 'ర';
      const hasVowel = next === undefined || !(next === VIRAMA || next in TELUGU_SIGNS);
      out += (isClusterWithR ? 's' : consonant) + (hasVowel ? 'a' : '');
    } else if (letter === ANUSVARA) {
      out += next === undefined || LABIALS.has(next) ? 'm' : 'n';
    } else {
      out += TELUGU_SIGNS[letter] ?? TELUGU_VOWELS[letter] ?? (letter === VISARGA ? 'h' : '');
    }
  });

  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Proposes the Telugu spelling of a Latin name: 'Venkata Srinivas' → 'వెంకట శ్రీనివాస్'. */
export function latinToTelugu(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .split(/[\s.]+/)
    .map((word) => LATIN_LEXICON[word] ?? latinWordToTelugu(word.replace(/[^a-z]/g, '')))
    .filter(Boolean)
    .join(' ');
}

function latinWordToTelugu(word: string): string {
  const spelled = word.replace(/([^aeiou])y$/, '$1i');
  let out = '';
  let index = 0;
  let afterConsonant = false;
  while (index < spelled.length) {
    const vowel = LATIN_VOWELS.find(([letters]) => spelled.startsWith(letters, index));
    if (vowel) {
      out += afterConsonant ? vowel[2] : vowel[1];
      index += vowel[0].length;
      afterConsonant = false;
      continue;
    }

    const [letters, telugu] = LATIN_CONSONANTS.find(([latin]) => spelled.startsWith(latin, index)) ?? ['', ''];
    if (!letters) {
      index += 1;
      continue;
    }

    const isNasalBeforeConsonant: boolean = (letters === 'n' || letters === 'm') && !afterConsonant && isConsonantAt(spelled, index + 1);
    out += (afterConsonant ? VIRAMA : '') + (isNasalBeforeConsonant ? ANUSVARA : telugu);
    afterConsonant = !isNasalBeforeConsonant;
    index += letters.length;
  }

  return afterConsonant ? out + VIRAMA : out;
}

function isConsonantAt(word: string, index: number): boolean {
  const letter = word[index];

  return letter !== undefined && !'aeiou'.includes(letter) && letter !== word[index - 1];
}
