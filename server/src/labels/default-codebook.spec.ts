import { childName, DEFAULT_THEMES } from './default-codebook.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const domains: { key: string; name: { nl: string; en: string; uk: string } }[] = JSON.parse(
  readFileSync(path.join(process.cwd(), 'src/integration-domains/integration-domains.json'), 'utf8'),
);

describe('the default codebook', () => {
  it('gives no domain label the name of the theme above it, in any language', () => {
    for (const theme of DEFAULT_THEMES) {
      for (const key of theme.children) {
        const domain = domains.find((d) => d.key === key)!;
        const name = childName(theme.name, domain.name);
        for (const lang of ['nl', 'en', 'uk'] as const) expect(name[lang]).not.toBe(theme.name[lang]);
      }
    }
  });

  it('keeps a domain name that differs from its theme, and marks one that does not', () => {
    expect(
      childName({ nl: 'Zorg', en: 'Health care' }, { nl: 'Gezondheid en zorg', en: 'Health and social care' }),
    ).toEqual({ nl: 'Gezondheid en zorg', en: 'Health and social care' });
    expect(childName({ nl: 'Werk', en: 'Work', uk: 'Робота' }, { nl: 'Werk', en: 'Work', uk: 'Робота' })).toEqual({
      nl: 'Werk (algemeen)',
      en: 'Work (general)',
      uk: 'Робота (загалом)',
    });
  });
});
