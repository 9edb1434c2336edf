import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialLocale } from './providers/locale';
import { session } from './providers/session';
import { SignInScreen } from './auth/SignInScreen';
import { loadOwnTexts } from './auth/texts';
import { afterSignInRoute, isLoginRoute, LOGIN_ROUTE, routeOfHash } from './auth/signIn';

// The first screen is decided here, synchronously, from the stored session: signed out, the small
// sign-in screen shows at once and react-admin (most of the code) loads only after signing in.
const root = createRoot(document.getElementById('root')!);
document.documentElement.lang = initialLocale();

const loadApp = () => import('./App');

async function showApp() {
  const { App, prepareApp } = await loadApp();
  await prepareApp();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** The deep link a signed-out visit asked for, kept in the login page's history entry (so a reload keeps it). */
type SignInState = { doorbraakAfterSignIn?: string; usr?: { nextPathname?: string; nextSearch?: string } } | null;

function askedRoute(): string {
  const state = history.state as SignInState;
  if (state?.doorbraakAfterSignIn) return afterSignInRoute(state.doorbraakAfterSignIn);
  // The app's own logout leaves react-router's "come back here" state on the login entry.
  if (state?.usr?.nextPathname) return afterSignInRoute(`${state.usr.nextPathname}${state.usr.nextSearch ?? ''}`);
  return '/';
}

/** One navigation to the login route, remembering the page asked for. */
function goToLoginRoute() {
  const asked = routeOfHash(location.hash);
  if (!isLoginRoute(asked))
    history.replaceState({ doorbraakAfterSignIn: afterSignInRoute(asked) }, '', `#${LOGIN_ROUTE}`);
}

async function showSignIn() {
  if (session.token()) session.clear(); // an expired session
  goToLoginRoute();
  const keepOnLoginRoute = () => {
    // Someone typing another address while signed out: remember it, stay on the form.
    if (!isLoginRoute(routeOfHash(location.hash))) goToLoginRoute();
  };
  window.addEventListener('hashchange', keepOnLoginRoute);
  const onSignedIn = async () => {
    window.removeEventListener('hashchange', keepOnLoginRoute);
    history.replaceState(null, '', `#${askedRoute()}`);
    await showApp();
  };
  const locale = initialLocale();
  await loadOwnTexts(locale);
  root.render(
    <StrictMode>
      <SignInScreen onSignedIn={onSignedIn} loadedLocale={locale} />
    </StrictMode>,
  );
  // Fetch the app while the person types, so signing in does not wait for it.
  const prefetch = () =>
    void loadApp().then(
      ({ preloadApp }) => preloadApp(),
      () => undefined,
    );
  if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch, { timeout: 3000 });
  else setTimeout(prefetch, 1000);
}

if (session.isSignedIn()) void showApp();
else void showSignIn();
