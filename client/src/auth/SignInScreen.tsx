import { useMemo, useState } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { rememberLocale, type Locale } from '../providers/locale';
import { session } from '../providers/session';
import { SignInCard } from './SignInCard';
import { requestSignIn } from './signIn';
import { loadOwnTexts, ownTextTranslator } from './texts';

const theme = createTheme();

/**
 * The first screen of a signed-out visit, shown before react-admin has loaded: the form is up as soon as
 * this small bundle and its language's texts (`loadOwnTexts`, before rendering) have run. `onSignedIn` then
 * loads the app.
 */
export const SignInScreen = ({
  onSignedIn,
  loadedLocale,
}: {
  onSignedIn: () => Promise<void> | void;
  /** The language whose texts were loaded before rendering (the stored choice may change meanwhile, in another tab). */
  loadedLocale: Locale;
}) => {
  const [locale, setLocale] = useState<Locale>(loadedLocale);
  const translate = useMemo(() => ownTextTranslator(locale), [locale]);

  const changeLocale = (next: Locale) => {
    rememberLocale(next);
    // Offline, the form keeps working; its labels then stay in the language shown.
    loadOwnTexts(next).then(
      () => setLocale(next),
      () => undefined,
    );
  };

  const signIn = async ({
    email,
    password,
    organizationId,
  }: {
    email: string;
    password: string;
    organizationId?: string;
  }) => {
    const { accessToken, user } = await requestSignIn(email, password, organizationId);
    session.save(accessToken, user);
    await onSignedIn();
  };

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <SignInCard locale={locale} onLocaleChange={changeLocale} onSubmit={signIn} translate={translate} />
    </ThemeProvider>
  );
};
