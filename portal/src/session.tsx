import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, sessionToken, whenSignedOut } from './api.ts';

/** Who is signed in, as `GET /api/v1/sessions/current` answers. */
export interface SignedIn {
  username: string;
  displayName: string;
  role: 'registrar' | 'sub_registrar' | 'district_registrar' | 'chief_registrar' | 'state_operations';
  unitCode: string | null;
  districtEn: string | null;
  /** The unit's names, for a unit's staff; null above the units. */
  unitName?: { te: string; en: string } | null;
  /** The stand-in's phone simulator, when Patra talks to the stand-in instead of Meta. */
  phoneSimulatorUrl?: string;
}

interface SessionState {
  user: SignedIn | null;
  isLoading: boolean;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

/** Keeps the signed-in person for the whole portal; a 401 from any call signs out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SignedIn | null>(null);
  const [isLoading, setLoading] = useState(() => sessionToken.get() !== null);

  // The server ends the session too, so a copied token is useless after sign-out; the tab
  // forgets it at once, whether or not the server could be reached.
  const signOut = useCallback(() => {
    if (sessionToken.get()) void api('/api/v1/sessions/current', { method: 'DELETE' }).catch(() => undefined);
    sessionToken.clear();
    setUser(null);
  }, []);

  useEffect(() => {
    whenSignedOut(() => setUser(null));
    if (!sessionToken.get()) return;

    api<SignedIn>('/api/v1/sessions/current')
      .then(setUser)
      .catch(signOut)
      .finally(() => setLoading(false));
  }, [signOut]);

  const signIn = useCallback(async (username: string, password: string) => {
    const session = await api<{ token: string }>('/api/v1/sessions', { method: 'POST', body: { username, password } });
    sessionToken.set(session.token);
    setUser(await api<SignedIn>('/api/v1/sessions/current'));
  }, []);

  const value = useMemo(() => ({ user, isLoading, signIn, signOut }), [user, isLoading, signIn, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');

  return state;
}

/** Whether the role sees the district or state dashboard rather than a unit's work. */
export function isOverseer(user: SignedIn): boolean {
  return user.role === 'district_registrar' || user.role === 'chief_registrar' || user.role === 'state_operations';
}
