import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, SimpleForm, testDataProvider, ResourceContextProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { LabelSplitInput } from './LabelSplitInput';

const WORK = '11111111-1111-4111-8111-111111111111';
const HOUSING = '22222222-2222-4222-8222-222222222222';
const OLD = '33333333-3333-4333-8333-333333333333';
const labels = [
  { id: WORK, name: { nl: 'Werk' }, parentId: null, color: null, definition: null, domainKey: null, archived: false },
  {
    id: HOUSING,
    name: { nl: 'Huisvesting' },
    parentId: null,
    color: null,
    definition: null,
    domainKey: null,
    archived: false,
  },
];

function renderForm(record: Record<string, unknown>, onSubmit: (values: Record<string, unknown>) => void) {
  const dataProvider = testDataProvider({ getList: async () => ({ data: labels, total: labels.length }) as never });
  return render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="contact-logs">
        <SimpleForm onSubmit={onSubmit} record={record}>
          <LabelSplitInput />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

describe('LabelSplitInput', () => {
  it('sends the edited split for exactly the current labels, without a removed label left over', async () => {
    const onSubmit = vi.fn();
    renderForm(
      { id: 'x', minutes: 60, labelIds: [WORK, HOUSING], labelMinutes: { [WORK]: 20, [HOUSING]: 20, [OLD]: 20 } },
      onSubmit,
    );
    const work = await screen.findByLabelText('Werk');
    await waitFor(() => expect(work).toHaveValue(20));
    fireEvent.change(work, { target: { value: '45' } });
    fireEvent.change(screen.getByLabelText('Huisvesting'), { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: /Opslaan/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0].labelMinutes).toEqual({ [WORK]: 45, [HOUSING]: 15 });
  });

  it('leaves the stored split untouched when not edited, and is hidden for one label', async () => {
    const onSubmit = vi.fn();
    const { unmount } = renderForm({ id: 'y', minutes: 60, labelIds: [WORK], labelMinutes: { [WORK]: 60 } }, onSubmit);
    await screen.findByRole('button', { name: /Opslaan/ });
    expect(screen.queryByTestId('label-split')).toBeNull();
    unmount();
  });
});
