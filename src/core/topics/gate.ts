import { allNames, MONTHS, WEEKDAYS } from '../text/calendar';
import { isKnownSection } from './sectionHints';

/**
 * What may become a topic at all, whatever its score: words a reader would never follow. Time expressions
 * ("Mercredi soir", "November", "Monat Januar"), the site's own navigation and section names ("Opinión",
 * "Drinks", "Leben" when the page files itself there), and labels too short to mean anything alone. Shared by
 * the topic chips (keyphrases.ts) and the interests a reader's history teaches (interests/learnable.ts), so a
 * word that is no chip is never learnt either.
 */

/**
 * Weekdays, months (calendar.ts) and times of day in the languages Lede reads most; lower case, diacritics
 * kept. French "mars" is also the planet, and is left out.
 */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...[...allNames(MONTHS), ...allNames(WEEKDAYS)].filter((w) => w !== 'mars'),
  ...(
    'morning afternoon evening night tonight today yesterday tomorrow weekend week month year ' +
    'matin soir après-midi nuit semaine mois année an hier demain ' +
    'mañana tarde noche semana mes año ayer manhã noite ontem ano mattina sera ieri domani settimana mese anno ' +
    'morgen vormittag nachmittag abend woche monat jahr gestern heute'
  ).split(' '),
]);

/**
 * Navigation and page-furniture words that sites print as links or labels above and below an article, in
 * the languages Lede reads most. Alone they are never a subject.
 */
const NAVIGATION: ReadonlySet<string> = new Set(
  (
    'home news latest opinion opinions video videos photos photo gallery podcast podcasts newsletter newsletters ' +
    'live menu search subscribe login sign more local weather special features feature analysis editorial blog ' +
    'comments comment share print archive topics sections ' +
    'accueil actualité actualités actus opinion vidéo vidéos direct recherche abonnement abonnez-vous édition ' +
    'inicio portada noticias opinión especial especiales fotos galería suscríbete buscar edición ' +
    'início notícias opinião especial assine ' +
    'startseite nachrichten meinung aktuell aktuelles kommentar kommentare bilder bildergalerie suche abo newsletter ' +
    'ressort ressorts themen mehr'
  ).split(' '),
);

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/['’]s$/u, '').trim();

/** A label made of time words only, or a time word with nothing capitalised beside it ("Monat Januar", "Mercredi soir"). */
export function isTimeExpression(label: string): boolean {
  const words = label.split(/\s+/).filter(Boolean);
  // "Black Friday", "Theresa May": another capitalised word makes it a name.
  return words.some((w) => TIME_WORDS.has(fold(w))) && words.every((w) => TIME_WORDS.has(fold(w)) || /^[\p{Ll}\p{N}]/u.test(w));
}

/**
 * The section names the page files itself under (its breadcrumb, `article:section`, URL path words: the
 * extractor's section hints), as keys to leave out of the topics. Only hints that are section names Lede
 * knows ("Drinks", "Leben", "Politique") or navigation words: sites also tag a story with its subjects
 * ("Montréal", "Amazon"), and those are topics.
 */
export function pageSectionKeys(hints: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const h of hints ?? []) {
    const whole = fold(h.replace(/[-_+]/g, ' '));
    if (!whole || whole.length > 40) continue;
    // "Crash / Unfall", "Illinois, Local": each part is a name of its own.
    for (const raw of [whole, ...whole.split(/[/|>»›,;·]/)]) {
      const part = raw.trim();
      if (part && (isKnownSection(part) || NAVIGATION.has(part))) out.add(part);
    }
  }
  return out;
}

/** Whether a topic label is navigation: a furniture word alone, or a section name of this page. */
export function isNavigation(label: string, sections: ReadonlySet<string> = new Set()): boolean {
  const key = fold(label);
  return NAVIGATION.has(key) || sections.has(key);
}

/** File extensions a page's markup leaks into its text (image names, script and page files). */
const FILE_EXTENSIONS = 'jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?|mp[34]|mov|webm|pdf|docx?|xlsx?|zip|php|aspx?|jsp|html?';

/**
 * What marks a run of text as a file name, path or address ("logo_white.png", "/wp-content/uploads/",
 * "www.site.com"): a slash, backslash or underscore (they join path segments and identifiers, never the words
 * of a name), a file extension, WordPress's prefix. Sites leak these through alt texts, captions and broken
 * markup; no reader types them. keyphrases.ts cuts such runs out of the text before reading it.
 */
export const FILE_OR_PATH_RE = new RegExp(`[/\\\\_]|\\.(?:${FILE_EXTENSIONS})\\b|\\bwp-|\\bwww\\.`, 'iu');

/** A label that is a file name or a piece of a URL, not words (also "WP Content", "https", "example.com"). */
export function looksLikeFileOrPath(label: string): boolean {
  const text = label.trim();
  if (FILE_OR_PATH_RE.test(text) || /^wp\s/iu.test(text)) return true;
  return /^(?:https?|www)\b/iu.test(text) || /\p{L}\.(?:com|net|org|html?|php)\b/iu.test(text);
}

/** A label a reader could never follow: a time expression, navigation, a file name or path, a Roman numeral, or two lower-case letters. */
export function isNeverTopic(label: string, sections?: ReadonlySet<string>): boolean {
  const text = label.normalize('NFKC').trim();
  if (looksLikeFileOrPath(text)) return true;
  // "ut", "of": two letters of a cased script are an acronym only in capitals ("EU", "AI").
  if (/^\p{Ll}{1,2}$/u.test(text)) return true;
  // A Roman numeral alone ("II" of "golpe II") is a number.
  if (/^[IVX]{1,4}$/.test(text)) return true;
  return isTimeExpression(text) || isNavigation(text, sections);
}
