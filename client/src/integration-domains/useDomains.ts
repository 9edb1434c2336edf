import { useGetList, useLocaleState } from 'react-admin';

export interface Domain {
  id: string;
  key: string;
  group: string;
  order: number;
  name: Record<string, string>;
  description: string;
}

/** The 14 domains with names in the UI language; reference data, cached by react-query. */
export function useDomains() {
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<Domain>('integration-domains', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'order', order: 'ASC' },
  });
  const domains = data ?? [];
  const nameOf = (key: string) => {
    const domain = domains.find((d) => d.key === key);
    return domain ? domain.name[locale] ?? domain.name.en : key;
  };
  const choices = domains.map((d) => ({ id: d.key, name: d.name[locale] ?? d.name.en }));
  return { domains, nameOf, choices, isPending };
}
