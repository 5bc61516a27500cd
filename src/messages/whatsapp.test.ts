import { describe, expect, it } from 'vitest';
import { CONVERSATION_KEYWORDS, CONVERSATION_TEXT } from './whatsapp.ts';

/** Cloud API limits on interactive messages (whatsapp-cloud-api.md §1.2, §1.3). */
const ROW_TITLE_MAX = 24;
const ROW_DESCRIPTION_MAX = 72;
const BUTTON_MAX = 20;
const HEADER_FOOTER_MAX = 60;

describe('the chat catalogue', () => {
  it('keeps menu rows, buttons, header and footer within the Cloud API limits in both languages', () => {
    for (const language of ['te', 'en'] as const) {
      for (const row of Object.values(CONVERSATION_TEXT.menuRows))
        expect(row[language].length).toBeLessThanOrEqual(ROW_TITLE_MAX);
      for (const button of [
        CONVERSATION_TEXT.menuButton,
        CONVERSATION_TEXT.certificatesButton,
        CONVERSATION_TEXT.recordsButton,
        CONVERSATION_TEXT.doneButton,
        CONVERSATION_TEXT.languageButtons,
      ]) {
        expect(button[language].length).toBeLessThanOrEqual(BUTTON_MAX);
      }
      expect(CONVERSATION_TEXT.anotherRecord[language].length).toBeLessThanOrEqual(ROW_TITLE_MAX);
      expect(CONVERSATION_TEXT.anotherRecordDescription[language].length).toBeLessThanOrEqual(
        ROW_DESCRIPTION_MAX,
      );
      expect(CONVERSATION_TEXT.menuHeader[language].length).toBeLessThanOrEqual(HEADER_FOOTER_MAX);
      expect(CONVERSATION_TEXT.menuFooter[language].length).toBeLessThanOrEqual(HEADER_FOOTER_MAX);
    }
  });

  it('has every text in Telugu script and in English', () => {
    type Bilingual = { te: string; en: string };
    const entries: unknown[] = Object.values(CONVERSATION_TEXT);
    const isBilingual = (value: unknown): value is Bilingual =>
      typeof value === 'object' && value !== null && 'te' in value && 'en' in value;
    const texts = entries.flatMap((entry): Bilingual[] => {
      if (isBilingual(entry)) return [entry];

      return typeof entry === 'object' && entry !== null
        ? Object.values(entry).filter(isBilingual)
        : [];
    });

    for (const text of texts) {
      expect(text.te).toMatch(/[\u0C00-\u0C7F]/);
      expect(text.en).toMatch(/[A-Za-z]/);
    }
  });

  it('knows STOP and START in Telugu too, and no word means two things', () => {
    const words = Object.values(CONVERSATION_KEYWORDS).flat();

    expect(CONVERSATION_KEYWORDS.stop).toContain('ఆపు');
    expect(CONVERSATION_KEYWORDS.start).toContain('ప్రారంభించు');
    expect(new Set(words).size).toBe(words.length);
  });
});
