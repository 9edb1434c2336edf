import { isDay, isId, parseReportFilters, reportFiltersSearch } from './urlFilters';

const DEFAULTS = { level: 'top', from: '', authorId: '', municipality: '' };
const VALID = { level: (v: string) => v === 'top' || v === 'all', from: isDay, authorId: isId };
const ID = '0b5c8e7a-1d2f-4a3b-9c8d-7e6f5a4b3c2d';

describe('report filters in the URL', () => {
  it('reads the known keys from the query string and keeps defaults for the rest', () => {
    expect(
      parseReportFilters(
        `?level=all&from=2026-01-01&authorId=${ID}&municipality=Zaanstad&planet=Mars`,
        DEFAULTS,
        VALID,
      ),
    ).toEqual({
      level: 'all',
      from: '2026-01-01',
      authorId: ID,
      municipality: 'Zaanstad',
    });
    expect(parseReportFilters('', DEFAULTS, VALID)).toEqual(DEFAULTS);
  });

  it('drops a value that does not fit its key rather than sending it to the server', () => {
    expect(parseReportFilters('level=some&from=2026-02-30x&authorId=42', DEFAULTS, VALID)).toEqual(DEFAULTS);
    expect(parseReportFilters('from=2026-13-45', DEFAULTS, VALID).from).toBe('');
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const filter = { level: 'top', from: '2026-01-01', authorId: '', municipality: 'Súdwest-Fryslân & Co' };
    const search = reportFiltersSearch(filter, DEFAULTS);
    expect(search).toBe('from=2026-01-01&municipality=S%C3%BAdwest-Frysl%C3%A2n+%26+Co');
    expect(parseReportFilters(search, DEFAULTS, VALID)).toEqual(filter);
    expect(reportFiltersSearch(DEFAULTS, DEFAULTS)).toBe('');
  });
});
