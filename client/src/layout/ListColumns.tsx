import { useEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import {
  CreateButton,
  ExportButton,
  FilterButton,
  SelectColumnsButton,
  TopToolbar,
  useFilterContext,
  useListContext,
  useResourceContext,
  useResourceDefinition,
  useSavedQueries,
  useStoreContext,
} from 'react-admin';
import { useIsSmall } from './ResponsiveDatagrid';
import { columnKeys, columnsShowing, ownOrder, sameQuery, type AvailableColumn } from './listColumns';

/**
 * The column chooser of a list (react-admin's SelectColumnsButton). Not on a phone: the list shows cards there,
 * each with the list's own first columns.
 */
export const ListColumnsButton = () => (useIsSmall() ? null : <SelectColumnsButton />);

/**
 * A list's toolbar as react-admin draws it by default (filters, create, export), with the column chooser first.
 * Every list page that has no toolbar of its own uses it.
 */
export const ListActions = () => {
  const { exporter, total } = useListContext();
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      <ListColumnsButton />
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      {exporter !== false && <ExportButton disabled={total === 0} />}
    </TopToolbar>
  );
};

/** A saved query as the saved-views store gives it: react-admin's, with the view's columns beside it. */
interface SavedQueryWithColumns {
  label: string;
  value: unknown;
  columns?: string[] | null;
}

/**
 * Shows a saved view's columns when it is picked. react-admin's filter button picks a view by moving to its
 * query (filter, sort, rows per page); it knows nothing of columns. So when the list's query changes to one
 * that is exactly a saved view's (as react-admin itself tells which view is the current one), that view's
 * columns are shown; a view without chosen columns brings back the list's own. Choosing columns after that
 * keeps them: only a new step to a view's query applies it again.
 */
export const SavedViewColumns = () => {
  const resource = useResourceContext() ?? '';
  const list = useListContext();
  const [savedQueries] = useSavedQueries(resource);
  const store = useStoreContext();
  const { search } = useLocation();
  const navigation = useNavigationType();
  const seen = useRef(search);

  useEffect(() => {
    if (seen.current === search) return;
    seen.current = search;
    // A pick is a step forward; the list putting its remembered query back into the URL when it opens is a
    // replacement, and Back is a pop: neither is a pick.
    if (navigation !== NavigationType.Push) return;
    const current: unknown = {
      filter: list.filterValues as unknown,
      sort: list.sort,
      perPage: list.perPage,
      displayedFilters: list.displayedFilters as unknown,
    };
    const picked = (savedQueries as SavedQueryWithColumns[]).find((query) => sameQuery(query.value, current));
    if (!picked || picked.columns === undefined) return;
    const keys = columnKeys(resource);
    const available = store.getItem<AvailableColumn[]>(keys.available, []) ?? [];
    if (available.length === 0) return;
    if (picked.columns === null) {
      store.setItem(keys.available, ownOrder(available));
      store.removeItem(keys.columns);
      return;
    }
    const showing = columnsShowing(available, picked.columns);
    if (!showing) return;
    store.setItem(keys.available, showing.available);
    store.setItem(keys.columns, showing.columns);
    // Only a change of the list's query (its URL) applies a view; the rest is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);
  return null;
};
