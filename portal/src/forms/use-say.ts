import { useLanguage, type Catalogue } from '../i18n.tsx';

/**
 * Words from a catalogue by a key built at run time (a field's label, `option.<value>`), in
 * the chosen language, with `{name}` filled from `params`. A key the catalogue lacks is shown
 * as itself, so a missing word is seen in review rather than hidden.
 */
export function useSay(
  catalogue: Catalogue<string>,
): (key: string, params?: Record<string, string | number>) => string {
  const { language } = useLanguage();

  return (key, params) => {
    const text = catalogue[key]?.[language] ?? key;

    return params
      ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
      : text;
  };
}
