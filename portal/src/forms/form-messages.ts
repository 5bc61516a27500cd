import type { Catalogue } from '../i18n.tsx';

/** What every data-entry form says about itself, whichever screen it is on. */
export const FORM_TEXT = {
  fixFields: {
    te: 'కొన్ని వివరాలు సరిగా లేవు. ఎరుపు రంగులో చూపినవి సరిచేయండి.',
    en: 'Some details are not right. Correct the ones shown in red.',
  },
  networkKept: {
    te: 'సర్వర్‌కు చేరలేదు. మీరు టైప్ చేసింది భద్రంగా ఉంది; మళ్ళీ ప్రయత్నించండి.',
    en: 'The server was not reached. What you typed is kept; try again.',
  },
} satisfies Catalogue<string>;
