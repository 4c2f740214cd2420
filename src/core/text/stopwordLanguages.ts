/** The languages with a stop-word list: stopwords-iso's lists for the languages language.ts can detect. */
export const STOPWORD_LANGUAGES = ['ar', 'cs', 'da', 'de', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it',
  'ja', 'ko', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sv', 'tr', 'uk', 'vi', 'zh'] as const;
