import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, ResourceContextProvider, SimpleForm, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { PersonInputs } from './PersonInputs';

function renderForm(onSubmit: (values: Record<string, unknown>) => void) {
  return render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="persons">
        <SimpleForm onSubmit={onSubmit} record={{ householdId: 'h1' }}>
          <PersonInputs showHousehold={false} />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

describe('PersonInputs', () => {
  it('refuses a birth year in the future', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await userEvent.type(await screen.findByLabelText(/Voornaam of pseudoniem/), 'Olena');
    await userEvent.type(screen.getByLabelText(/Geboortejaar/), String(new Date().getFullYear() + 2));
    await userEvent.click(screen.getByRole('button', { name: /Opslaan/ }));
    expect(await screen.findByText(/Mag niet in de toekomst liggen/)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits a member with a language level', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await userEvent.type(await screen.findByLabelText(/Voornaam of pseudoniem/), 'Ірина');
    await userEvent.type(screen.getByLabelText(/Geboortejaar/), '1985');
    await userEvent.click(screen.getByLabelText(/^Nederlands/));
    await userEvent.click(await screen.findByRole('option', { name: 'A2' }));
    await userEvent.click(screen.getByRole('button', { name: /Opslaan/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      householdId: 'h1',
      firstName: 'Ірина',
      birthYear: 1985,
      languageLevels: { nl: 'A2' },
    });
  });
});
