/**
 * Related topics: the keyphrases and names of an article, statistical and local. Candidates are runs of
 * content words between stopwords and punctuation (RAKE's idea) and their sub-phrases, up to four words;
 * each is scored by how often it recurs, how early it first appears, whether the title or the page's own
 * keywords name it, and by its length (a concept that is multi-word is clicked as a whole). Variants merge
 * (plural, case, hyphenation, acronym and expansion), a phrase inside a better one is dropped, and generic
 * words never stand alone. Chinese and Japanese words come from Intl.Segmenter.
 *
 * What a news site would tag, not what a word counter finds:
 * - A name is a phrase capitalised in running text. Titles and headings are Title Case, so their capitals are
 *   no evidence ("A Bold Pivot to..." does not make "Pivot" a name), and a phrase must occur in the body.
 * - An adjective is not a topic: a single word that nearly always modifies the next one ("physical laws",
 *   "physical world") stands for those phrases, not for itself; nationality adjectives likewise.
 * - Hyphenated and spaced spellings are one phrase ("Physical-World" = "physical world"), labelled as the body
 *   writes it.
 */
import type { Article, Block, Topic } from '../types';
import { CJK_RE, sentences, UNSPACED_RE, wordSpans } from '../text/segment';
import { stopwords } from '../text/stopwords';
import { foldPlural } from '../text/terms';
import { scanTokens } from '../text/tokens';
import { isLetterOrNumber } from '../text/charClass';
import { isGeneric } from './generic';
import { MAX_ACRONYM_LETTERS, nominativePreference, refineCandidates, type Candidate } from './refine';
import { isBoilerplate, stripDateline } from '../text/boilerplate';
import { acronymKey, initialsKey, nameWords } from './variants';
import { topicType } from './topicType';
import { DE_DETERMINERS, mayBeTheme } from './themes';
import { foldNameParts, type NamePhrase } from './personNames';
import { FILE_OR_PATH_RE, pageSectionKeys } from './gate';

const MAX_TOPICS = 8;
const MAX_WORDS = 4;
/** Lone common words shown at most: the article's clear theme, not every frequent noun. */
const MAX_THEME_WORDS = 2;
/** Body characters read: enough to find what an article is about, and a 100,000-word page costs no more. */
const MAX_CHARS = 40_000;

type Where = 'title' | 'heading' | 'body';

interface Token {
  text: string;
  start: number;
  end: number;
  /** Written against the previous token with a hyphen ("World" in "Physical-World"). */
  joined: boolean;
  /** A stopword or punctuation: ends the current run. */
  breaks: boolean;
}

interface TokenInfo {
  /** Lower-cased, apostrophes straightened, English plural and possessive folded. */
  key: string;
  content: boolean;
  /** May start or end a phrase: not a number, not a generic word, longer than one letter. */
  edge: boolean;
  /** A generic word that may still sit at the edge of a capitalised name ("New Zealand", "United States"). */
  genericName: boolean;
  cap: boolean;
  lower: boolean;
  /** May end a name as its model designation ("X" of "OS X", "10" of "Windows 10"). */
  modelTail: boolean;
  /** A one-character Chinese or Japanese noun suffix that ends a compound ("站" of "国际空间站", "所" of "児童相談所"). */
  suffix: boolean;
  /** A name's linking word ("of" in "Bank of England"): not counted against MAX_WORDS. */
  link?: boolean;
}

/** A phrase found on the page: what the name merge reads (NamePhrase), and what ranking reads besides. */
interface Occurrence extends NamePhrase {
  /** Single words: occurrences followed by another content word in the same run (used as a modifier). */
  modifier: number;
  /** German single words: body occurrences right after an article or determiner (a common noun). */
  determined: number;
  /** The title writes it with every word capitalised: a Title Case headline's phrase ("Manhole Fires"). */
  titleCased?: boolean;
  /** Spellings seen, weighted: the body's spelling beats the title's Title Case. */
  surface: Map<string, number>;
}

/**
 * Chinese and Japanese one-character suffixes that make a noun of the word before them (a station, an office,
 * a member, a rate, a law...). The segmenter splits them off; alone they are no topic, at the end of a
 * compound they complete it.
 */
const CJK_NOUN_SUFFIXES = new Set([...'员員站所者局院会會法率性化党黨军軍署厅廳委馆館校部省市县縣区區症病税稅费費业業队隊团団場场长長师師士室庁']);

const NUMBERISH_RE = /^[\p{N}.,%$€£¥:/-]+$/u;
/** French, Italian and Catalan elisions: "l’Assemblée" is "Assemblée", "d’un" is a function word. */
const ELISION_RE = /^(?:[dlmnstjc]|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|quell|un)['’](?=\p{L})/iu;
const ELIDING = new Set(['fr', 'it', 'ca']);
/** Stopwords that start or end place and institution names when capitalised; generic words (generic.ts). */
const NAME_PARTS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['new', 'united', 'north', 'south', 'east', 'west', 'great', 'old', 'saint', 'st', 'san', 'los', 'las', 'santa', 'fort', 'mount', 'general', 'first', 'high']),
  // "Estados Unidos": the stopword lists hold "estados" as a form of estar.
  es: new Set(['estados']),
  pt: new Set(['estados']),
};
/** Lower-case words that link the capitalised words of one name ("Bank of England", "Policía de Investigaciones"). */
const NAME_LINKS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['of']),
  fr: new Set(['de', 'du', 'des', 'd’', "d'"]),
  es: new Set(['de', 'del']),
  pt: new Set(['de', 'do', 'da', 'dos', 'das']),
  it: new Set(['di', 'del', 'della']),
};
const NO_LINKS: ReadonlySet<string> = new Set();
/** A linking word inside a name: counts as capitalised for the name, may neither start nor end a phrase. */
const LINK_INFO: Omit<TokenInfo, 'key'> = { content: true, edge: false, genericName: false, cap: true, lower: false, modelTail: false, suffix: false, link: true };

/** Particles that start the second part of a surname ("van", "von", "de", "da", "di", "ten"), lower case. */
const FIRST_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'do', 'ten', 'ter', 'zu', 'le', 'la', 'bin', 'ibn']);
/** The particles that start a surname in German text ("von der Leyen", "van den Berg"). */
const DE_SURNAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van']);
/** Particles that follow a first one ("der" of "van der", "la" of "de la"). */
const SECOND_PARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'dem', 'la', 'le', 'los', 'las', 'het']);
/** Head nouns of organisations whose names hold an "and" ("Food and Drug Administration"). */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  'organisation organization administration agency institute institution commission committee council association authority foundation society bureau office ministry department service services centre center board fund union corporation company trust'.split(' '),
);

/** German institutions named "… für …" ("Bundesamt", "Ministerium", "Institut", "Zentrale"), by their last part. */
const DE_INSTITUTION_RE = /(?:amt|ministerium|institut|behörde|agentur|zentrum|zentrale|verband|stiftung|kommission|akademie|dienst|stelle|anstalt|gericht|rat|bund|vereinigung|gesellschaft|büro|beauftragte|beauftragter)$/u;

/** Abbreviations that start a place name ("St. Louis", "Mt. Everest"); a title ("Dr.") is not part of the name. */
const NAME_ABBREVIATIONS = new Set(['St', 'Mt', 'Ft', 'Ste']);
/** Initials written with dots ("U.S", "U.K", "D.C"): the final dot belongs to them. */
const DOTTED_RE = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** A model designation closing a product name ("OS X", "Windows 10", "Galaxy S23"): one capital, a short number, letters and digits. */
const MODEL_TAIL_RE = /^(?:\p{Lu}|\d{1,3}|\p{L}+\d+\p{L}*)$/u;
/** Nationality and regional adjectives ("American", "Sudanese", "British"). */
const DEMONYM_RE = /(?:an|ian|ese|ish|ic)$/;
/** English adjective endings: with the modifier test, "physical", "legendary", "massive" are not topics. */
const ADJECTIVE_EN_RE = /(?:al|ial|ical|ive|ous|ful|less|able|ible|ic|ary|ant|ent|ish|ese|ian|an|ed)$/;

/** A token holding a letter or a digit; ASCII tokens are decided by their first character, without the regex. */
function isWordToken(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80 && text.length === 1) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  // /[\p{L}\p{N}]/u.test(text), code point by code point.
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (isLetterOrNumber(cp)) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** Tokens of a sentence with their offsets; hyphens inside compounds join, other punctuation breaks runs. */
function tokenize(sentence: string, lang: string, unspaced: boolean): Token[] {
  let texts: string[];
  let starts: number[];
  if (unspaced) {
    texts = [];
    starts = [];
    let last = 0;
    for (const { word, index } of wordSpans(sentence, lang)) {
      const gap = sentence.slice(last, index);
      if (gap.trim()) {
        texts.push(gap.trim());
        starts.push(last);
      }
      texts.push(word);
      starts.push(index);
      last = index + word.length;
    }
  } else {
    // Words and single punctuation marks (text/tokens.ts), without a match object each.
    ({ texts, starts } = scanTokens(sentence));
  }
  const out: Token[] = [];
  for (let i = 0; i < texts.length; i++) {
    const r = { text: texts[i]!, start: starts[i]! };
    const prev = out[out.length - 1];
    if (!isWordToken(r.text)) {
      // "Physical-World", "Wi-Fi": a hyphen between two words with no space keeps them in one run.
      const nextText = texts[i + 1];
      const nextStart = starts[i + 1];
      if (r.text === '-' && prev && !prev.breaks && prev.end === r.start && nextText !== undefined && nextStart === r.start + 1 && nextText.length > 0 && isLetterOrNumber(nextText.codePointAt(0)!)) {
        out.push({ text: nextText, start: nextStart, end: nextStart + nextText.length, joined: true, breaks: false });
        i++;
        continue;
      }
      out.push({ text: r.text, start: r.start, end: r.start + r.text.length, joined: false, breaks: true });
      continue;
    }
    let text = r.text;
    let start = r.start;
    // "St. Louis Park", "U.S.": the dot of a name's abbreviation is part of the word, so the name is not cut
    // after it ("Louis Park") nor the abbreviation before it ("U.S").
    if (texts[i + 1] === '.' && starts[i + 1] === r.start + text.length && (DOTTED_RE.test(text) || (NAME_ABBREVIATIONS.has(text) && /^\p{Lu}/u.test(texts[i + 2] ?? '')))) {
      text += '.';
      i++;
    }
    if (ELIDING.has(lang)) {
      const m = ELISION_RE.exec(text);
      if (m) {
        out.push({ text: m[0], start, end: start + m[0].length, joined: false, breaks: true });
        start += m[0].length;
        text = text.slice(m[0].length);
      }
    }
    out.push({ text, start, end: start + text.length, joined: false, breaks: false });
  }
  return out;
}

/** A run of the characters of paths and addresses (ASCII letters, digits and URL punctuation). */
const PATH_CHARS_RE = /[\w.~%:?=&#+/\\-]+/gu;
/**
 * Text with its file names and paths (gate.ts's FILE_OR_PATH_RE) replaced by a break (a full stop would split the
 * sentence): cut out before tokenising so that neither the whole nor its pieces ("logo", "uploads") become topics.
 */
function withoutFilesAndPaths(text: string): string {
  // Most text has none: one scan settles it without a replacement per word.
  if (!FILE_OR_PATH_RE.test(text)) return text;
  return text.replace(PATH_CHARS_RE, (run) => (FILE_OR_PATH_RE.test(run) ? ' ; ' : run));
}

/** Body blocks at the top of a story whose opening dateline ("SIOUX FALLS, S.D. (AP) —") is stripped. */
const DATELINE_BLOCKS = 2;

/**
 * The text the topics are read from: title, headings and body blocks, the body bounded to MAX_CHARS. Page
 * furniture is left out by the shared boilerplate filter (core/text/boilerplate): bylines, share rows,
 * navigation, sign-offs, captions and credits name no topic, and the story's opening dateline neither.
 */
function segments(article: Article, lang: string): { text: string; where: Where }[] {
  const out: { text: string; where: Where }[] = [];
  if (article.title.trim()) out.push({ text: withoutFilesAndPaths(article.title), where: 'title' });
  const blocks: Block[] =
    article.blocks.length > 0
      ? article.blocks
      : article.text.slice(0, MAX_CHARS * 2).split(/\n\s*\n|\n/).map((text) => ({ kind: 'p' as const, text }));
  let chars = 0;
  let body = 0;
  for (const b of blocks) {
    if (chars >= MAX_CHARS) break;
    if (b.kind === 'pre' || !b.text.trim() || isBoilerplate(b.text, lang)) continue;
    const own = b.kind !== 'h' && body++ < DATELINE_BLOCKS ? (stripDateline(b.text) ?? b.text) : b.text;
    const text = own.length > MAX_CHARS - chars ? own.slice(0, MAX_CHARS - chars) : own;
    chars += text.length;
    out.push({ text: withoutFilesAndPaths(text), where: b.kind === 'h' ? 'heading' : 'body' });
  }
  return out;
}

const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

/** /^\p{Lu}/u.test(token), without the regular expression when the token starts with an ASCII character. */
function startsUpper(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 0x80 ? isAsciiUpper(c) : /^\p{Lu}/u.test(token);
}

/** /^\p{Ll}/u.test(token), likewise. */
function startsLower(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 0x80 ? isAsciiLower(c) : /^\p{Ll}/u.test(token);
}

/** /[\p{L}\p{N}]/u.test(token): an ASCII letter or digit settles it; so does a token that is all ASCII. */
function hasLetterOrDigit(token: string): boolean {
  let ascii = true;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x80) ascii = false;
    else if (isAsciiUpper(c) || isAsciiLower(c) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return ascii ? false : isWordToken(token);
}

/** NUMBERISH_RE.test(token); an ASCII character outside the class settles it without the expression. */
function isNumberish(token: string): boolean {
  let ascii = true;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      continue;
    }
    // [0-9.,%$:/-]
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c || c === 0x25 || c === 0x24 || c === 0x3a || c === 0x2f || c === 0x2d)) return false;
  }
  return ascii ? token.length > 0 : NUMBERISH_RE.test(token);
}

class Collector {
  readonly found = new Map<string, Occurrence>();
  private readonly info = new Map<string, TokenInfo>();
  private readonly stop: ReadonlySet<string>;
  private offset = 0;

  private readonly links: ReadonlySet<string>;

  constructor(private readonly lang: string, private readonly unspaced: boolean) {
    this.stop = stopwords(lang);
    this.links = NAME_LINKS[lang] ?? NO_LINKS;
  }

  private tokenInfo(token: string): TokenInfo {
    let ti = this.info.get(token);
    if (ti) return ti;
    const lower = token.toLowerCase().replace(/’/g, "'");
    const possessive = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
    // "st." is "st" for the word lists; the key keeps the dot ("u.s." is not "u.").
    const bare = possessive.endsWith('.') ? possessive.slice(0, -1) : possessive;
    const isWord = hasLetterOrDigit(token);
    const cap = startsUpper(token);
    // "New Zealand", "United States": capitalised, these stopwords are part of a name.
    // A lone capital ("X" of "OS X") is a stopword letter in some lists, yet may close a product's name.
    const letter = token.length === 1 && cap && token !== 'I' && token !== 'A';
    const content = isWord && ((!this.stop.has(lower) && !this.stop.has(bare)) || (cap && !!NAME_PARTS[this.lang]?.has(bare)) || letter);
    const generic = isGeneric(bare, this.lang);
    const numberish = isNumberish(token);
    const short = bare.length < 2 || (this.unspaced && CJK_RE.test(bare) && bare.length < 2);
    ti = {
      key: possessive.endsWith('.') ? possessive : this.lang === 'en' ? foldPlural(lower) : bare,
      content,
      edge: content && !numberish && !generic && !short,
      genericName: content && generic && cap && !numberish,
      cap,
      lower: startsLower(token),
      modelTail: isWord && MODEL_TAIL_RE.test(token),
      suffix: this.unspaced && token.length === 1 && CJK_NOUN_SUFFIXES.has(token),
    };
    this.info.set(token, ti);
    return ti;
  }

  /** The key a phrase would have (for the page's keywords). */
  keyOf(phrase: string): string {
    return tokenize(phrase.trim(), this.lang, this.unspaced)
      .filter((t) => !t.breaks)
      .map((t) => this.tokenInfo(t.text).key)
      .join(' ');
  }

  add(text: string, where: Where): void {
    for (const sentence of where === 'body' ? sentences(text, this.lang) : [text.replace(/\s+/g, ' ').trim()]) {
      const tokens = tokenize(sentence, this.lang, this.unspaced);
      let run: Token[] = [];
      // Each run token's info, looked up once here for flush().
      let infos: TokenInfo[] = [];
      let sentenceStart = true;
      // The word that ended the last run: German nouns follow their article ("die Datenbank"), names rarely do.
      let lastBreak = '';
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (!t.breaks) {
          // "Alexander Van der Bellen", "Ursula von der Leyen", "Food and Agriculture Organisation": a name's
          // particles and an organisation's "and" keep the name whole instead of cutting it into fragments.
          if (run.length > 0 && this.linksName(tokens, k, run, infos)) {
            run.push(t);
            infos.push({ ...LINK_INFO, key: t.text.toLowerCase() });
            continue;
          }
          const info = this.tokenInfo(t.text);
          if (info.content) {
            run.push(t);
            infos.push(info);
            continue;
          }
          // "Double Opt-In", "state-of-the-art": a stopword inside a hyphenated compound is part of it.
          if (run.length > 0 && (t.joined || tokens[k + 1]?.joined) && isWordToken(t.text)) {
            run.push(t);
            infos.push({ ...info, content: true, edge: t.joined, cap: info.cap });
            continue;
          }
        }
        // "Department of Environmental Protection", "Quai d’Orsay": a name's linking word between two of its
        // capitalised words stays in the run, as a part that never starts or ends a phrase.
        const next = tokens[k + 1];
        if (run.length > 0 && infos[infos.length - 1]!.cap && next && !next.breaks && this.links.has(t.text.toLowerCase()) && startsUpper(next.text) && this.tokenInfo(next.text).content) {
          run.push(t);
          infos.push({ ...LINK_INFO, key: t.text.toLowerCase().replace(/’/g, "'") });
          continue;
        }
        // A hyphenated compound split by a stopword part ("state-of-the-art") is not cut in two.
        if (run.length > 0) this.flush(run, infos, sentence, where, sentenceStart, lastBreak);
        run = [];
        infos = [];
        sentenceStart = false;
        lastBreak = t.text;
      }
      if (run.length > 0) this.flush(run, infos, sentence, where, sentenceStart, lastBreak);
      this.offset += sentence.length + 1;
    }
  }

  /**
   * Whether token k links the capitalised words around it into one name: a surname particle ("van", "der" of
   * "Van der Bellen", "de la") or, in English, the "and" of an organisation's name ("Food and Agriculture
   * Organisation"). German capitalises every noun, so there a lone "von" ("Bau von Wohnungen") links nothing;
   * "von der", "van den" do.
   */
  private linksName(tokens: Token[], k: number, run: Token[], infos: TokenInfo[]): boolean {
    const word = tokens[k]!.text.toLowerCase();
    const prev = run[run.length - 1]!.text.toLowerCase();
    const prevInfo = infos[infos.length - 1]!;
    const next = tokens[k + 1];
    if (!next || next.breaks) return false;
    if (SECOND_PARTICLES.has(word)) return FIRST_PARTICLES.has(prev) && startsUpper(next.text) && this.tokenInfo(next.text).content;
    if (FIRST_PARTICLES.has(word) && startsLower(tokens[k]!.text) && prevInfo.cap && !prevInfo.link) {
      const after = tokens[k + 2];
      // German "zu den", "da die" are prepositions and articles before any noun: there only "von der", "van den" link.
      if (SECOND_PARTICLES.has(next.text.toLowerCase()) && after && !after.breaks && startsUpper(after.text)) return this.lang !== 'de' || DE_SURNAME_PARTICLES.has(word);
      return this.lang !== 'de' && startsUpper(next.text) && this.tokenInfo(next.text).content;
    }
    // "Bundesamt für Strahlenschutz", "Institut für Virologie": a German institution's "für".
    if (word === 'für' && this.lang === 'de' && prevInfo.cap && !prevInfo.link && DE_INSTITUTION_RE.test(prev)) return startsUpper(next.text) && this.tokenInfo(next.text).content;
    if (word === 'and' && this.lang === 'en' && prevInfo.cap && !prevInfo.link) {
      // Up to three capitalised words, the last an organisation's head noun.
      for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
        const w = tokens[j]!;
        if (w.breaks || !startsUpper(w.text)) return false;
        if (ORGANISATION_HEADS.has(w.text.toLowerCase())) return true;
      }
    }
    return false;
  }

  private flush(run: Token[], infos: TokenInfo[], sentence: string, where: Where, atSentenceStart: boolean, before: string): void {
    const determined = this.lang === 'de' && DE_DETERMINERS.has(before.toLowerCase());
    for (let i = 0; i < run.length; i++) {
      // A phrase never starts or ends inside a hyphenated compound ("Fi" of "Wi-Fi").
      if (run[i]!.joined) continue;
      // The phrase grows one word at a time: its key and whether every word is capitalised are extended,
      // not rebuilt, for each length (this loop runs for every content word of the page).
      let key = '';
      let allCap = true;
      let links = 0;
      for (let len = 1; len <= MAX_WORDS + links && i + len <= run.length; len++) {
        const j = i + len - 1;
        const b = infos[j]!;
        if (b.link) links++;
        key = len === 1 ? b.key : `${key} ${b.key}`;
        const capBefore = allCap;
        allCap &&= b.cap;
        if (j + 1 < run.length && run[j + 1]!.joined) continue;
        const a = infos[i]!;
        const nameEdges = len > 1 && allCap;
        const modelEnd = len > 1 && capBefore && b.modelTail && a.edge;
        const suffixEnd = len > 1 && b.suffix && infos[j - 1]!.content && run[j - 1]!.text.length > 1;
        if (!(a.edge || (nameEdges && a.genericName)) || !(b.edge || (nameEdges && b.genericName) || modelEnd || suffixEnd)) continue;
        if (this.unspaced && len === 1 && run[i]!.text.length < 2) continue;
        let occ = this.found.get(key);
        if (!occ) {
          occ = {
            tokens: run.slice(i, j + 1).map((t) => t.text),
            key,
            first: this.offset,
            count: 0,
            bodyCount: 0,
            capitalised: 0,
            lowercase: 0,
            modifier: 0,
            determined: 0,
            inTitle: false,
            surface: new Map(),
          };
          this.found.set(key, occ);
        }
        occ.count++;
        let surface = sentence.slice(run[i]!.start, run[j]!.end);
        // The possessive goes (/['’]s$/u, tested by character: this runs for every phrase occurrence).
        if (surface.endsWith('s') && surface.length >= 2) {
          const q = surface.charCodeAt(surface.length - 2);
          if (q === 0x27 || q === 0x2019) surface = surface.slice(0, -2);
        }
        occ.surface.set(surface, (occ.surface.get(surface) ?? 0) + (where === 'body' ? 2 : 1));
        if (where === 'title') {
          occ.inTitle = true;
          occ.titleCased ||= allCap;
        }
        if (where !== 'body') continue;
        occ.bodyCount++;
        // Capitals at the start of a sentence say nothing; elsewhere in running text they mark a name.
        const atStart = atSentenceStart && i === 0;
        if (!this.unspaced && !atStart && (allCap || modelEnd)) occ.capitalised++;
        if (a.lower) occ.lowercase++;
        if (len === 1 && i + 1 < run.length && !run[i + 1]!.joined) occ.modifier++;
        if (len === 1 && i === 0 && determined) occ.determined++;
      }
    }
  }
}

/** A German word that declines: a capital, then lower-case letters (no acronym, no digits). */
const DE_DECLINABLE_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
/** German adjective suffixes with their endings ("lankische", "wichtigen", "natürlicher"). */
const DE_ADJECTIVE_RE = /(?:isch|ig|lich|bar|sam|haft)(?:e|en|em|er|es)?$/u;
/** A German word less its case or adjective ending, for grouping the forms of one phrase. */
const DE_ENDING_RE = /(?:en|em|es|er|e|n|m|s|r)$/u;

/**
 * "Deutschen Roten Kreuz", "Deutsche Rote Kreuz" and "Deutsches Rotes Kreuz"; "Festspielen Erl" and "Festspiele
 * Erl": German declines a name's adjectives and nouns, and each form would be counted apart and fall below the
 * recurrence bar. Forms whose words differ only by their endings are one phrase, counted together and shown in
 * the form that reads as the nominative (refine.ts nominativePreference), when the page writes it.
 */
function mergeGermanCaseForms(found: Map<string, Occurrence>): [form: Occurrence, into: Occurrence][] {
  const merged: [Occurrence, Occurrence][] = [];
  const groups = new Map<string, Occurrence[]>();
  for (const occ of found.values()) {
    // Words only: an acronym's letters are no ending ("HTTPS" is not "HTTP" declined), and a phrase ending
    // in an adjective ("Sri Lankische") is a modifier cut from its noun, whatever its case.
    if (!occ.tokens.every((t) => DE_DECLINABLE_RE.test(t)) || DE_ADJECTIVE_RE.test(occ.key)) continue;
    const stems = occ.key.split(' ').map((w) => w.replace(DE_ENDING_RE, ''));
    if (stems.some((w) => w.length < 3)) continue;
    const group = stems.join(' ');
    const list = groups.get(group);
    if (list) list.push(occ);
    else groups.set(group, [occ]);
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    let best = list[0]!;
    for (const occ of list.slice(1)) {
      const pref = nominativePreference(occ.key, best.key);
      if (pref > 0 || (pref === 0 && occ.count > best.count)) best = occ;
    }
    for (const occ of list) {
      if (occ === best) continue;
      best.count += occ.count;
      best.bodyCount += occ.bodyCount;
      best.capitalised += occ.capitalised;
      best.lowercase += occ.lowercase;
      best.determined += occ.determined;
      best.modifier += occ.modifier;
      best.first = Math.min(best.first, occ.first);
      best.inTitle ||= occ.inTitle;
      best.titleCased ||= occ.titleCased;
      // The surface counts stay the nominative's: its spelling is the label.
      found.delete(occ.key);
      merged.push([occ, best]);
    }
  }
  return merged;
}

/** A scored candidate: the same shape refineCandidates cleans. */
type Scored = Candidate;

function bestSurface(occ: Occurrence): string {
  let best = '';
  let n = -1;
  for (const [s, c] of occ.surface) if (c > n || (c === n && s < best)) [best, n] = [s, c];
  // A word shouted in capitals ("STOLEN") that the page also writes in normal case is shown in normal case;
  // one seen only in capitals is kept for refine.ts to judge as an acronym or not.
  if (occ.tokens.length === 1 && [...best].length > MAX_ACRONYM_LETTERS && best === best.toUpperCase() && best !== best.toLowerCase()) {
    let normal = '';
    let m = -1;
    for (const [s, c] of occ.surface) if (s !== s.toUpperCase() && (c > m || (c === m && s < normal))) [normal, m] = [s, c];
    if (normal) return normal;
  }
  return best;
}

/**
 * A single word used nearly always to modify the next one: an adjective ("physical" in "physical laws",
 * "physical world") or a nationality ("Sudanese government"). English only: elsewhere adjectives follow nouns
 * and the test would drop nouns instead.
 */
function isModifier(occ: Occurrence, lang: string, entity: boolean): boolean {
  if (lang !== 'en' || occ.tokens.length !== 1 || occ.bodyCount === 0) return false;
  const share = occ.modifier / occ.bodyCount;
  const word = occ.key;
  if (entity) return DEMONYM_RE.test(word) && share >= 0.6;
  return (ADJECTIVE_EN_RE.test(word) && share >= 0.5) || share >= 0.8;
}

/**
 * "neighboring South Sudan", "American officials": a modifier in front of a name, or a nationality in front of
 * a common noun, is not a concept of its own. The name (or the nation) is the topic.
 */
function modifiesName(occ: Occurrence, found: Map<string, Occurrence>, lang: string): boolean {
  const [first, ...rest] = occ.tokens;
  if (!first) return false;
  const capRest = rest.every((t) => /^\p{Lu}/u.test(t));
  // In any cased language: "ministre Andrej Babiš", "naturopathe Olivier Panisset" are the person. German
  // capitalises every noun, so there an adjective before one noun ("streunende Hunde") is a term.
  // A numeral after a common noun ("golpe II") belongs to it.
  const named = rest.length > 1 || !/^(?:[IVX]+|\d+)$/u.test(rest[0] ?? '');
  if (/^\p{Ll}/u.test(first) && capRest && named && (lang !== 'de' || rest.length > 1) && !found.get(occ.key.split(' ')[0]!)?.capitalised) return true;
  if (lang !== 'en') return false;
  const lowerRest = rest.every((t) => /^\p{Ll}/u.test(t));
  return /^\p{Lu}\p{Ll}+$/u.test(first) && DEMONYM_RE.test(first.toLowerCase()) && lowerRest;
}

/** Clause-like English words: past and present participles, adverbs. */
const EN_CLAUSE_WORD_RE = /(?:ed|ing|ly)$/;

/** A phrase of the title the body says once, taken for a term all the same (see extractTopics). */
function headlineTerm(occ: Occurrence, found: Map<string, Occurrence>, lang: string): boolean {
  if (!occ.inTitle) return false;
  const words = occ.key.split(' ');
  const recurs = (w: string) => (found.get(w)?.bodyCount ?? 0) >= 2;
  if (occ.titleCased && words.every(recurs)) return true;
  return lang === 'en' && recurs(words[words.length - 1]!) && !words.some((w) => EN_CLAUSE_WORD_RE.test(w));
}

export function extractTopics(article: Article, lang: string): Topic[] {
  const segs = segments(article, lang);
  if (segs.length === 0) return [];
  const sample = segs.map((s) => s.text).join('\n').slice(0, 2000);
  const unspaced = lang === 'zh' || lang === 'ja' || UNSPACED_RE.test(sample);
  const collector = new Collector(lang, unspaced);
  let length = 0;
  for (const s of segs) {
    collector.add(s.text, s.where);
    length += s.text.length + 1;
  }
  const found = collector.found;

  const boost = new Set(article.signals.keywords.map((k) => collector.keyOf(k)).filter(Boolean));

  // "Obama" after "Barack Obama", "Grace" beside "Grace Mugabe": the full name is the topic.
  if (!unspaced) {
    foldNameParts(found, (k) => {
      const w = found.get(k);
      // Seen in lower case or after an article ("der Konzern"), a word is a common noun, not part of a name.
      return isGeneric(k, lang) || (!!w && (w.lowercase > 0 || w.determined > 0));
    });
  }

  // A merged case form's key answers for its nominative ("rotes" of "deutsches rotes kreuz" is "rote").
  const merged = lang === 'de' ? mergeGermanCaseForms(found) : [];
  const aliases = new Map(merged.map(([form, into]) => [form.key, into.key]));
  // The merged forms still subsume their parts, with the count of the phrase they joined ("Roten" inside
  // "Deutschen Roten Kreuz" is that name, however the page declines it).
  const mergedForms = merged.map(([form, into]): Occurrence => ({ ...form, count: into.count }));

  // Acronyms and their expansions share one entry: "LLMs" and "large language models".
  const acronyms = new Map<string, string>();
  for (const [key, occ] of found) {
    const a = occ.tokens.length === 1 ? acronymKey(occ.tokens[0]!) : null;
    if (a) acronyms.set(a, key);
  }
  // Without an acronym on the page no phrase has one to merge into: the pass over every phrase is skipped.
  // The first code unit of each acronym's key: a phrase whose initials start otherwise has none to merge into,
  // which settles most phrases without building their initials.
  const acronymStarts = new Set<number>();
  // Expansions merged into their acronym: their parts ("People Power", "Party" of "People Power Party" = "PPP")
  // are subsumed below as if the expansion were still there.
  const expansions: Occurrence[] = [];
  for (const a of acronyms.keys()) acronymStarts.add(a.charCodeAt(0));
  for (const [key, occ] of acronyms.size > 0 ? found : []) {
    if (occ.tokens.length < 2 || !acronymStarts.has(occ.tokens[0]![0]!.toLowerCase().charCodeAt(0))) continue;
    const init = initialsKey(occ.tokens);
    const target = init ? acronyms.get(init) : undefined;
    if (!target || target === key) continue;
    const acr = found.get(target)!;
    acr.count += occ.count;
    acr.bodyCount += occ.bodyCount;
    acr.first = Math.min(acr.first, occ.first);
    acr.inTitle ||= occ.inTitle;
    // A proper name the page spells out ("People Power Party (PPP)") is shown spelled out: the reader may not
    // know the letters. A common phrase ("large language models") keeps its usual acronym.
    const words = nameWords(occ.tokens);
    if (words.length <= 3 && occ.capitalised > 0 && words.every((t) => startsUpper(t))) {
      acr.surface = occ.surface;
      acr.tokens = occ.tokens;
      acr.capitalised += occ.capitalised;
    }
    found.delete(key);
    expansions.push(occ);
  }

  // A word that nearly always occurs inside one longer phrase ("Yann" in "Yann LeCun") is that phrase.
  const subsumed = new Set<string>();
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  for (const occ of [...found.values(), ...expansions, ...mergedForms]) {
    // A phrase seen once can only subsume parts seen once, and those are dropped below anyway (they do not
    // recur) unless the page's keywords name them.
    const key = occ.key;
    if (!key.includes(' ') || (occ.count === 1 && boost.size === 0)) continue;
    // The words of the key as split(' ') gives them, by offsets: word w is key[wordStarts[w], wordEnds[w]), and
    // the sub-phrase of words i..j is the slice key[wordStarts[i], wordEnds[j]) (words are joined by single spaces),
    // which is cheaper to look up than the same string built by concatenation.
    wordStarts.length = 0;
    wordEnds.length = 0;
    let from = 0;
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', from)) {
      wordStarts.push(from);
      wordEnds.push(at);
      from = at + 1;
    }
    wordStarts.push(from);
    wordEnds.push(key.length);
    const n = wordStarts.length;
    for (let i = 0; i < n; i++) {
      for (let len = 1; i + len <= n && len < n; len++) {
        const sub = key.slice(wordStarts[i]!, wordEnds[i + len - 1]!);
        const o = found.get(sub) ?? (aliases.size > 0 ? found.get(aliases.get(sub) ?? '') : undefined);
        if (o && occ.count >= 0.8 * o.count) subsumed.add(o.key);
      }
    }
  }

  // A capitalised word never written alone, only inside names ("Party" of "People Power Party" and "Democratic
  // Party", "Tribunal" of "Supremo Tribunal Federal"), is part of those names, not a topic of its own.
  if (!unspaced) {
    const inNames = new Map<string, number>();
    for (const occ of found.values()) {
      if (occ.tokens.length !== 2 || !occ.tokens.every((t) => startsUpper(t))) continue;
      for (const w of occ.key.split(' ')) inNames.set(w, (inNames.get(w) ?? 0) + occ.count);
    }
    for (const [key, occ] of found) {
      if (occ.tokens.length === 1 && startsUpper(occ.tokens[0]!) && occ.count - (inNames.get(key) ?? 0) <= 0 && !boost.has(key)) subsumed.add(key);
    }
  }

  const scored: Scored[] = [];
  for (const [key, occ] of found) {
    if (subsumed.has(key)) continue;
    const boosted = boost.has(key);
    // Only the title or a heading naming it is not enough: the article must talk about it.
    if (occ.bodyCount === 0 && !boosted) continue;
    const multi = occ.tokens.length > 1;
    // German capitalises every noun: one mostly seen after its article is a common noun, not a name.
    // A German word also seen after an article and not named by the title is a common noun the story uses
    // ("die Länge", "die Kosten"): it may still be the theme, as any common word, not a name.
    const entity = occ.capitalised > 0 && occ.capitalised > occ.lowercase && !(occ.tokens.length === 1 && (occ.determined * 2 > occ.bodyCount || (occ.determined > 0 && !occ.inTitle)));
    const acronym = occ.tokens.length === 1 && acronymKey(occ.tokens[0]!) !== null;
    // A single common word needs to recur in the body to count; names, acronyms and phrases less so.
    // A word of the headline the body repeats is the article's subject ("Glyphosat", "halibut") even when common.
    if (multi || entity || acronym ? occ.count < 2 : occ.bodyCount < (occ.inTitle ? 2 : 3)) {
      if (!boosted) continue;
    }
    if (!boosted && isModifier(occ, lang, entity)) continue;
    if (!boosted && multi && !unspaced && modifiesName(occ, found, lang)) continue;
    const best = bestSurface(occ);
    // A phrase of common words is a term only when the article repeats it in its body ("gun control"):
    // once in the title and once below it is mostly a clause cut from both ("militares enviaram", "quiso
    // impedir").
    // A term of common words runs to three ("corrosive rock salt"); four is a clause ("require
    // telecommunications service providers") or filler text ("et dolore magna aliqua").
    if (!boosted && occ.tokens.length > 3 && !unspaced && !/\p{Lu}/u.test(best)) continue;
    // A Title Case headline's phrase whose every word the body repeats ("Manhole Fires" ... "manhole",
    // "fires") still is; in a sentence-case headline it is running text like the body's, except an English
    // noun phrase whose head the body repeats ("harbour ferry" ... "the ferry company"): English puts the head
    // last, and a verb or adverb there ("released", "burning", "literally") marks a clause.
    if (!boosted && multi && !unspaced && occ.bodyCount < 2 && !/\p{Lu}/u.test(best) && !headlineTerm(occ, found, lang)) continue;
    // German ends a noun phrase with its capitalised noun: a lower-case last word is the verb of the clause
    // ("Autohäuser rechnen", "Beschleunigung wagen") or an adverb.
    if (!boosted && multi && lang === 'de' && startsLower(occ.tokens[occ.tokens.length - 1]!)) continue;
    const position = 1 - Math.min(occ.first / Math.max(length, 1), 1) * 0.5;
    let score = Math.log2(1 + occ.count) * position * (multi ? 1.6 + 0.2 * (occ.tokens.length - 2) : 1);
    if (entity || acronym) score *= 1.3;
    if (occ.inTitle) score *= 1.5;
    if (boosted) score *= 1.5;
    const label = unspaced && !/\s/.test(best) ? best : best.replace(/\s+/g, ' ');
    scored.push({ key, label, tokens: occ.tokens, entity: entity || acronym, score, count: occ.count, first: occ.first });
  }
  scored.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  return choose(refineCandidates(scored, { lang, publisher: article.siteName, sections: pageSectionKeys(article.signals.sectionHints) }), lang);
}

/**
 * The best topics, one per concept: a phrase inside a chosen one is dropped unless it mostly occurs on its own
 * ("Mozilla" beside "Mozilla Foundation"); a longer phrase replaces a chosen part it mostly occurs with ("Yann
 * LeCun" after "LeCun"); two common phrases on the same modifier ("physical world", "physical AI") are one
 * topic, the better scored.
 */
function choose(scored: Scored[], lang: string): Topic[] {
  const chosen: Scored[] = [];
  const firstWord = (s: Scored) => s.key.split(' ')[0]!;
  let dropped = 0;
  for (const s of scored) {
    const inside = chosen.find((c) => contains(c.key, s.key));
    // Segmented CJK words are parts of their compound, however often they recur alone.
    // A part that is mentioned first and mostly alone is a topic of its own ("Mozilla"); a surname is not.
    if (inside && (CJK_RE.test(s.key) || s.count < 2 * inside.count || s.first >= inside.first)) continue;
    const part = inside ? -1 : chosen.findIndex((c) => contains(s.key, c.key));
    if (part >= 0) {
      // A full name beats the surname it is later shortened to; other phrases must recur often enough.
      const prev = chosen[part]!;
      // The full name comes first ("Yann LeCun ... LeCun"); "Sudan ... South Sudan" is another place.
      const isName = s.entity && prev.entity && acronymKey(prev.tokens[0]!) === null && s.first <= prev.first;
      if (isName || s.count * 3 >= prev.count) {
        chosen[part] = { ...s, score: Math.max(s.score, prev.score) };
        // The replacement may also cover another chosen part ("Yann" after "LeCun").
        for (let i = chosen.length - 1; i >= 0; i--) if (i !== part && contains(s.key, chosen[i]!.key)) chosen.splice(i, 1);
      }
      continue;
    }
    if (chosen.length + dropped >= MAX_TOPICS) continue;
    if (lang === 'en' && s.tokens.length > 1 && chosen.some((c) => c.tokens.length > 1 && firstWord(c) === firstWord(s) && (!s.entity || !c.entity))) continue;
    // A lone common word ("president", "sale", "loi") is a topic only as the article's theme: the best two.
    // Its place is not handed to a weaker candidate: fewer topics beat filler.
    // German nouns are capitalised like names: a word on the list is no topic alone either way.
    if ((isThemeWord(s) || (lang === 'de' && s.tokens.length === 1)) && !mayBeTheme(s.key, lang)) continue;
    // German writes every noun with a capital: a lone lower-case German word is a verb or an adjective.
    if (lang === 'de' && isThemeWord(s) && /^\p{Ll}/u.test(s.label)) continue;
    if (isThemeWord(s) && chosen.filter(isThemeWord).length >= MAX_THEME_WORDS) {
      dropped++;
      continue;
    }
    if (chosen.length + dropped < MAX_TOPICS) chosen.push(s);
  }
  chosen.sort((a, b) => b.score - a.score);
  const top = chosen[0]?.score ?? 1;
  return chosen.map((c) => {
    const type = topicType(c.label, { entity: c.entity, tokens: c.tokens });
    return {
      label: c.label,
      kind: c.entity ? 'entity' : 'keyphrase',
      ...(type ? { type } : {}),
      score: Math.round((c.score / top) * 1000) / 1000,
    };
  });
}

/**
 * A single common word of a cased script, not a name or an acronym: "surveillance", "taça", German
 * "Datenbank". Words of scripts without case (CJK) are not counted: there every word is segmented alone.
 */
function isThemeWord(s: Scored): boolean {
  return !s.entity && s.tokens.length === 1 && s.label.toLowerCase() !== s.label.toUpperCase() && !/\d/.test(s.label);
}

/** Whether phrase key `outer` contains `inner` as whole words (or, for CJK keys, as a substring). */
function contains(outer: string, inner: string): boolean {
  if (outer === inner) return false;
  if (!outer.includes(' ') && !inner.includes(' ')) return outer.includes(inner) && CJK_RE.test(inner);
  return ` ${outer} `.includes(` ${inner} `);
}
