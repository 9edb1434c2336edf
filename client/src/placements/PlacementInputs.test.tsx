import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, ResourceContextProvider, SimpleForm, testDataProvider, type AuthProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { PlacementInputs } from './PlacementInputs';

const users = [
  { id: 'u-matcher', fullName: 'Mila Matcher', role: 'matcher', active: true },
  { id: 'u-coordinator', fullName: 'Cor Coördinator', role: 'coordinator', active: true },
];

function renderForm(role: string, onSubmit: (values: Record<string, unknown>) => void) {
  const me = users.find((u) => u.role === role)!;
  const authProvider: AuthProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => role,
    getIdentity: async () => ({ id: me.id, fullName: me.fullName, role }),
  };
  const dataProvider = testDataProvider({
    getList: (async () => ({ data: users, total: users.length })) as never,
    getMany: (async (_resource: string, { ids }: { ids: string[] }) => ({
      data: users.filter((u) => ids.includes(u.id)),
    })) as never,
  });
  return render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="placements">
        <SimpleForm onSubmit={onSubmit} record={{ personId: 'p1' }}>
          <PlacementInputs showPerson={false} />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

describe('PlacementInputs', () => {
  it('makes a matcher the matcher of a new placement, and sends a status date when given', async () => {
    const onSubmit = vi.fn();
    renderForm('matcher', onSubmit);
    await userEvent.type(await screen.findByLabelText(/Status gewijzigd op/), '2026-03-02');
    await userEvent.click(screen.getByLabelText(/^Soort/));
    await userEvent.click(await screen.findByRole('option', { name: 'Stage' }));
    await userEvent.click(screen.getByRole('button', { name: /Opslaan/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      personId: 'p1',
      type: 'internship',
      matcherId: 'u-matcher',
      statusChangedOn: '2026-03-02',
    });
  });

  it('leaves the matcher open for a coordinator', async () => {
    renderForm('coordinator', vi.fn());
    const matcher = await screen.findByLabelText(/^Matcher/);
    expect(matcher).toHaveValue('');
  });
});
