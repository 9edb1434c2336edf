import { render, screen, within } from '@testing-library/react';
import { AdminContext, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { ThemeCard, type ThemeTotals } from './ThemeReport';
import { EmptyReport, SharePie } from './ReportParts';

const inDutch = (ui: React.ReactNode) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
      {ui}
    </AdminContext>,
  );

const totals: ThemeTotals = {
  totalMinutes: 300,
  rows: [
    {
      labelId: 'a',
      name: { nl: 'Werk', en: 'Work', uk: 'Робота' },
      color: '#1976d2',
      minutes: 94,
      share: 94 / 300,
      logs: 3,
      fewerThan5: [],
    },
    {
      labelId: 'b',
      name: { nl: 'Zorg', en: 'Health care', uk: 'Охорона здоров’я' },
      parentName: null,
      color: null,
      minutes: 56,
      share: 56 / 300,
      logs: 2,
      fewerThan5: [],
    },
    {
      labelId: null,
      name: { nl: 'Zonder label', en: 'Unlabelled', uk: 'Без мітки' },
      color: null,
      minutes: 150,
      share: 0.5,
      logs: 5,
      fewerThan5: [],
    },
  ],
};

describe('report parts', () => {
  it("names every slice with its share in the legend, in the reader's locale", async () => {
    inDutch(
      <SharePie
        slices={[
          { key: 'a', name: 'Werk', value: 94, color: '#1976d2' },
          { key: 'b', name: 'Taal', value: 206, color: '#ed6c02' },
        ]}
      />,
    );
    const items = await screen.findAllByTestId('legend-item');
    expect(items.map((i) => i.textContent)).toEqual(['Werk31,3%', 'Taal68,7%']);
    expect(within(items[0]).getByTestId('swatch')).toHaveAttribute('data-color', '#1976d2');
  });

  it("gives each table row the colour of its slice, with shares in the reader's locale", async () => {
    inDutch(<ThemeCard title="Contactmomenten" totals={totals} testId="themes-logs" />);
    const rows = await screen.findAllByTestId('theme-row');
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['Werk', 'Zorg', 'Zonder label']);
    const colours = rows.map((r) => within(r).getByTestId('swatch').getAttribute('data-color'));
    const legend = screen
      .getAllByTestId('legend-item')
      .map((i) => within(i).getByTestId('swatch').getAttribute('data-color'));
    expect(colours).toEqual(legend);
    // A label without a colour of its own gets one that differs from the grey of unlabelled time.
    expect(new Set(colours).size).toBe(3);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2].textContent)).toEqual(['31,3%', '18,7%', '50,0%']);
    expect(screen.getAllByTestId('legend-item').map((i) => i.textContent)).toEqual([
      'Werk31,3%',
      'Zorg18,7%',
      'Zonder label50,0%',
    ]);
  });

  it('reads "fewer than 5" for a theme of fewer than 5 households, with no slice, and keeps the shares of the total', async () => {
    const hidden: ThemeTotals = {
      ...totals,
      rows: totals.rows.map((r) =>
        r.labelId === 'b'
          ? { ...r, minutes: null, share: null, logs: null, fewerThan5: ['minutes', 'share', 'logs'] }
          : r,
      ),
    };
    inDutch(<ThemeCard title="Contactmomenten" totals={hidden} testId="themes-logs" />);
    const rows = await screen.findAllByTestId('theme-row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Zorg', 'minder dan 5', '', '']);
    expect(screen.getAllByTestId('legend-item').map((i) => i.textContent)).toEqual(['Werk31,3%', 'Zonder label50,0%']);
    expect(screen.getByText(/minder dan 5 personen worden niet getoond/i)).toBeInTheDocument();
  });

  it('says so when the filters leave nothing, and offers to clear them', async () => {
    const clear = vi.fn();
    inDutch(<EmptyReport onClear={clear} />);
    expect(await screen.findByText('Niets te tonen met deze filters')).toBeInTheDocument();
    screen.getByRole('button', { name: 'Filters wissen' }).click();
    expect(clear).toHaveBeenCalled();
  });
});
