import { useLocaleState, useTranslate } from 'react-admin';
import { languageName } from './formats';

/** The languages a household can say it speaks; stored as ISO 639-1 codes (and "other"). */
export const SPOKEN_LANGUAGE_CODES = ['uk', 'ru', 'nl', 'en', 'ar', 'ti', 'fa', 'tr', 'other'] as const;

/** Language names in the reader's language: "Oekraïens" in Dutch, "Українська" in Ukrainian. */
export function useLanguageName() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (code: string) => languageName(code, locale, () => translate('app.reading.otherLanguage'));
}

/** Choices for the spoken-languages input, named in the reader's language. */
export function useSpokenLanguageChoices() {
  const name = useLanguageName();
  return SPOKEN_LANGUAGE_CODES.map((id) => ({ id, name: name(id) }));
}
