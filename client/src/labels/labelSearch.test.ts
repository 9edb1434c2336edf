import { searchLabels, type SearchableLabel } from './labelSearch';

const label = (id: string, nl: string[], en: string[], definition = ''): SearchableLabel => ({
  id,
  names: [nl[nl.length - 1], en[en.length - 1]],
  paths: [nl.join(' › '), en.join(' › ')],
  definitions: [definition],
});

// The default codebook: a theme, its domain child, and a theme whose name starts like another word.
const codebook = [
  label('work-general', ['Werk', 'Werk (algemeen)'], ['Work', 'Work (general)'], 'Betaald werk, vrijwilligerswerk'),
  label('volunteer', ['Werk', 'Vrijwilligerswerk'], ['Work', 'Volunteering']),
  label('work', ['Werk'], ['Work']),
  label('housing', ['Huisvesting'], ['Housing']),
  label('workshop', ['Overig', 'Werkplaats'], ['Other', 'Workshop']),
];
const ids = (query: string) => searchLabels(codebook, query).map((l) => l.id);

describe('searchLabels', () => {
  it('puts the label whose full path is typed first: "werk" is the theme, not its child', () => {
    expect(ids('werk')[0]).toBe('work');
    expect(ids('Werk')[0]).toBe('work');
  });

  it('reaches the child by its path, with ›, > or / between the steps', () => {
    expect(ids('werk › werk (algemeen)')[0]).toBe('work-general');
    expect(ids('werk > alg')[0]).toBe('work-general');
    expect(ids('work/gen')[0]).toBe('work-general');
  });

  it('prefers a name that starts with the text over one that contains it, and the definition last', () => {
    expect(ids('werkp')).toEqual(['workshop']);
    expect(ids('vrijw')).toEqual(['volunteer', 'work-general']);
    expect(ids('betaald')).toEqual(['work-general']);
  });

  it('finds nothing for an empty box', () => {
    expect(ids('  ')).toEqual([]);
  });
});
