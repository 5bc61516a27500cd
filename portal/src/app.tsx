import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Frame } from './frame.tsx';
import { useText } from './i18n.tsx';
import { FRAME_TEXT } from './messages.ts';
import { useRoute } from './router.tsx';
import { SignInScreen } from './screens/sign-in-screen.tsx';
import { isOverseer, useSession } from './session.tsx';

// Every screen but sign-in is its own chunk, fetched when first opened.
const WorkScreen = lazy(() => import('./screens/work-screen.tsx'));
const RegisterScreen = lazy(() => import('./screens/register-screen.tsx'));
const SearchScreen = lazy(() => import('./screens/search-screen.tsx'));
const RecordScreen = lazy(() => import('./screens/record-screen.tsx'));
const CorrectionScreen = lazy(() => import('./screens/correction-screen.tsx'));
const DuplicateScreen = lazy(() => import('./screens/duplicate-screen.tsx'));
const DashboardScreen = lazy(() => import('./dashboard/dashboard-screen.tsx'));

type Screen = LazyExoticComponent<ComponentType<{ params: string[] }>>;

/** Which screen an address opens, and the rest of the address as its parameters. */
function pickScreen(route: string[], isOverseerRole: boolean): { Screen: Screen; params: string[] } | null {
  const [first = '', ...rest] = route;
  switch (first) {
    case '':
      return { Screen: isOverseerRole ? DashboardScreen : WorkScreen, params: [] };
    case 'work':
      return { Screen: WorkScreen, params: rest };
    case 'register':
      return { Screen: RegisterScreen, params: rest };
    case 'search':
      return { Screen: SearchScreen, params: rest };
    case 'records':
      return { Screen: rest[1] === 'correct' ? CorrectionScreen : RecordScreen, params: rest };
    case 'duplicates':
      return { Screen: DuplicateScreen, params: rest };
    case 'dashboard':
      return { Screen: DashboardScreen, params: rest };
    default:
      return null;
  }
}

/** The portal: sign-in, then the screen the address names, inside the frame. */
export function App() {
  const { user, isLoading } = useSession();
  const route = useRoute();
  const t = useText(FRAME_TEXT);

  if (isLoading) return <p className="page-message">{t('loading')}</p>;
  if (!user) return <SignInScreen />;

  const picked = pickScreen(route, isOverseer(user));

  return (
    <Frame>
      <Suspense fallback={<p className="page-message">{t('loading')}</p>}>
        {picked ? <picked.Screen params={picked.params} /> : <p className="page-message">{t('notFound')}</p>}
      </Suspense>
    </Frame>
  );
}
