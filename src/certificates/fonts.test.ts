import { describe, expect, it } from 'vitest';
import { fontName, loadCertificateFonts, splitScriptRuns } from './fonts.ts';

describe('splitScriptRuns', () => {
  it('gives digits and punctuation to Latin and keeps Telugu words with their spaces', () => {
    expect(splitScriptRuns('ఇం.నం. 4-12, చిత్రం వీధి')).toEqual([
      { script: 'telugu', text: 'ఇం' },
      { script: 'latin', text: '.' },
      { script: 'telugu', text: 'నం' },
      { script: 'latin', text: '. 4-12, ' },
      { script: 'telugu', text: 'చిత్రం వీధి' },
    ]);
  });

  it('joins ZWNJ and ZWJ to the Telugu beside them, and only there', () => {
    expect(splitScriptRuns('ట్రాన్స్\u200cజెండర్')).toEqual([
      { script: 'telugu', text: 'ట్రాన్స్\u200cజెండర్' },
    ]);
    expect(splitScriptRuns('క్\u200d (a\u200cb)')).toEqual([
      { script: 'telugu', text: 'క్\u200d' },
      { script: 'latin', text: ' (a\u200cb)' },
    ]);
  });

  it('returns nothing for an empty string', () => {
    expect(splitScriptRuns('')).toEqual([]);
  });
});

describe('loadCertificateFonts', () => {
  it('shapes Telugu with OpenType: conjuncts and vowel signs become ligature glyphs', () => {
    const telugu = loadCertificateFonts().get(fontName('telugu', 400));

    // క + ్ + ష is one conjunct glyph; శ్రీ is a శీ ligature plus a subscript ra.
    expect(telugu?.layout('క్ష').glyphs).toHaveLength(1);
    expect(telugu?.layout('శ్రీ').glyphs).toHaveLength(2);
  });

  it('parses each font once and reuses it', () => {
    expect(loadCertificateFonts()).toBe(loadCertificateFonts());
    expect([...loadCertificateFonts().keys()].sort()).toEqual([
      'patra-latin-400',
      'patra-latin-700',
      'patra-telugu-400',
      'patra-telugu-700',
    ]);
  });
});
