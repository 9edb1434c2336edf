import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, ResourceContextProvider, testDataProvider, type GetListParams } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { apiMethods } from '../providers/dataProvider';
import { HouseholdList } from './HouseholdList';

/** react-admin lists render slowly when the whole suite runs on two cores. */
const SLOW = { timeout: 8000 };

const household = (id: number, municipality: string, status = 'active') => ({
  id: `h${id}`,
  reference: `ZS-${id}`,
  municipality,
  track: 'helpdesk',
  shelterType: 'hotel',
  status,
  assigneeIds: [],
});

/** A fake API: getList filters the given rows like the server would (status, municipality). */
function renderList(rows: ReturnType<typeof household>[]) {
  const calls: GetListParams[] = [];
  const dataProvider = testDataProvider({
    ...apiMethods,
    getList: async (_resource: string, params: GetListParams) => {
      calls.push(params);
      const { status, municipality } = params.filter ?? {};
      const data = rows.filter(
        (r) =>
          (!status || r.status === status) &&
          (!municipality || r.municipality.toLowerCase() === String(municipality).toLowerCase()),
      );
      return { data, total: data.length } as never;
    },
    getMany: async () => ({ data: [] }),
  });
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="households">
        <HouseholdList />
      </ResourceContextProvider>
    </AdminContext>,
  );
  return calls;
}

describe('HouseholdList', () => {
  beforeEach(() => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () =>
        new Response(JSON.stringify(['Almere', 'Zaanstad']), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it('tells a new organisation what to do, although the list opens filtered on active households', async () => {
    renderList([]);
    expect(await screen.findByText('Nog geen huishoudens', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Maak het eerste huishouden aan/)).toBeInTheDocument();
  });

  it('says "no results" with a way out when only closed households exist', async () => {
    renderList([household(1, 'Zaanstad', 'closed')]);
    expect(await screen.findByRole('button', { name: /filters wissen|clear filters/i }, SLOW)).toBeInTheDocument();
    expect(screen.queryByText('Nog geen huishoudens')).not.toBeInTheDocument();
  });

  it("filters on one of the organisation's municipalities, picked from a list", async () => {
    const calls = renderList([household(1, 'Zaanstad'), household(2, 'Almere')]);
    expect(await screen.findByText('ZS-1', {}, SLOW)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /voeg filter toe/i }));
    await userEvent.click(await screen.findByRole('menuitemcheckbox', { name: /Gemeente/ }, SLOW));
    await userEvent.click(await screen.findByRole('combobox', { name: /Gemeente/ }, SLOW));
    const listbox = await screen.findByRole('listbox', {}, SLOW);
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Almere', 'Zaanstad']);
    await userEvent.click(within(listbox).getByRole('option', { name: 'Almere' }));
    await waitFor(() => expect(calls.at(-1)?.filter).toMatchObject({ municipality: 'Almere', status: 'active' }), SLOW);
    await waitFor(() => expect(screen.queryByText('ZS-1')).not.toBeInTheDocument(), SLOW);
    expect(screen.getByText('ZS-2')).toBeInTheDocument();
    expect(globalThis.fetch).toHaveBeenCalledWith('/api/households/municipalities', expect.anything());
  });
});
