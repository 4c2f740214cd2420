/**
 * Every user-visible string goes through here. In extension pages it is `browser.i18n.getMessage`; in Node
 * (unit tests, the CLI) there is no i18n API, so it falls back to the English catalogue merged at import time.
 *
 * Catalogues live in `src/locales/<locale>/<feature>.json` (Chrome's messages.json format, one file per
 * feature so features do not fight over one file); the build merges them into `_locales/<locale>/messages.json`.
 */
type Catalogue = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

// Only tests and Node need the fallback; extension builds (MODE production) drop the catalogue from every bundle.
const fragments =
  import.meta.env.MODE === 'test' ? import.meta.glob<Catalogue>('../locales/en/*.json', { eager: true, import: 'default' }) : {};
const english: Catalogue = Object.assign({}, ...Object.values(fragments));

interface I18nApi {
  getMessage(key: string, subs?: string | string[]): string;
}

function platformI18n(): I18nApi | null {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n ?? null;
}

/** Fallback substitution following Chrome's rules: $name$ placeholders map to $1..$9 in `content`. */
function substitute(entry: Catalogue[string], subs: string[]): string {
  let msg = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) {
    const value = ph.content.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
    msg = msg.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return msg.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}

export function t(key: string, subs: string | string[] = []): string {
  const list = Array.isArray(subs) ? subs : [subs];
  const api = platformI18n();
  if (api) {
    const msg = api.getMessage(key, list);
    if (msg) return msg;
  }
  const entry = english[key];
  return entry ? substitute(entry, list) : key;
}

/** The UI language the browser picked, for Intl formatting of dates and numbers. */
export function uiLanguage(): string {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } };
  return g.chrome?.i18n?.getUILanguage?.() ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
}

/**
 * A message about `count` things, in the plural form the catalogue's language needs: the key's `_one`, `_few`,
 * `_other`… variant as Intl.PluralRules picks it (Chrome's message catalogues have no plurals). The rules are the
 * catalogue's own language (`i18nPluralLocale`), not the browser's, so a French browser reading the English
 * catalogue still gets English plurals. Falls back to `_other`, which every such key has.
 */
export function tPlural(key: string, count: number, subs: string[] = [String(count)]): string {
  const locale = t('i18nPluralLocale');
  let form = 'other';
  try {
    form = new Intl.PluralRules(locale).select(count);
  } catch {
    // An unknown tag: English-like rules are the least surprising.
    form = new Intl.PluralRules('en').select(count);
  }
  const variant = `${key}_${form}`;
  const message = t(variant, subs);
  return message === variant ? t(`${key}_other`, subs) : message;
}
