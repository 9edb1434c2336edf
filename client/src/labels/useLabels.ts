import { useGetList, useLocaleState } from 'react-admin';
import { inLanguage, useDomains } from '../integration-domains/useDomains';
import { searchLabels } from './labelSearch';

export interface LabelRecord {
  id: string;
  name: Record<string, string | undefined>;
  parentId: string | null;
  color: string | null;
  /** The organisation's own words, in the language they were written in. */
  definition: string | null;
  domainKey: string | null;
  archived: boolean;
}

const LANGUAGES = ['nl', 'en', 'uk'] as const;

/** The codebook with names in the UI language (falling back to any other). */
export function useLabels({ includeArchived = false } = {}) {
  const [locale] = useLocaleState();
  const { domains, descriptionOf } = useDomains();
  const { data = [], isPending } = useGetList<LabelRecord>('labels', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
    filter: includeArchived ? {} : { archived: false },
  });
  const nameIn = (label: Pick<LabelRecord, 'name'>, language: string) => inLanguage(label.name, language) || '?';
  const nameOf = (label?: Pick<LabelRecord, 'name'>) => (label ? nameIn(label, locale) : '?');
  const byId = new Map(data.map((l) => [l.id, l]));
  /** The label and its ancestors, top first (a cycle, which the server refuses, cannot loop here). */
  const chainOf = (id: string) => {
    const chain: LabelRecord[] = [];
    for (
      let label = byId.get(id);
      label && !chain.includes(label);
      label = label.parentId ? byId.get(label.parentId) : undefined
    )
      chain.unshift(label);
    return chain;
  };
  const pathIn = (id: string, language: string) =>
    chainOf(id)
      .map((l) => nameIn(l, language))
      .join(' › ');
  /** "Werk › Werk (algemeen)": the ancestors give a label its meaning in a flat list. */
  const pathOf = (id: string) => (byId.has(id) ? pathIn(id, locale) : '?');
  /** The label's own definition, else its domain's description in the reader's language. */
  const definitionOf = (label: Pick<LabelRecord, 'definition' | 'domainKey'>) =>
    label.definition || descriptionOf(label.domainKey);
  const searchable = data.map((label) => ({
    ...label,
    names: LANGUAGES.map((language) => label.name[language]).filter((n): n is string => !!n),
    // The reader's language first: equally good matches are ordered by its path.
    paths: [locale, ...LANGUAGES.filter((l) => l !== locale)].map((language) => pathIn(label.id, language)),
    definitions: [
      label.definition ?? '',
      ...Object.values(domains.find((d) => d.key === label.domainKey)?.description ?? {}),
    ],
  }));
  /** Best match first: the full path, then the name, exactly, by prefix, then anywhere, then the definition. */
  const search = (query: string): LabelRecord[] => searchLabels(searchable, query);
  return { labels: data, isPending, nameOf, pathOf, definitionOf, search, byId };
}
