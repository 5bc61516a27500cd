import { useEffect, useState } from 'react';

/**
 * The portal's address lives after the `#` (`#/records/<id>`), so Patra serves one page and
 * a reload or a shared link opens the same screen.
 */
export function useRoute(): string[] {
  const [hash, setHash] = useState(() => window.location.hash);

  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);

    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  return hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
}

/** Goes to a screen: `navigate('records', id)`. */
export function navigate(...parts: string[]): void {
  window.location.hash = `/${parts.map(encodeURIComponent).join('/')}`;
}

/** The href of a screen, for links. */
export function href(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}
