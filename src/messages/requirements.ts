import type { DelayRequirement } from '../registry/assess-delay.ts';

/** What a registrar is told is still missing before a delayed registration, both languages. */
export const REQUIREMENT_TEXT: Record<DelayRequirement, { te: string; en: string }> = {
  late_fee: {
    te: 'ఆలస్య రుసుము చెల్లింపు (మొత్తం, రసీదు సంఖ్య) నమోదు చేయాలి.',
    en: 'Record the late fee payment (amount and receipt number).',
  },
  permission: {
    te: 'జిల్లా రిజిస్ట్రార్ వ్రాతపూర్వక అనుమతి నమోదు కావాలి.',
    en: "The District Registrar's written permission must be recorded.",
  },
  affidavit: {
    te: 'నోటరీ లేదా అధీకృత అధికారి ముందు చేసిన అఫిడవిట్ నమోదు చేయాలి.',
    en: 'Record the affidavit sworn before a notary or an authorised officer.',
  },
  magistrate_order: {
    te: 'మేజిస్ట్రేట్ ఉత్తర్వు (జిల్లా / సబ్-డివిజనల్ / ఎగ్జిక్యూటివ్ మేజిస్ట్రేట్) నమోదు చేయాలి.',
    en: "Record the magistrate's order (District, Sub-Divisional or Executive Magistrate).",
  },
};
