import type { Store } from 'react-admin';
import { API_URL, httpClient } from '../providers/dataProvider';
import { session } from '../providers/session';
import { columnKeys, shownSources, type AvailableColumn } from '../layout/listColumns';

/** A saved view as the server keeps it (`/api/saved-views`). */
export interface SavedView {
  id: string;
  resource: string;
  name: string;
  shared: boolean;
  ownerId: string;
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' } | null;
  columns: string[] | null;
  perPage: number | null;
}

/**
 * react-admin's saved query (`useSavedQueries`), as its filter button reads and writes them, with the view's
 * columns beside its `value` (react-admin compares only the value; SavedViewColumns shows the columns).
 */
interface SavedQuery {
  label: string;
  columns?: string[] | null;
  value: {
    filter: Record<string, unknown>;
    displayedFilters: Record<string, boolean>;
    sort: { field: string; order: string };
    perPage: number;
  };
}

const SUFFIX = '.savedQueries';
/** How old the loaded views may be when a list opens before they are asked for again. */
const RELOAD_AFTER_MS = 60_000;
/** react-admin's own default page size, for a view saved without one. */
const DEFAULT_PER_PAGE = 10;

export const toSavedQuery = (view: SavedView): SavedQuery => ({
  label: view.name,
  columns: view.columns,
  value: {
    filter: view.filter,
    // The filters shown are those the view sets: react-admin shows an input per displayed filter.
    displayedFilters: Object.fromEntries(Object.keys(view.filter).map((key) => [key, true])),
    sort: view.sort ?? { field: 'id', order: 'ASC' },
    perPage: view.perPage ?? DEFAULT_PER_PAGE,
  },
});

/**
 * react-admin keeps a list's saved queries in its store under
 * `<resource>.savedQueries`; this store keeps those keys on the server
 * (`saved-views`), so they follow the user between browsers, and every other
 * key in `inner` (the browser's local storage). The filter button's "save
 * current query" and "remove" become a POST and a DELETE; the lists read what
 * the server answered at sign-in, the user's own views and the organisation's
 * shared ones.
 */
export function withServerSavedQueries(inner: Store): Store {
  let views: SavedView[] | null = null;
  let loading: Promise<void> | null = null;
  let loadedAt = 0;
  const listeners = new Map<string, Set<(value: unknown) => void>>();

  const resourceOf = (key: string) => (key.endsWith(SUFFIX) ? key.slice(0, -SUFFIX.length) : null);
  const queriesOf = (resource: string) => (views ?? []).filter((v) => v.resource === resource).map(toSavedQuery);
  const notifyAll = () => {
    for (const [key, set] of listeners) {
      const resource = resourceOf(key);
      if (resource) for (const listener of set) listener(queriesOf(resource));
    }
  };
  /** Asks the server when nothing is loaded yet, or (`stale`) when what was loaded is older than a minute. */
  const load = (stale = false) => {
    if (loading || !session.isSignedIn()) return;
    if (views && !(stale && Date.now() - loadedAt > RELOAD_AFTER_MS)) return;
    loading = httpClient(`${API_URL}/saved-views?range=${encodeURIComponent('[0,999]')}`)
      .then(({ json }) => {
        const changed = JSON.stringify(json) !== JSON.stringify(views);
        views = json as SavedView[];
        loadedAt = Date.now();
        if (changed) notifyAll();
      })
      .catch(() => undefined)
      .finally(() => {
        loading = null;
      });
  };
  const shownColumns = (resource: string) => {
    const keys = columnKeys(resource);
    return shownSources(inner.getItem<AvailableColumn[]>(keys.available), inner.getItem<string[]>(keys.columns));
  };
  const save = async (resource: string, next: SavedQuery[]) => {
    const before = views ?? [];
    const mine = session.user()?.id;
    const labels = new Set(next.map((q) => q.label));
    const kept = before.filter((v) => v.resource !== resource || labels.has(v.name));
    for (const removed of before.filter((v) => v.resource === resource && !labels.has(v.name))) {
      if (removed.ownerId === mine)
        await httpClient(`${API_URL}/saved-views/${encodeURIComponent(removed.id)}`, { method: 'DELETE' });
    }
    const known = new Set(kept.filter((v) => v.resource === resource).map((v) => v.name));
    for (const query of next.filter((q) => !known.has(q.label))) {
      const answer: { json: unknown } = await httpClient(`${API_URL}/saved-views`, {
        method: 'POST',
        body: JSON.stringify({
          resource,
          name: query.label,
          filter: query.value.filter ?? {},
          sort: query.value.sort?.field ? query.value.sort : null,
          perPage: query.value.perPage ?? null,
          // The columns shown now (chosen with the list's column chooser), or none: the list's own.
          columns: shownColumns(resource),
        }),
      });
      kept.push(answer.json as SavedView);
    }
    views = kept;
    notifyAll();
  };

  return {
    setup: () => inner.setup(),
    teardown: () => inner.teardown(),
    getItem<T>(key: string, defaultValue?: T): T | undefined {
      const resource = resourceOf(key);
      if (!resource) return inner.getItem(key, defaultValue);
      load();
      return queriesOf(resource) as T;
    },
    setItem<T>(key: string, value: T): void {
      const resource = resourceOf(key);
      if (!resource) return inner.setItem(key, value);
      // Shown at once; a refusal (a name taken) reloads what the server has.
      void save(resource, (value as SavedQuery[]) ?? []).catch(() => {
        views = null;
        load();
      });
    },
    removeItem(key: string): void {
      if (!resourceOf(key)) inner.removeItem(key);
    },
    removeItems(prefix: string): void {
      inner.removeItems(prefix);
    },
    reset(): void {
      // Signing out forgets the views; the next user's are loaded when a list asks.
      views = null;
      loadedAt = 0;
      inner.reset();
    },
    subscribe(key: string, callback: (value: unknown) => void): () => void {
      if (!resourceOf(key)) return inner.subscribe(key, callback);
      const set = listeners.get(key) ?? new Set();
      set.add(callback);
      listeners.set(key, set);
      // A list opened a while later asks again: views saved in another browser, or changed on the views page.
      load(true);
      return () => set.delete(callback);
    },
  };
}
