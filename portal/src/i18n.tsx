import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Language = 'te' | 'en';

/** Words shown to people: every key in Telugu and English side by side. */
export type Catalogue<Key extends string> = Record<Key, { te: string; en: string }>;

export type Translate<Key extends string> = (key: Key, params?: Record<string, string | number>) => string;

const STORAGE_KEY = 'patra.language';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: 'te', setLanguage: () => {} });

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'te' || saved === 'en') return saved;

  return navigator.language.startsWith('en') ? 'en' : 'te';
}

/** Holds the chosen language for the whole portal and remembers it on this device. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  const value = useMemo<LanguageState>(
    () => ({
      language,
      setLanguage: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setState(next);
      },
    }),
    [language],
  );

  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/**
 * The translate function for one screen's catalogue, in the chosen language. `{name}` in a
 * text is replaced by `params.name`.
 */
export function useText<Key extends string>(catalogue: Catalogue<Key>): Translate<Key> {
  const { language } = useLanguage();

  return (key, params) => fill(catalogue[key][language], params);
}

/** Picks one language of a bilingual pair the server sent (an error message, a label). */
export function useBilingual(): (pair: { te?: string; en: string } | undefined) => string {
  const { language } = useLanguage();

  return (pair) => (pair ? (language === 'te' ? (pair.te ?? pair.en) : pair.en) : '');
}

function fill(text: string, params: Record<string, string | number> | undefined): string {
  if (!params) return text;

  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
