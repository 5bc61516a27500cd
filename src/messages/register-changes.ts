/** Remarks printed on a certificate reissued after a marginal entry, Telugu and English side by side. */
export const CHANGE_REMARKS = {
  name_added: {
    te: '{date}న పిల్లల పేరు నమోదు చేయబడింది (జనన మరణ నమోదు చట్టం సె.14).',
    en: "Child's name entered on {date} (RBD Act s.14).",
  },
  clerical: {
    te: '{date}న నమోదు సవరించబడింది (సె.15, లేఖన దోషం).',
    en: 'Entry corrected on {date} (s.15, clerical error).',
  },
  fact: {
    te: '{date}న నమోదు సవరించబడింది (సె.15, వాస్తవ దోషం, విచారణ తర్వాత).',
    en: 'Entry corrected on {date} (s.15, error of fact, after enquiry).',
  },
  cancellation: {
    te: '{date}న నమోదు రద్దు చేయబడింది (సె.15).',
    en: 'Entry cancelled on {date} (s.15).',
  },
} as const;
