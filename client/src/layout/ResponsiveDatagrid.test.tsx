import { render, screen } from '@testing-library/react';
import {
  AdminContext,
  ListBase,
  ResourceContextProvider,
  TextField,
  memoryStore,
  testDataProvider,
  type Store,
} from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { CARDS_CLASS, ResponsiveDatagrid } from './ResponsiveDatagrid';

/** jsdom has no media queries: answer every `(max-width: …)` query as a screen of `width` px would. */
function screenWidth(width: number) {
  window.matchMedia = (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const matches = (!max || width <= Number(max[1])) && (!min || width >= Number(min[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    };
  };
}

function renderList({ configurable = false, store = memoryStore() }: { configurable?: boolean; store?: Store } = {}) {
  const dataProvider = testDataProvider({
    getList: async () =>
      ({ data: [{ id: 'h1', reference: 'ZS-1', municipality: 'Zaanstad', shelterEndDate: null }], total: 1 }) as never,
  });
  return render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={store}>
      <ResourceContextProvider value="households">
        <ListBase>
          <ResponsiveDatagrid
            rowClick="show"
            bulkActionButtons={false}
            configurable={configurable}
            omit={configurable ? ['shelterEndDate'] : undefined}
          >
            <TextField source="reference" />
            <TextField source="municipality" />
            <TextField source="shelterEndDate" />
          </ResponsiveDatagrid>
        </ListBase>
      </ResourceContextProvider>
    </AdminContext>,
  );
}

describe('a list on a phone and on a desk', () => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back after each test, never called
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('shows cards at 390 px: the first column as the title, the others as labelled lines', async () => {
    screenWidth(390);
    const { container } = renderList();
    expect(await screen.findByText('ZS-1')).toBeInTheDocument();
    expect(container.querySelector(`.${CARDS_CLASS}`)).not.toBeNull();
    expect(container.querySelector('table')).toBeNull();
    expect(screen.getByText('Zaanstad')).toBeInTheDocument();
    expect(screen.getByText(/Gemeente/)).toBeInTheDocument();
    // No title without a value: an empty shelter end date leaves its line out.
    expect(container.querySelector(`.${CARDS_CLASS}`)!.textContent).not.toMatch(/Opvang eindigt op/);
  });

  it('shows a table on a wide screen', async () => {
    screenWidth(1366);
    const { container } = renderList();
    expect(await screen.findByText('ZS-1')).toBeInTheDocument();
    expect(container.querySelector('table')).not.toBeNull();
    expect(container.querySelector(`.${CARDS_CLASS}`)).toBeNull();
  });

  const titles = (container: HTMLElement) =>
    [...container.querySelectorAll('thead th')].map((th) => th.textContent?.trim()).filter(Boolean);

  it("shows a list's own columns but those hidden until chosen, and tells the chooser every column", async () => {
    screenWidth(1366);
    const store = memoryStore();
    const { container } = renderList({ configurable: true, store });
    expect(await screen.findByText('ZS-1')).toBeInTheDocument();
    expect(titles(container)).toEqual(['Referentie', 'Gemeente']);
    expect(store.getItem('preferences.households.datagrid.availableColumns')).toEqual([
      { index: '0', source: 'reference' },
      { index: '1', source: 'municipality' },
      { index: '2', source: 'shelterEndDate' },
    ]);
    expect(store.getItem('preferences.households.datagrid.omit')).toEqual(['shelterEndDate']);
  });

  it('shows the chosen columns in their order', async () => {
    screenWidth(1366);
    const store = memoryStore({
      'preferences.households.datagrid.availableColumns': [
        { index: '2', source: 'shelterEndDate' },
        { index: '0', source: 'reference' },
        { index: '1', source: 'municipality' },
      ],
      'preferences.households.datagrid.columns': ['2', '0'],
    });
    const { container } = renderList({ configurable: true, store });
    expect(await screen.findByText('ZS-1')).toBeInTheDocument();
    expect(titles(container)).toEqual(['Opvang eindigt op', 'Referentie']);
  });
});
