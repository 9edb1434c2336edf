import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Locale } from '../providers/locale';
import { SignInCard } from './SignInCard';
import { SignInError } from './signIn';
import { ownTextTranslator } from './texts';

function renderCard(onSubmit: (c: { email: string; password: string; organizationId?: string }) => Promise<unknown>) {
  const Harness = () => {
    const [locale, setLocale] = useState<Locale>('nl');
    return (
      <SignInCard
        locale={locale}
        onLocaleChange={setLocale}
        onSubmit={onSubmit}
        translate={ownTextTranslator(locale)}
      />
    );
  };
  render(<Harness />);
}

describe('the sign-in card', () => {
  it('asks for an e-mail address, not a user name', () => {
    renderCard(async () => undefined);
    const email = screen.getByLabelText('E-mail');
    expect(email).toHaveAttribute('name', 'email');
    expect(email).toHaveAttribute('type', 'email');
    expect(screen.queryByLabelText(/gebruikersnaam/i)).toBeNull();
  });

  it('switches its labels to the chosen language', async () => {
    renderCard(async () => undefined);
    await userEvent.selectOptions(screen.getByLabelText('Taal'), 'uk');
    expect(screen.getByLabelText('Електронна пошта')).toBeInTheDocument();
    expect(screen.getByLabelText('Пароль')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Мова'), 'en');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('sends the trimmed e-mail and the password', async () => {
    const onSubmit = vi.fn(async () => undefined);
    renderCard(onSubmit);
    await userEvent.type(screen.getByLabelText('E-mail'), '  caseworker@example.org ');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'caseworker@example.org', password: 'secret' });
  });

  it('asks for empty fields without calling the server', async () => {
    const onSubmit = vi.fn(async () => undefined);
    renderCard(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(screen.getAllByText('Vul dit in')).toHaveLength(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('tells a wrong password, a field error and an unreachable server in the reader’s language', async () => {
    const failures: unknown[] = [
      new SignInError('Wrong email or password', 401, { code: 'wrong_login', message: 'Wrong email or password' }),
      new SignInError('Validation failed', 422, {
        code: 'validation_failed',
        errors: { email: 'must be an email address' },
        fieldCodes: { email: { code: 'invalid_email' } },
      }),
      new TypeError('Failed to fetch'),
    ];
    renderCard(async () => {
      throw failures.shift();
    });
    await userEvent.type(screen.getByLabelText('E-mail'), 'a@b.example');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'x');
    const submit = screen.getByRole('button', { name: 'Inloggen' });
    await userEvent.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent('Onjuist e-mailadres of wachtwoord');
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    expect(await screen.findByText('Moet een e-mailadres zijn')).toBeInTheDocument();
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent('Doorbraak is niet bereikbaar');
  });

  it('lets the person choose the organisation when one password opens accounts in several', async () => {
    const organizations = [
      { id: '00000000-0000-4000-8000-000000000001', name: 'Gemeente Zaanstad' },
      { id: '00000000-0000-4000-8000-000000000002', name: 'NewBees' },
    ];
    const onSubmit = vi.fn(async (c: { organizationId?: string }) => {
      if (!c.organizationId)
        throw new SignInError('This password opens accounts in several organisations', 409, { organizations });
    });
    renderCard(onSubmit);
    await userEvent.type(screen.getByLabelText('E-mail'), 'twee@example.org');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await userEvent.selectOptions(await screen.findByLabelText('Organisatie'), 'NewBees');
    expect(screen.getByRole('alert')).toHaveTextContent('meer dan één organisatie');
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenLastCalledWith({
        email: 'twee@example.org',
        password: 'secret',
        organizationId: organizations[1].id,
      }),
    );
  });
});
