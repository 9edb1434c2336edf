import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, SimpleForm, testDataProvider, ResourceContextProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { HouseholdInputs } from './HouseholdInputs';

function renderForm(onSubmit: (values: Record<string, unknown>) => void) {
  const dataProvider = testDataProvider({
    getList: async () => ({ data: [], total: 0 }),
    getMany: async () => ({ data: [] }),
  });
  return render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="households">
        <SimpleForm onSubmit={onSubmit} record={{}}>
          <HouseholdInputs />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

async function choose(label: RegExp, option: RegExp) {
  await userEvent.click(screen.getByLabelText(label));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('HouseholdInputs', () => {
  it('shows the inputs with Dutch labels by default', async () => {
    renderForm(() => undefined);
    expect(await screen.findByLabelText(/Referentie/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Gemeente/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Opvang eindigt op/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Verblijfsgrond/)).toBeInTheDocument();
  });

  it('refuses to submit without the required fields and says which', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await userEvent.type(await screen.findByLabelText(/Gemeente/), 'Nijmegen');
    await userEvent.click(screen.getByRole('button', { name: /Opslaan/ }));
    // reference, track, shelter and protection basis are still missing
    await waitFor(() => expect(screen.getAllByText(/Verplicht/)).toHaveLength(4));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits what the caseworker entered', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    await userEvent.type(await screen.findByLabelText(/Referentie/), 'ZS-101');
    await userEvent.type(screen.getByLabelText(/Gemeente/), 'Zaanstad');
    await choose(/^Traject/, /Individuele ondersteuning/);
    await choose(/^Opvang \*/, /Gastgezin/);
    await choose(/Verblijfsgrond/, /Tijdelijke bescherming/);
    await userEvent.click(screen.getByRole('button', { name: /Opslaan/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      reference: 'ZS-101',
      municipality: 'Zaanstad',
      track: 'individual_support',
      shelterType: 'host_family',
      protectionBasis: 'temporary_protection',
      status: 'active',
    });
  });
});
