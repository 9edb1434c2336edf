import * as schema from '../api/schema';
import { en } from './en';
import { nl } from './nl';
import { uk } from './uk';
import { MACHINE_ONLY_ENUMS } from '../api/types';
import { ENUM_TRANSLATIONS } from './enumTranslations';

/** The text at a dotted key, where a key may itself hold dots (`languageLevels.nl`). */
function at(tree: unknown, key: string): unknown {
  if (tree === null || typeof tree !== 'object') return undefined;
  const node = tree as Record<string, unknown>;
  if (key in node) return node[key];
  const dot = key.indexOf('.');
  return dot === -1 ? undefined : at(node[key.slice(0, dot)], key.slice(dot + 1));
}

/** Every generated values array (`shelterTypeValues`) by its enum's name (`ShelterType`). */
const generated = Object.entries(schema)
  .filter(([name, values]) => /^[a-z]\w*Values$/.test(name) && !name.startsWith('paths') && Array.isArray(values))
  .map(
    ([name, values]) => [name[0].toUpperCase() + name.slice(1, -'Values'.length), values as readonly string[]] as const,
  )
  .filter(([name]) => !(MACHINE_ONLY_ENUMS as readonly string[]).includes(name));

describe('enum texts', () => {
  it('come from the generated schema', () => {
    expect(generated.map(([name]) => name).sort()).toEqual(Object.keys(ENUM_TRANSLATIONS).sort());
  });

  it.each([
    ['en', en],
    ['nl', nl],
    ['uk', uk],
  ])('every value of every enum has a text in %s', (_, messages) => {
    const missing = generated.flatMap(([name, values]) =>
      values
        .filter((value) => {
          const text = at(messages, `${ENUM_TRANSLATIONS[name as keyof typeof ENUM_TRANSLATIONS]}.${value}`);
          return typeof text !== 'string' || text.trim() === '';
        })
        .map((value) => `${name}.${value}`),
    );
    expect(missing).toEqual([]);
  });
});
