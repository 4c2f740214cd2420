import { uiLanguage } from '../shared/i18n';

/** "Mar 10, 2026" in the reader's UI language; null for missing or unparseable dates. */
export function formatDate(iso: string | null | undefined, lang = uiLanguage()): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' }).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

/** Host name without "www.", for a site label when the page gives none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
