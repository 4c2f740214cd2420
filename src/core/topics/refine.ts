/**
 * Last pass over the scored topic candidates, before the best are chosen: what a reader would type, once.
 * - Grammar off: Korean particles and Japanese particles / verb endings stripped from the end of a label;
 *   a lone kana run (a particle, an inflection) is no topic.
 * - No furniture: all-caps lines of more than one word (datelines "SIOUX FALLS", sign-offs "CONCERNED
 *   SISTER"), share-button rows ("Whatsapp Facebook"), the publisher itself and photo/wire agencies.
 * - German capitalises every noun: an abstract noun ("Verbesserungen") is no name, and no topic alone.
 * - Variants merged: a country's demonym and abbreviations into the country ("Israeli" -> "Israel",
 *   "U.S" -> "United States"), a surname in any case form into the full name ("Součka" -> "Tomáš Souček").
 */

import { NAME_TITLES } from './personNames';
import { COUNTRY_OF } from './demonyms';
import { isNeverTopic } from './gate';

export interface Candidate {
  key: string;
  label: string;
  tokens: string[];
  entity: boolean;
  score: number;
  count: number;
  first: number;
}

/** Korean postpositions, longest first, so "에서" is stripped before "서" could be. */
const KO_PARTICLES = ['으로부터', '에게서', '으로서', '으로써', '에서는', '에서도', '에게', '에서', '으로', '까지', '부터', '처럼', '보다', '이나', '과의', '와의', '에는', '에도', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만'];
const HANGUL_RE = /^[\uac00-\ud7a3]+$/;

/** Japanese endings that trail a noun or a verb stem in a segmented run: particles, copulas, polite endings. */
const JA_TAIL_RE = /(?:いました|しました|ました|います|します|でした|ません|ている|ていた|って|です|ます|した|する|される|された|だった|では|には|とは|での|への|から|まで|より|など|だ|が|を|に|は|の|で|と|も|や|へ|ね|よ)$/u;
const KANA_ONLY_RE = /^[\u3040-\u309f\u30fc]+$/u;
const HAS_KANJI_OR_KATAKANA_RE = /[\u4e00-\u9fff\u30a0-\u30ff]/u;

/** Share buttons and social networks: two of them in one label is a share row. */
const SOCIAL = new Set(['whatsapp', 'facebook', 'twitter', 'pinterest', 'pint', 'linkedin', 'telegram', 'reddit', 'email', 'e-mail', 'messenger', 'tumblr', 'print', 'imprimir', 'baixar', 'compartir', 'compartilhar', 'partager', 'teilen', 'share', 'copy', 'link', 'flipboard', 'x']);

/** Photo and wire agencies named in credits: never the subject. */
const AGENCIES = new Set(['getty images', 'getty', 'associated press', 'ap', 'reuters', 'afp', 'epa', 'shutterstock', 'alamy', 'dpa', 'efe', 'ansa', 'pa', 'ap photo', 'afp via getty images', 'xinhua', 'kyodo']);

/** Abstract-noun endings of German: "Verbesserungen", "Sicherheit", "Gesellschaft". */
const DE_ABSTRACT_RE = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|tion|tionen|tät|täten|nis|nisse)$/u;

/**
 * A declined German adjective alone ("Internationalen", "Technischer", "Örtlichen"): the capital comes from a
 * name or a sentence start, the noun it went with is missing. -e is left out: "Signale", "Rituale" are nouns.
 */
const DE_DECLINED_ADJECTIVE_RE = /(?:isch|lich|al)(?:en|em|er|es)$/u;

function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Korean label without its trailing particle, when a stem of two syllables or more is left. */
function stripKorean(label: string): string {
  const words = label.split(' ');
  const last = words[words.length - 1]!;
  if (!HANGUL_RE.test(last)) return label;
  for (const p of KO_PARTICLES) {
    if (last.length - p.length >= 2 && last.endsWith(p)) {
      words[words.length - 1] = last.slice(0, -p.length);
      return words.join(' ');
    }
  }
  return label;
}

/** A label ends in kanji, katakana, a Latin letter or a digit: where a Japanese noun ends. */
const JA_NOUN_END_RE = /[\u4e00-\u9fff\u30a0-\u30ff\p{Script=Latin}\p{N}]$/u;

/**
 * Japanese label without trailing particles and verb endings (repeatedly: "したのは"), or '' when what is left
 * is no noun: a stem ending in hiragana is a verb or adjective ("決めてい" of "決めています") or a word the
 * particle list would cut ("子ど" of "子ども"), so the ending is stripped only when a noun is left.
 */
function stripJapanese(label: string): string {
  let s = label;
  for (let i = 0; i < 3; i++) {
    const next = s.replace(JA_TAIL_RE, '');
    if (next === s || next.length === 0 || !JA_NOUN_END_RE.test(next)) break;
    s = next;
  }
  // Still ending in hiragana: a verb form or an inflected word, unless the whole label is a kana word.
  return JA_NOUN_END_RE.test(s) || KANA_ONLY_RE.test(s) ? s : '';
}

/** Whether `short` is a case form of `long` (one word each): the same stem once up to 3 final letters go. */
function sameStem(short: string, long: string): boolean {
  const a = stripDiacritics(short.toLowerCase());
  const b = stripDiacritics(long.toLowerCase());
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= Math.max(a.length, b.length) - 3 && n >= 4;
}

/** Languages whose names take case endings ("Pierre Gaslys", "Angela Merkelin", "Путина", "Tomáše Součka"). */
const INFLECTING = new Set(['de', 'cs', 'sk', 'pl', 'ru', 'uk', 'fi', 'et', 'hu', 'sl', 'hr', 'sr', 'bg', 'lt', 'lv']);

/** Whether two words are case forms of one: one is the other (4+ letters) plus an ending of up to 3, or they share a stem of 5+. */
function caseForms(a: string, b: string): boolean {
  const x = stripDiacritics(a.toLowerCase());
  const y = stripDiacritics(b.toLowerCase());
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3) return true;
  return short.length >= 5 && sameStem(x, y);
}

const endsAs = (long: string, short: string, endings: readonly string[]) => endings.some((e) => long === short + e);

/**
 * Which of two case forms of one German phrase reads as its nominative: > 0 for `a`, < 0 for `b`, 0 when the
 * endings do not tell. A word that is the other plus -n, -en, -m or -em is a dative or weak form ("Festspielen",
 * "Bäumen", "Roten"); an adjective before the noun that is the other plus -s or -r is the strong nominative
 * ("Deutsches Rotes Kreuz" over "Deutsche Rote Kreuz"). Only forms the page writes are compared, so a noun whose
 * nominative ends in -en ("Garten") is never cut.
 */
export function nominativePreference(a: string, b: string): number {
  const aw = stripDiacritics(a.toLowerCase()).split(' ');
  const bw = stripDiacritics(b.toLowerCase()).split(' ');
  let score = 0;
  for (let i = 0; i < aw.length; i++) {
    const x = aw[i]!;
    const y = bw[i]!;
    if (endsAs(x, y, OBLIQUE_ENDINGS)) score--;
    else if (endsAs(y, x, OBLIQUE_ENDINGS)) score++;
    else if (i < aw.length - 1 && endsAs(x, y, STRONG_ENDINGS)) score++;
    else if (i < aw.length - 1 && endsAs(y, x, STRONG_ENDINGS)) score--;
  }
  return score;
}
const OBLIQUE_ENDINGS = ['n', 'en', 'm', 'em'];
const STRONG_ENDINGS = ['s', 'r'];

/** Languages whose plural adds an ending the singular lacks ("élection"/"élections", "país"/"países"). */
const PLURAL_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  fr: ['s', 'x'],
  es: ['s', 'es'],
  pt: ['s', 'es'],
  ca: ['s', 'os'],
  nl: ['s', 'en'],
  it: [],
};

/**
 * Singular and plural of one word ("élection", "élections") are one topic, shown as the page writes it most.
 * Phrases merge when their last words are singular and plural and the other words are the same.
 */
function mergePlurals(cands: Candidate[], lang: string): Candidate[] {
  const endings = PLURAL_ENDINGS[lang];
  if (!endings || endings.length === 0) return cands;
  const out: Candidate[] = [];
  for (const c of cands) {
    const words = stripDiacritics(c.label.toLowerCase()).split(' ');
    const same = out.find((o) => {
      const ow = stripDiacritics(o.label.toLowerCase()).split(' ');
      if (ow.length !== words.length || ow.slice(0, -1).join(' ') !== words.slice(0, -1).join(' ')) return false;
      const x = ow[ow.length - 1]!;
      const y = words[words.length - 1]!;
      return Math.min(x.length, y.length) >= 4 && (endsAs(x, y, endings) || endsAs(y, x, endings));
    });
    if (!same) {
      out.push({ ...c });
      continue;
    }
    const base = c.count > same.count ? c : same;
    Object.assign(same, { key: base.key, label: base.label, tokens: base.tokens, score: Math.max(c.score, same.score) + 0.25 * Math.min(c.score, same.score), count: c.count + same.count, first: Math.min(c.first, same.first), entity: c.entity || same.entity });
  }
  return out;
}

/**
 * The forms one name or word takes by its case in an inflecting language are one topic: "Pierre Gasly" and
 * "Pierre Gaslys", "Wildtiere" and "Wildtieren". Same number of words, each a case form of the other's, same
 * first letters; the form shown is the most used, then the shortest (nominatives are mostly the shortest).
 */
function mergeCaseForms(cands: Candidate[], lang: string): Candidate[] {
  if (!INFLECTING.has(lang)) return cands;
  const out: Candidate[] = [];
  for (const c of [...cands].sort((a, b) => b.score - a.score)) {
    const words = c.label.split(' ');
    const same = out.find((o) => {
      const ow = o.label.split(' ');
      return ow.length === words.length && ow.every((w, i) => w[0] === words[i]![0] && caseForms(w, words[i]!));
    });
    if (!same) {
      out.push({ ...c });
      continue;
    }
    const preference = lang === 'de' ? nominativePreference(c.label, same.label) : 0;
    const base = preference > 0 ? c : preference < 0 ? same : c.count > same.count || (c.count === same.count && c.label.length < same.label.length) ? c : same;
    Object.assign(same, { key: base.key, label: base.label, tokens: base.tokens, score: Math.max(c.score, same.score) + 0.25 * Math.min(c.score, same.score), count: c.count + same.count, first: Math.min(c.first, same.first), entity: c.entity || same.entity });
  }
  return out;
}

/** Acronyms run to five letters ("NASA", "NATO", "UNHCR"); a longer all-caps word is shouted text. */
export const MAX_ACRONYM_LETTERS = 5;
/**
 * The well-known acronyms longer than that, which news writes in capitals only: without this list "UNESCO" would
 * be read as a shouted word. Organisations a reader follows; not a list of every acronym.
 */
const LONG_ACRONYMS = new Set(['UNESCO', 'UNICEF', 'UNAIDS', 'UNCTAD', 'UNFCCC', 'NASDAQ', 'INTERPOL', 'EUROPOL', 'FRONTEX', 'MERCOSUR', 'ECOWAS', 'AFRICOM', 'CENTCOM', 'PEGIDA']);

/** Every letter a capital (scripts without case, CJK for one, are never all caps). */
function isAllCaps(label: string): boolean {
  const letters = label.match(/\p{L}/gu);
  return !!letters && letters.length >= 2 && letters.every((l) => /\p{Lu}/u.test(l));
}

const titleCase = (s: string) => s.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());

/** Lower-case words that end a name's run in English: verbs ("appears", "launched", "saying") and "vs". */
const TRAILING_VERB_RE = /^(?:\p{Ll}+(?:s|ed|ing)|vs)$/u;
/** Elsewhere only "vs" is sure ("Manchester United vs"): a lower-case word after a name may be its adjective. */
const TRAILING_VS_RE = /^vs$/u;

/**
 * "Louis Park appears", "PS4 Pro launched", "Manchester United vs": a name followed by the verb of its
 * sentence is the name. A capitalised phrase loses its lower-case verb-like tail (its key follows).
 */
function trimTrailingVerb(c: Candidate, tail: RegExp): void {
  if (c.tokens.length < 2) return;
  const words = c.label.split(' ');
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!)) return;
  let n = words.length;
  while (n > 1 && tail.test(words[n - 1]!)) n--;
  if (n === words.length || !words.slice(0, n).every((w) => /^[\p{Lu}\d]/u.test(w))) return;
  const cut = words.length - n;
  c.label = words.slice(0, n).join(' ');
  c.tokens = c.tokens.slice(0, c.tokens.length - cut);
  c.key = c.key.split(' ').slice(0, c.key.split(' ').length - cut).join(' ');
  c.entity = true;
}

/** Title abbreviations written before a name ("Dr", "Prof", "Mag"): at the end of a run they belong to the next name, cut off by their full stop. */
const TRAILING_TITLES: ReadonlySet<string> = new Set(['dr', 'prof', 'mag', 'ing', 'dipl', 'mr', 'mrs', 'ms', 'hr', 'fr', 'sen', 'rep', 'gen', 'col', 'sgt', 'gov', 'st']);

/** "Landesbranddirektor Dr": a phrase ending in a title abbreviation loses it. */
function dropTrailingTitle(c: Candidate): void {
  let n = c.tokens.length;
  while (n > 1 && TRAILING_TITLES.has(c.tokens[n - 1]!.toLowerCase().replace(/\.$/, ''))) n--;
  if (n === c.tokens.length) return;
  const words = c.label.split(' ');
  if (words.length !== c.tokens.length) return;
  const cut = c.tokens.length - n;
  c.label = words.slice(0, n).join(' ');
  c.tokens = c.tokens.slice(0, n);
  c.key = c.key.split(' ').slice(0, c.key.split(' ').length - cut).join(' ');
}

/** A capitalised name that starts with an office loses it, and any demonym before the office. */
function dropTitle(c: Candidate): void {
  if (c.tokens.length < 2) return;
  let last = -1;
  for (let i = 0; i < c.tokens.length - 1; i++) if (NAME_TITLES.has(c.tokens[i]!.toLowerCase())) last = i;
  if (last < 0) return;
  const rest = c.tokens.slice(last + 1);
  if (!rest.every((t) => /^\p{Lu}/u.test(t))) return;
  const words = c.label.split(' ');
  if (words.length !== c.tokens.length) return;
  c.label = words.slice(last + 1).join(' ');
  c.key = c.key.split(' ').slice(last + 1).join(' ');
  c.tokens = rest;
}

export interface RefineContext {
  lang: string;
  /** The site's own name and the byline: a topic that names the publisher is furniture. */
  publisher: string | null;
  /** The page's own section names (gate.ts pageSectionKeys): navigation, never a topic. */
  sections?: ReadonlySet<string>;
}

/** Cleans, relabels and merges candidates; returns them in score order. */
export function refineCandidates(cands: readonly Candidate[], ctx: RefineContext): Candidate[] {
  // "BBC News" is published by the BBC; "The Seattle Times" is not Seattle.
  const publisher = ctx.publisher ? stripDiacritics(ctx.publisher.toLowerCase()).replace(/^the /, '').trim() : '';
  const publisherShort = publisher.replace(/(?<!\s)\s+(?:news|online|digital)$|\.(?:com|co\.uk|de|fr|es|it|jp|cn)$/, '');
  const out: Candidate[] = [];
  for (const c0 of cands) {
    const c = { ...c0 };
    if (ctx.lang === 'ko') c.label = stripKorean(c.label);
    if (ctx.lang === 'ja') {
      c.label = stripJapanese(c.label);
      if (!c.label || (KANA_ONLY_RE.test(c.label) && !HAS_KANJI_OR_KATAKANA_RE.test(c.label))) continue;
    }
    trimTrailingVerb(c, ctx.lang === 'en' ? TRAILING_VERB_RE : TRAILING_VS_RE);
    dropTrailingTitle(c);
    if (c.entity) dropTitle(c);
    if (isNeverTopic(c.label, ctx.sections)) continue;
    // An office alone ("President") is no topic: the person holding it is.
    if (c.tokens.length === 1 && NAME_TITLES.has(c.label.toLowerCase())) continue;
    const lower = stripDiacritics(c.label.toLowerCase()).replace(/^the /, '');
    const words = lower.split(/\s+/);
    // Datelines and sign-offs are set in capitals and run to two words or more; acronyms are one word.
    if (c.tokens.length > 1 && isAllCaps(c.label)) continue;
    // One capitalised word longer than an acronym ("PUBLICIDADE", "STOLEN") is a label of the page or a
    // shouted word; keyphrases.ts has already relabelled one the page also writes in normal case.
    if (c.tokens.length === 1 && isAllCaps(c.label) && [...c.label].length > MAX_ACRONYM_LETTERS && !/\d/.test(c.label) && !LONG_ACRONYMS.has(c.label)) continue;
    if (words.filter((w) => SOCIAL.has(w)).length >= 2) continue;
    if (AGENCIES.has(lower) || (publisher && (lower === publisher || lower === publisherShort))) continue;
    if (ctx.lang === 'de' && c.tokens.length === 1 && (DE_ABSTRACT_RE.test(c.label) || DE_DECLINED_ADJECTIVE_RE.test(c.label))) continue;
    const country = COUNTRY_OF.get(lower.replace(/\.$/, '')) ?? COUNTRY_OF.get(lower);
    if (country) {
      c.key = country;
      // An abbreviation reads as the country it stands for: "U.S" (cut) or "US" is shown "United States".
      if (/^(?:\p{Lu}\.?){2,3}$/u.test(c.label)) c.label = titleCase(country);
    }
    out.push(c);
  }
  // Merge by key (a demonym or abbreviation now shares its country's key); the better-scored label stays,
  // except that the country's own name beats its adjective.
  const byKey = new Map<string, Candidate>();
  for (const c of out) {
    const prev = byKey.get(c.key);
    if (!prev) {
      byKey.set(c.key, c);
      continue;
    }
    const named = stripDiacritics(c.label.toLowerCase()) === c.key ? c : stripDiacritics(prev.label.toLowerCase()) === c.key ? prev : null;
    const keep = named ?? (c.score > prev.score ? c : prev);
    byKey.set(c.key, { ...keep, score: Math.max(c.score, prev.score) + 0.25 * Math.min(c.score, prev.score), count: c.count + prev.count, first: Math.min(c.first, prev.first), entity: c.entity || prev.entity });
  }
  const merged = mergePlurals(mergeCaseForms([...byKey.values()], ctx.lang), ctx.lang);
  // A one-word name that is a case form of a multi-word name's last word is that person ("Součka" ->
  // "Tomáš Souček"; "Merkelin" -> "Angela Merkel"); it adds its mentions to the full name. The same word
  // counts as the surname only when the full name came first: met first, it is a name of its own that a
  // longer phrase qualifies ("Rheinmetall ... Rüstungskonzern Rheinmetall").
  const full = merged.filter((c) => c.entity && c.tokens.length > 1);
  const result: Candidate[] = [];
  for (const c of merged) {
    if (c.entity && c.tokens.length === 1 && full.length > 0) {
      const owner = full.find((f) => {
        const last = f.tokens[f.tokens.length - 1]!;
        return sameStem(c.label, last) && (c.label.toLowerCase() !== last.toLowerCase() || f.first <= c.first);
      });
      if (owner && c.label !== owner.tokens[0]) {
        owner.count += c.count;
        owner.score += 0.25 * c.score;
        continue;
      }
    }
    result.push(c);
  }
  return result.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}
