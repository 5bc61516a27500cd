import { describe, expect, it } from 'vitest';
import { icd10Chapter } from './icd10-chapter.ts';

describe('ICD-10 chapters of underlying causes', () => {
  it.each([
    ['A09', 'I'],
    ['B99', 'I'],
    ['C34.9', 'II'],
    ['D48.7', 'II'],
    ['D50.0', 'III'],
    ['H59', 'VII'],
    ['H60.1', 'VIII'],
    ['I21.9', 'IX'],
    ['O72', 'XV'],
    ['P07.3', 'XVI'],
    ['S06.9', 'XIX'],
    ['T71', 'XIX'],
    ['V89.2', 'XX'],
    ['Y34', 'XX'],
    ['Z99', 'XXI'],
    ['U07.1', 'XXII'],
  ])('%s is chapter %s', (code, chapter) => {
    expect(icd10Chapter(code)).toBe(chapter);
  });

  it('says unknown for no code, or one outside every chapter', () => {
    expect(icd10Chapter(null)).toBe('unknown');
    expect(icd10Chapter('D49')).toBe('unknown');
  });
});
