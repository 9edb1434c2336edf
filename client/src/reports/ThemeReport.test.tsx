import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { apiMethods } from '../providers/dataProvider';
import { ThemeReport } from './ThemeReport';

/** react-admin pages render slowly when the whole suite runs on two cores. */
const SLOW = { timeout: 8000 };
const EMPTY = { level: 'top', totalMinutes: 0, rows: [], helpdesk: { totalMinutes: 0, rows: [], filtersApplied: [] } };

function renderAt(hash: string) {
  window.location.hash = hash;
  const calls: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    const body = url.includes('/reports/themes') ? EMPTY : url.includes('municipalities') ? ['Zaanstad'] : [];
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  const dataProvider = testDataProvider({ ...apiMethods, getList: async () => ({ data: [], total: 0 }) });
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ThemeReport />
    </AdminContext>,
  );
  return calls;
}

describe('ThemeReport', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.location.hash = '';
  });

  it('takes its filters from the URL, so a shared link shows the same report', async () => {
    const calls = renderAt('#/reports/themes?level=all&occurredAt_gte=2026-01-01&municipality=Zaanstad&track=nowhere');
    await waitFor(() => expect(calls.some((c) => c.includes('/api/reports/themes'))).toBe(true), SLOW);
    const report = calls.find((c) => c.includes('/api/reports/themes'))!;
    // An unknown track in the link is dropped rather than sent.
    expect(JSON.parse(new URL(report, 'http://x').searchParams.get('filter')!)).toEqual({
      level: 'all',
      occurredAt_gte: '2026-01-01',
      municipality: 'Zaanstad',
    });
    expect(screen.getByRole('combobox', { name: 'Gemeente' })).toHaveValue('Zaanstad');
  });

  it('says the filtered result is empty instead of showing empty charts, and clears the filters from the URL', async () => {
    renderAt('#/reports/themes?municipality=Zaanstad');
    expect(await screen.findByTestId('report-empty', {}, SLOW)).toHaveTextContent('Niets te tonen met deze filters');
    expect(screen.queryByTestId('themes-logs')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/reports/themes'), SLOW);
  });
});
