import { csvCell, toCsv } from './csv.js';

const DANGEROUS = /^[=+\-@\t\r]/;

/** Every piece of every line, split the naive way a spreadsheet with another separator does. */
function pieces(csv: string): string[] {
  return csv.split(/\r\n|\r|\n/).flatMap((line) => [...line.split(','), ...line.split(';')]);
}

describe('CSV cells', () => {
  const attacks = [
    '=HYPERLINK("http://evil.example","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    'Kyiv;=1+1',
    'Kyiv,=1+1',
    'a;"=1+1',
    'a;\r=1',
    'note\n=cmd|calc',
    'x;;-1;@a;+b',
    'name, "=1"',
  ];

  it.each(attacks)('leaves no piece starting a formula for %j, split on comma or semicolon', (value) => {
    const csv = toCsv([{ text: value, n: 1 }], ['text', 'n']);
    for (const piece of pieces(csv)) expect(piece).not.toMatch(DANGEROUS);
  });

  it('keeps ordinary text and numbers as they are', () => {
    expect(csvCell('Zaanstad')).toBe('Zaanstad');
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a "quote", here')).toBe('"a ""quote"", here"');
    expect(csvCell('e-mail')).toBe('e-mail');
  });

  it('quotes what holds a separator, so a comma-aware reader gets the value back with its guard', () => {
    expect(csvCell('Kyiv;=1+1')).toBe(`"Kyiv;'=1+1"`);
    expect(csvCell('=1')).toBe(`'=1`);
  });
});
