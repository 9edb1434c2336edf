import { useLocaleState, useTranslate } from 'react-admin';

/** The UI's languages as Intl locales: Dutch and Ukrainian write 31,3%, English 31.3%. */
const INTL_LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB', uk: 'uk-UA' };

export interface ReportFormat {
  /** A fraction of 1 as a percentage with one decimal: 0.3133 → "31,3%" in Dutch. */
  percent: (share: number) => string;
  /** A count or amount, grouped the reader's way. */
  number: (value: number) => string;
}

export function reportFormat(locale: string): ReportFormat {
  const intl = INTL_LOCALES[locale] ?? locale;
  const percent = new Intl.NumberFormat(intl, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(intl, { maximumFractionDigits: 2 });
  return { percent: (share) => percent.format(share), number: (value) => number.format(value) };
}

/** Report numbers in the reader's current language. */
export function useReportFormat(): ReportFormat {
  const [locale] = useLocaleState();
  return reportFormat(locale);
}

/**
 * Report figures that the small-group rule may have hidden (null): they
 * read "fewer than 5" in the reader's language instead of a number.
 */
export function useGuardedFormat() {
  const translate = useTranslate();
  const { percent, number } = useReportFormat();
  const fewer = translate('app.cohorts.fewerThan5');
  return {
    count: (value: number | null | undefined) => (value === null ? fewer : number(value ?? 0)),
    share: (value: number | null | undefined) => (value === null ? fewer : percent(value ?? 0)),
  };
}
