import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, Notification } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { authProvider } from '../providers/authProvider';
import { dataProvider } from '../providers/dataProvider';
import { i18nProvider } from '../providers/i18nProvider';
import { session } from '../providers/session';
import { useReportDownload } from '../reports/download';
import { useApi } from './useApi';

const SLOW = { timeout: 8000 };

let answer: (url: string) => Response;
let urls: string[];
let createObjectURL: () => string;
const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

beforeEach(() => {
  window.location.hash = '';
  // react-admin's proxy logs every failed call outside production.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  urls = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    urls.push(urlOf(input));
    return answer(urlOf(input));
  });
  // jsdom has no object URLs; a saved file shows as one made.
  createObjectURL = vi.fn(() => 'blob:report');
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = vi.fn();
  session.save('the-token', {
    id: 'u1',
    email: 'a@example.org',
    fullName: 'A',
    role: 'coordinator',
    organizationId: 'o1',
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  session.clear();
});

const inApp = (ui: React.ReactNode) =>
  render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider}>
      {ui}
      <Notification />
    </AdminContext>,
  );

const Municipalities = () => {
  const { data, isError } = useApi('getMunicipalities');
  return <p data-testid="municipalities">{isError ? 'failed' : (data ?? []).join(', ')}</p>;
};

const DownloadButton = () => {
  const download = useReportDownload();
  return <button onClick={() => download('themes', { municipality: 'Zaanstad' })}>download</button>;
};

describe('useApi', () => {
  it('reads through the data provider', async () => {
    answer = () =>
      new Response(JSON.stringify(['Almere', 'Zaanstad']), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    inApp(<Municipalities />);
    await waitFor(() => expect(screen.getByTestId('municipalities')).toHaveTextContent('Almere, Zaanstad'), SLOW);
    expect(urls).toEqual(['/api/households/municipalities']);
  });

  it('signs out on a 401 and goes to the sign-in page, rendering nothing of the empty answer', async () => {
    answer = () =>
      new Response(JSON.stringify({ statusCode: 401, message: 'Unauthorized' }), {
        status: 401,
        headers: { 'Content-Type': 'application/json' },
      });
    const shown: string[] = [];
    const Page = () => {
      const { data } = useApi('getMunicipalities');
      // Whatever reaches the component: an answer must be the server's list, never react-admin's stand-in `{}`.
      if (data !== undefined) shown.push(JSON.stringify(data));
      return <p>page</p>;
    };
    inApp(
      <Routes>
        <Route path="/" element={<Page />} />
        <Route path="/login" element={<p>sign in</p>} />
      </Routes>,
    );
    expect(await screen.findByText('sign in', {}, SLOW)).toBeInTheDocument();
    expect(session.token()).toBeNull();
    expect(shown).toEqual([]);
    // Signed out and on the sign-in page: nothing asks again.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(urls).toEqual(['/api/households/municipalities']);
  });
});

describe('a report download', () => {
  it('saves the file under the name the server gives', async () => {
    answer = () =>
      new Response('a,b\r\n', {
        status: 200,
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="themes.csv"' },
      });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    inApp(<DownloadButton />);
    await userEvent.click(screen.getByRole('button', { name: 'download' }));
    await waitFor(() => expect(saved).toEqual(['themes.csv']), SLOW);
    expect(urls).toEqual([`/api/reports/themes?filter=${encodeURIComponent('{"municipality":"Zaanstad"}')}&lang=nl`]);
  });

  it('signs out on a 401 as any other call does, saving nothing and showing no error', async () => {
    answer = () =>
      new Response(JSON.stringify({ statusCode: 401, message: 'Unauthorized' }), {
        status: 401,
        headers: { 'Content-Type': 'application/json' },
      });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    inApp(<DownloadButton />);
    await userEvent.click(screen.getByRole('button', { name: 'download' }));
    await waitFor(() => expect(session.token()).toBeNull(), SLOW);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(click).not.toHaveBeenCalled();
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a refused download as a notification', async () => {
    answer = () =>
      new Response(JSON.stringify({ statusCode: 403, message: 'Forbidden' }), {
        status: 403,
        headers: { 'Content-Type': 'application/json' },
      });
    inApp(<DownloadButton />);
    await userEvent.click(screen.getByRole('button', { name: 'download' }));
    expect(await screen.findByRole('alert', {}, SLOW)).toBeInTheDocument();
    expect(session.token()).toBe('the-token');
  });
});
