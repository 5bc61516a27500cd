import { describe, expect, it } from 'vitest';
import { nameKeys, phoneticKey, recordSearchKeys } from './name-search-keys.ts';
import { latinToTelugu, teluguToLatin } from './transliterate-name.ts';

describe('phoneticKey', () => {
  it.each([
    [['Srinivas', 'Sreenivas', 'Shrinivas', 'SRINIVAS', 'శ్రీనివాస్'], 'srinivas'],
    [['Lakshmi', 'Laxmi', 'Lakshmee', 'లక్ష్మి', 'లక్ష్మీ'], 'laksmi'],
    [['Venkata', 'Venkat', 'వెంకట', 'వెంకట్'], 'venkat'],
    [['Kondaveeti', 'Kondaviti', 'కొండవీటి'], 'kondaviti'],
    [['Reddy', 'Reddi', 'రెడ్డి'], 'redi'],
  ])('folds the spellings of one name together: %j', (spellings, key) => {
    expect(spellings.map(phoneticKey)).toEqual(spellings.map(() => key));
  });

  it('keeps different names apart', () => {
    expect(new Set(['Lakshmi', 'Latha', 'Lalitha', 'Durga', 'Devi'].map(phoneticKey)).size).toBe(5);
  });

  it('keys every word of a name once', () => {
    expect(nameKeys('Sri Lakshmi Kondaveeti')).toEqual(['sri', 'laksmi', 'kondaviti']);
  });
});

describe('transliteration proposals', () => {
  it.each([
    ['Venkata Srinivas', 'వెంకట శ్రీనివాస్'],
    ['Durga Bhavani', 'దుర్గ భవాని'],
    ['Naga Satya', 'నాగ సత్య'],
    ['Anjali', 'అంజలి'],
    ['Padma', 'పద్మ'],
  ])('proposes Telugu for %s', (latin, telugu) => {
    expect(latinToTelugu(latin)).toBe(telugu);
  });

  it.each([
    ['కొండవీటి శ్రీ లక్ష్మీ', 'Kondaviti Sri Lakshmi'],
    ['దుర్గా భవాని', 'Durga Bhavani'],
    ['వెంకట శ్రీనివాస్', 'Venkata Srinivas'],
    ['శంకర్', 'Shankar'],
    ['సంపత్', 'Sampat'],
  ])('proposes Latin for %s', (telugu, latin) => {
    expect(teluguToLatin(telugu)).toBe(latin);
  });
});

describe('recordSearchKeys', () => {
  it('keys the names of the child and the parents in both scripts, never the address', () => {
    const keys = recordSearchKeys({
      child: { name: { en: 'Sri Lakshmi', te: 'శ్రీ లక్ష్మీ' } },
      mother: { name: { en: 'Durga Bhavani' } },
      father: { name: { en: 'Venkata Srinivas' } },
      addressAtBirth: { en: 'Bose Road, Tenali' },
    });

    expect(keys).toEqual(['n:bavani', 'n:durg', 'n:laksmi', 'n:sri', 'n:srinivas', 'n:venkat']);
  });
});
