import { useEffect } from 'react';
import { useLocaleState, useLogin, useNavigate, useTranslate } from 'react-admin';
import { isLocale, type Locale } from '../providers/locale';
import { session } from '../providers/session';
import { SignInCard } from './SignInCard';

/**
 * The app's login route (after signing out, or when a session ends mid-work): the same card as the first
 * screen. react-admin's `useLogin` brings the person back to the page they were on.
 */
export const LoginPage = () => {
  const [locale, setLocale] = useLocaleState();
  const translate = useTranslate();
  const login = useLogin();
  const navigate = useNavigate();

  useEffect(() => {
    if (session.isSignedIn()) navigate('/');
  }, [navigate]);

  return (
    <SignInCard
      locale={isLocale(locale) ? locale : 'nl'}
      onLocaleChange={(next: Locale) => setLocale(next)}
      onSubmit={({ email, password, organizationId }) => login({ email, password, organizationId })}
      translate={translate}
    />
  );
};
