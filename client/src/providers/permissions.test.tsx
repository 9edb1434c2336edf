import { render, screen } from '@testing-library/react';
import { AdminContext, CanAccess, DeleteButton, EditButton, testDataProvider } from 'react-admin';
import { authProvider } from './authProvider';
import { allows } from './permissions';
import { session } from './session';
import { i18nProvider } from './i18nProvider';

/** What GET /api/auth/me answers; the client holds no rules of its own. */
const CASEWORKER = {
  placements: ['list', 'show'],
  households: ['list', 'show', 'create', 'update', 'delete'],
  labels: ['list', 'show'],
};
const MATCHER = { placements: ['list', 'show', 'create', 'update', 'delete'], households: [] };

let served: Record<string, string[]>;
let calls: { url: string; auth: string | null }[];

const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

beforeEach(() => {
  calls = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    calls.push({ url: urlOf(input), auth: new Headers(init?.headers).get('Authorization') });
    return new Response(JSON.stringify({ id: 'u1', role: 'whatever', permissions: served }), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  session.clear();
});

const signIn = (token: string) =>
  session.save(token, { id: 'u1', email: 'a@b.example', fullName: 'A', role: 'caseworker', organizationId: 'o1' });

describe('canAccess from the server permissions', () => {
  it('maps react-admin actions to the server actions', () => {
    expect(allows(CASEWORKER, 'households', 'edit')).toBe(true);
    expect(allows(CASEWORKER, 'placements', 'edit')).toBe(false);
    expect(allows(CASEWORKER, 'placements', 'show')).toBe(true);
    expect(allows(CASEWORKER, 'unknown', 'list')).toBe(false);
    expect(allows(undefined, 'placements', 'list')).toBe(false);
  });

  it('asks GET /api/auth/me once per session and answers from it, whatever the role is called', async () => {
    served = CASEWORKER;
    signIn('token-1');
    expect(await authProvider.canAccess!({ resource: 'placements', action: 'delete' })).toBe(false);
    expect(await authProvider.canAccess!({ resource: 'placements', action: 'list' })).toBe(true);
    expect(await authProvider.getPermissions!({})).toEqual(CASEWORKER);
    expect(calls).toEqual([{ url: '/api/auth/me', auth: 'Bearer token-1' }]);
    // Another session asks again.
    served = MATCHER;
    signIn('token-2');
    expect(await authProvider.canAccess!({ resource: 'placements', action: 'delete' })).toBe(true);
    expect(calls.map((c) => c.auth)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('denies everything without a session, asking nobody', async () => {
    expect(await authProvider.canAccess!({ resource: 'placements', action: 'list' })).toBe(false);
    expect(calls).toEqual([]);
  });

  it.each([
    ['caseworker', CASEWORKER, false],
    ['matcher', MATCHER, true],
  ])("shows a %s Delete and Edit on a placement only as the server's table says", async (_role, permissions, shown) => {
    served = permissions;
    signIn(`token-${_role}`);
    render(
      <AdminContext dataProvider={testDataProvider()} authProvider={authProvider} i18nProvider={i18nProvider}>
        <CanAccess resource="placements" action="show">
          <span>ready</span>
        </CanAccess>
        <DeleteButton resource="placements" record={{ id: 'p1' }} />
        <EditButton resource="placements" record={{ id: 'p1' }} />
      </AdminContext>,
    );
    // Shown once the permissions arrived (both may show a placement): only then is an absence telling.
    await screen.findByText('ready', {}, { timeout: 8000 });
    if (shown) {
      expect(await screen.findByRole('button', { name: /verwijderen|delete/i }, { timeout: 8000 })).toBeInTheDocument();
      expect(await screen.findByRole('link', { name: /bewerken|edit/i })).toBeInTheDocument();
    } else {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(screen.queryByRole('button', { name: /verwijderen|delete/i })).toBeNull();
      expect(screen.queryByRole('link', { name: /bewerken|edit/i })).toBeNull();
    }
  });
});
