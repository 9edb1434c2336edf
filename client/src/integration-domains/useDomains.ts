import { useGetList, useLocaleState } from 'react-admin';
import type { IntegrationDomain as Domain } from '../api/types';

export type { Domain };

/** A text kept per language, in the reader's language (English, then any, when missing). */
export function inLanguage(texts: Record<string, string | undefined> | null | undefined, locale: string): string {
  if (!texts) return '';
  return texts[locale] || texts.en || texts.nl || texts.uk || '';
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
    return domain ? inLanguage(domain.name, locale) : key;
  };
  const descriptionOf = (key: string | null | undefined) =>
    inLanguage(domains.find((d) => d.key === key)?.description, locale);
  const choices = domains.map((d) => ({ id: d.key, name: inLanguage(d.name, locale) }));
  return { domains, nameOf, descriptionOf, choices, isPending };
}
