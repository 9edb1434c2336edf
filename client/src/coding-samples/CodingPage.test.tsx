import { render, screen, within } from '@testing-library/react';
import { AdminContext, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { apiMethods } from '../providers/dataProvider';
import { AgreementView, WhoCanDraw, type AgreementReport } from './CodingPage';

const LABELS = [
  {
    id: 'work',
    name: { nl: 'Werk', en: 'Work' },
    parentId: null,
    color: null,
    definition: null,
    domainKey: null,
    archived: false,
  },
  {
    id: 'housing',
    name: { nl: 'Huisvesting', en: 'Housing' },
    parentId: null,
    color: null,
    definition: null,
    domainKey: null,
    archived: false,
  },
];

const inDutch = (ui: React.ReactNode) =>
  render(
    <AdminContext
      dataProvider={testDataProvider({
        ...apiMethods,
        getList: async () => ({ data: LABELS, total: LABELS.length }) as never,
      })}
      i18nProvider={i18nProvider}
    >
      {ui}
    </AdminContext>,
  );

const report: AgreementReport = {
  size: 4,
  codedByBoth: 4,
  overall: { labels: 2, agreement: 0.625, kappa: 1 / 7 },
  labels: [
    { labelId: 'work', both: 2, firstOnly: 1, secondOnly: 0, neither: 1, agreement: 0.75, kappa: 0.5 },
    { labelId: 'housing', both: 0, firstOnly: 1, secondOnly: 1, neither: 2, agreement: 0.5, kappa: -1 / 3 },
  ],
  disagreements: [
    {
      contactLogId: 'c0ffee00-0000-4000-8000-000000000001',
      occurredAt: '2030-01-02T10:00:00.000Z',
      householdReference: 'ZS-007',
      firstLabelIds: ['work', 'housing'],
      secondLabelIds: ['work'],
    },
    {
      contactLogId: 'c0ffee00-0000-4000-8000-000000000002',
      occurredAt: null,
      householdReference: null,
      firstLabelIds: ['work'],
      secondLabelIds: [],
    },
  ],
};

describe('double coding', () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows the overall kappa next to the per-label ones, in the reader's numbers", async () => {
    inDutch(<AgreementView data={report} />);
    const overall = await screen.findByTestId('agreement-overall');
    expect(overall).toHaveTextContent('Alle labels samen');
    expect(within(overall).getByTestId('overall-kappa')).toHaveTextContent('0,14');
    expect(overall).toHaveTextContent('62,5%');
  });

  it("names each disagreement by its log's date and household, with a link to it; never by id", async () => {
    inDutch(<AgreementView data={report} />);
    const [first, gone] = await screen.findAllByTestId('disagreement');
    const link = within(first).getByRole('link');
    expect(link).toHaveAttribute('href', '#/contact-logs/c0ffee00-0000-4000-8000-000000000001');
    expect(link.textContent).toMatch(/^Contactmoment van .*2030 · ZS-007$/);
    expect(gone).toHaveTextContent('inmiddels is verwijderd');
    expect(document.body.textContent).not.toMatch(/c0ffee00/);
  });

  it('tells someone without a sample who can draw one', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () =>
        new Response(
          JSON.stringify({
            roles: ['admin', 'coordinator'],
            users: [{ id: 'u1', fullName: 'Anna de Vries', role: 'coordinator' }],
          }),
          {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          },
        ),
    );
    inDutch(<WhoCanDraw />);
    expect(await screen.findByTestId('who-can-draw')).toHaveTextContent(
      'Beheerder of Coördinator: Anna de Vries (Coördinator)',
    );
  });
});
