import { columnKeys, columnsShowing, ownOrder, sameQuery, shownSources } from './listColumns';

// The columns of a list as DatagridConfigurable stores them, the second moved to the end by the user.
const available = [
  { index: '0', source: 'reference' },
  { index: '2', source: 'track' },
  { index: '3', source: 'status' },
  { index: '1', source: 'municipality' },
];

describe("a list's chosen columns", () => {
  it("are kept under react-admin's key of the list's grid", () => {
    expect(columnKeys('households')).toEqual({
      available: 'preferences.households.datagrid.availableColumns',
      columns: 'preferences.households.datagrid.columns',
      omit: 'preferences.households.datagrid.omit',
    });
  });

  it("are saved by the field each shows, in the order shown; nothing chosen is the list's own", () => {
    expect(shownSources(available, ['0', '3', '1'])).toEqual(['reference', 'status', 'municipality']);
    expect(shownSources(available, undefined)).toBeNull();
    expect(shownSources([], ['0'])).toBeNull();
  });

  it("come back in the view's order, the chooser listing them first and the rest in the list's order", () => {
    expect(columnsShowing(available, ['status', 'reference', 'gone'])).toEqual({
      columns: ['3', '0'],
      available: [
        { index: '3', source: 'status' },
        { index: '0', source: 'reference' },
        { index: '1', source: 'municipality' },
        { index: '2', source: 'track' },
      ],
    });
    // A view none of whose columns the list still has leaves the list as it is.
    expect(columnsShowing(available, ['gone'])).toBeNull();
    expect(ownOrder(available).map((c) => c.index)).toEqual(['0', '1', '2', '3']);
  });

  it('belong to the view whose query is the current one, whatever the order of its keys', () => {
    const view = { filter: { status: 'active', municipality: 'Zaanstad' }, sort: { field: 'reference', order: 'ASC' } };
    expect(
      sameQuery(view, {
        sort: { order: 'ASC', field: 'reference' },
        filter: { municipality: 'Zaanstad', status: 'active' },
      }),
    ).toBe(true);
    expect(sameQuery(view, { ...view, filter: { status: 'active' } })).toBe(false);
    expect(sameQuery({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});
