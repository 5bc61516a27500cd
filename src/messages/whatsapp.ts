/** Words Patra puts into WhatsApp messages, Telugu and English side by side. */
export const WHATSAPP_TEXT = {
  newborn: { te: 'నవజాత శిశువు', en: 'newborn' },
  certificateCaption: { te: 'జనన ధ్రువీకరణ పత్రం', en: 'Birth certificate' },
} as const;

export type Language = 'te' | 'en';
