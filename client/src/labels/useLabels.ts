import { useGetList, useLocaleState } from 'react-admin';

export interface LabelRecord {
  id: string;
  name: Record<string, string | undefined>;
  parentId: string | null;
  color: string | null;
  definition: string | null;
  domainKey: string | null;
  archived: boolean;
}

/** The codebook with names in the UI language (falling back to any other). */
export function useLabels({ includeArchived = false } = {}) {
  const [locale] = useLocaleState();
  const { data = [], isPending } = useGetList<LabelRecord>('labels', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
    filter: includeArchived ? {} : { archived: false },
  });
  const nameOf = (label?: Pick<LabelRecord, 'name'>) => (label ? label.name[locale] ?? label.name.en ?? label.name.nl ?? label.name.uk ?? '?' : '?');
  const byId = new Map(data.map((l) => [l.id, l]));
  /** "Work › Diploma": the parent gives the label its meaning in a flat list. */
  const pathOf = (id: string) => {
    const label = byId.get(id);
    if (!label) return '?';
    const parent = label.parentId ? byId.get(label.parentId) : undefined;
    return parent ? `${nameOf(parent)} › ${nameOf(label)}` : nameOf(label);
  };
  /** Matches the name in any language and the definition. */
  const search = (query: string) => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return data.filter((l) => [l.name.nl, l.name.en, l.name.uk, l.definition].some((text) => text?.toLowerCase().includes(q)));
  };
  return { labels: data, isPending, nameOf, pathOf, search, byId };
}
