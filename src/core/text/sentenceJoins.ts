/**
 * Where ICU's sentence rules break too early. ICU ends a sentence at every full stop followed by a space and a
 * capital, so "Mr. Rudolph", "(Nov. 18)", "John F. Kennedy", "Am 18. November", "O prof. Silva" and
 * "WASHINGTON, Calif. (AP) —" come out in pieces, and a TL;DR quoting one piece reads as a cut sentence. This
 * joins a piece to the next when the full stop ends an abbreviation, an initial or an ordinal rather than
 * the sentence.
 */

import { UNSPACED_RE } from './scripts';
import { allNames, MONTHS as CALENDAR_MONTHS } from './calendar';

/** Abbreviations that precede a name: the next piece always continues the sentence. */
const TITLES = new Set(
  (
    // English
    'mr mrs ms messrs dr prof gen sen rep gov lt col sgt capt cmdr adm maj pres supt insp det rev fr hon st mt ft ' +
    'atty amb cpl pvt msgr rt ' +
    // US states as datelines write them
    'ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ' +
    // German, French, Spanish, Portuguese, Italian, Dutch
    'hr fr frl dipl ing mme mlle mgr sr sra srta dña dn sres dra profa sig dott avv arch geom ' +
    'ste lic arq gral cnel tte sto sta ud uds vd ' +
    // German and French abbreviations inside a sentence: "bzw. Sie", "ca. Hälfte", "vgl. Kapitel", "cf. Annexe"
    'bzw ca vgl ggf evtl inkl sog bspw mio mrd tsd cf env ' +
    // Russian
    'г гг ул им пр проф акад д тов'
  ).split(' '),
);

/** Titles that are titles only as written: French "M.", "MM.", "Me" ("5 m." is five metres, "told me." ends). */
const CASED_TITLES = new Set(['M', 'MM', 'Me', 'Pr']);

/** Abbreviations that precede a number ("Nov. 18", "No. 5", "p. 12"). */
const BEFORE_NUMBER = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'no nos nr nº art vol p pp fig ch sec tab ed op cap n núm num abs s pág nr abb kap bd'
  ).split(' '),
);

/** Words a capitalised piece starts with after "U.S." or "U.K." when the abbreviation did not end the sentence. */
const AFTER_COUNTRY = new Set(
  (
    'army navy air marine marines coast forces military senate house congress supreme court courts department embassy ' +
    'open president secretary treasury attorney census capitol dollar economy federal government officials intelligence ' +
    'special justice state states central bank soldiers troops trade ambassador citizens'
  ).split(' '),
);

/** Words a time's "a.m." or "p.m." runs into when the sentence goes on ("5 p.m. Friday", "9 a.m. ET"). */
const AFTER_TIME = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst ' +
    'local eastern central pacific mountain january february march april may june july august september october ' +
    'november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/**
 * German capitalises nouns, so "im 19. Jahrhundert", "am 2. Tag" and "die 2. Bundesliga" look like a number ending
 * a sentence and a new one starting. A sentence after a number opens with one of these (an article, a pronoun,
 * a preposition, a conjunction or an adverb); any other capitalised word after "19." is the noun the ordinal
 * counts.
 */
const GERMAN_OPENERS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines er sie es ich wir ihr man wer was wie wo wann warum ' +
    'weil wenn als ob dass doch aber und oder denn dann da dort hier so auch nun jetzt heute gestern morgen im in am ' +
    'an auf aus bei mit nach von vor zu zum zur für gegen ohne um unter über durch seit bis nicht kein keine keinen ' +
    'dies diese dieser dieses diesem diesen jener jede jeder jedes alle viele mehr mein meine sein seine ihre unser ' +
    'unsere deren dessen zudem außerdem allerdings trotzdem dennoch dabei damit danach davor dafür daher deshalb ' +
    'deswegen darum inzwischen mittlerweile seitdem zwar bereits schon noch immer laut insgesamt erst zuletzt ' +
    'später zuvor damals bisher nur sogar vor während wegen trotz neben zwischen hinter ebenfalls'
  ).split(' '),
);

/** Month names: "18." before one is an ordinal date ("Am 18. November"). */
const MONTHS = new Set(allNames(CALENDAR_MONTHS));

/** The word before the piece's final full stop ("Mr" of "... Mr."), with any dots inside ("U.S"), or ''. */
function lastWord(piece: string): string {
  let end = piece.length;
  while (end > 0 && /\s/.test(piece[end - 1]!)) end--;
  if (piece[end - 1] !== '.') return '';
  let i = end - 1;
  // Bounded: an abbreviation is short, and a long run of letters is a word that ends a sentence.
  const stop = Math.max(0, i - 20);
  while (i > stop && !/[\s(（"“'‘«[—–]/u.test(piece[i - 1]!)) i--;
  return piece.slice(i, end - 1);
}

/** The word before `word` in the piece, without its punctuation, or ''. */
function wordBefore(piece: string, word: string): string {
  const head = piece.trimEnd();
  const before = head.slice(0, head.length - word.length - 1).trimEnd();
  const m = /[\p{L}.]{1,30}$/u.exec(before.slice(-31));
  return m ? m[0] : '';
}

/** First word of the next piece, without leading quotes or brackets. */
function firstWord(piece: string): string {
  const m = /^[\s"“'‘«(（[]{0,3}([\p{L}\p{N}][\p{L}\p{N}.'’-]{0,30})/u.exec(piece);
  return m ? m[1]! : '';
}

const UPPER_RE = /^\p{Lu}/u;
const LOWER_RE = /^\p{Ll}/u;
const DIGIT_RE = /^\p{N}/u;
/** A wire tag then a dash opening the next piece: the place before it belongs to the same dateline. */
const AGENCY_NEXT_RE = /^\s{0,3}\(\s{0,3}\p{Lu}[\p{L} .&/'-]{0,30}\)\s{0,3}(?:--|—|–|-)/u;
/** A question or exclamation closed by a quote: "Is it over?" she asked. */
const QUOTED_END_RE = /[?!]\s{0,2}["”'’»]\s*$/u;

/** True when `next` continues the sentence that `piece` seemed to end. `lang` is the primary language subtag. */
function continues(piece: string, next: string, lang: string): boolean {
  const first = firstWord(next);
  if (AGENCY_NEXT_RE.test(next)) return true;
  if (QUOTED_END_RE.test(piece)) return first !== '' && LOWER_RE.test(first);
  const word = lastWord(piece);
  if (!word) return false;
  const lower = word.toLowerCase();
  // "etc.", "Inc.", "vs." before a lower-case word: the sentence goes on.
  if (LOWER_RE.test(first)) return true;
  if (TITLES.has(lower) || CASED_TITLES.has(word)) return first !== '';
  // "p. 12", "S. 5": a page before a number; the same letter before a name is an initial (see below).
  if (BEFORE_NUMBER.has(lower)) {
    if (DIGIT_RE.test(first)) return true;
    if (word.length > 1) return false;
  }
  if (/^\d{1,3}$/.test(word)) {
    // An ordinal date: "Am 18. November", "le 3. mai" (English writes no full stop there), "am 19. 3. 2020".
    if (MONTHS.has(first.toLowerCase())) return true;
    if (word.length <= 2 && /^\d{1,4}\b/.test(first)) return true;
    // A German ordinal before the noun it counts: "im 19. Jahrhundert".
    return lang === 'de' && UPPER_RE.test(first) && !GERMAN_OPENERS.has(first.toLowerCase());
  }
  // Initials: "J. R. R. Tolkien", "John F. Kennedy", "z. B.". A single letter after a lower-case word is the end of
  // a sentence more often than not ("vitamin C."), so only initials that follow a name or another initial join.
  if (/^\p{L}$/u.test(word)) {
    if (!first) return false;
    const prev = wordBefore(piece, word);
    // After a number the letter is a unit ("5 m.", "10 g."), not an initial.
    if (prev === '' && /\p{N}\s{0,2}\p{L}\.\s*$/u.test(piece)) return false;
    return prev === '' || UPPER_RE.test(prev) || prev.endsWith('.') || /^\p{Ll}$/u.test(word);
  }
  // "U.S.", "U.K.", "e.g.": dotted abbreviations end a sentence unless what follows is what they qualify.
  if (/^(?:\p{L}\.){1,4}\p{L}$/u.test(word)) {
    if (lower === 'a.m' || lower === 'p.m') return AFTER_TIME.has(first.toLowerCase());
    return AFTER_COUNTRY.has(first.toLowerCase());
  }
  return false;
}

/**
 * Joins the pieces of one paragraph where continues() says the break was an abbreviation's full stop, and where
 * a quotation opened in one piece closes within the next few (see quoteCloses). `lang` is the language tag.
 */
export function joinAbbreviations(pieces: string[], lang?: string | null): string[] {
  if (pieces.length < 2) return pieces;
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0]!;
  const out: string[] = [];
  let cur = pieces[0]!;
  let end = 0;
  for (let i = 1; i < pieces.length; i++) {
    const next = pieces[i]!;
    if (continues(cur, next, primary)) cur += next;
    else if ((end = quoteCloses(cur, pieces, i)) > 0) {
      // The quotation's sentences up to the one that closes it make one unit: a piece of a quotation shown
      // alone starts or ends mid-quote.
      for (; i <= end; i++) cur += pieces[i]!;
      i = end;
    } else {
      out.push(cur);
      cur = next;
    }
  }
  out.push(cur);
  for (let i = 0; i < out.length; i++) {
    const at = guillemetEnd(out[i]!);
    if (at > 0) out.splice(i, 1, out[i]!.slice(0, at), out[i]!.slice(at));
  }
  // ICU leaves an opening quote at the end of the sentence before it ("…上。“"): it belongs to the next one.
  for (let i = 0; i + 1 < out.length; i++) {
    const m = TRAILING_OPEN_QUOTE_RE.exec(out[i]!);
    // In German „…“ the same mark closes the quotation the piece opened: it stays where it is.
    if (m && !(m[0].includes('“') && germanBalance(out[i]!.slice(0, m.index)).curly > 0)) {
      out[i] = out[i]!.slice(0, m.index);
      out[i + 1] = m[0].trim() + out[i + 1]!;
    }
  }
  return out;
}

/** A sentence that ends inside guillemets, then the next sentence: "… arrêtera. » Puis il est parti." */
const GUILLEMET_END_RE = /[.!?…]\s{0,2}»\s+(?=[\p{Lu}«])/u;

/**
 * Where ICU did not break after a quotation closed by a guillemet, the offset the next sentence starts at, or 0.
 * Only where the text before it has closed every guillemet it opened.
 */
function guillemetEnd(piece: string): number {
  if (!piece.includes('»')) return 0;
  const m = GUILLEMET_END_RE.exec(piece);
  if (!m) return 0;
  const at = m.index + m[0].length;
  const before = piece.slice(0, at);
  return before.split('«').length === before.split('»').length && at < piece.length ? at : 0;
}

const TRAILING_OPEN_QUOTE_RE = /\s{0,3}[“「『«„]\s*$/u;

/** Pieces of a quotation joined at most: a longer quotation is a speech, whose sentences stand as they are. */
const QUOTE_SPAN = 3;
/** Characters a joined quotation may reach: a TL;DR line, not a paragraph. */
const QUOTE_CHARS = 450;

/**
 * Opening minus closing typographic double quotes in a Latin-script piece, and the parity of straight ones.
 * CJK corner brackets are left to ICU, which already breaks after 「…。」 as a whole.
 */
function quoteBalance(s: string): { curly: number; straight: number } {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c || c === 0xab || c === 0x201e) curly++;
    else if (c === 0x201d || c === 0xbb) curly--;
    else if (c === 0x22) straight++;
  }
  return { curly, straight: straight % 2 };
}

/**
 * When `cur` leaves a double quotation open and one of the next QUOTE_SPAN pieces closes it, the index of that
 * piece; else 0. German „…“ closes with the character English opens with, so a piece holding „ counts “ as closing.
 */
function quoteCloses(cur: string, pieces: string[], i: number): number {
  const german = cur.includes('„');
  // An opening quote ICU left at the end of the piece belongs to the next sentence (moved there below).
  const head = cur.replace(TRAILING_OPEN_QUOTE_RE, '');
  const open = german ? germanBalance(head) : quoteBalance(head);
  if (open.curly <= 0 && open.straight === 0) return 0;
  // Chinese and Japanese say as much in a third of the characters.
  const most = UNSPACED_RE.test(head) ? QUOTE_CHARS / 3 : QUOTE_CHARS;
  let len = head.length;
  for (let j = i; j < pieces.length && j < i + QUOTE_SPAN; j++) {
    const p = pieces[j]!;
    len += p.length;
    if (len > most) return 0;
    const b = german ? germanBalance(p) : quoteBalance(p);
    if (open.curly > 0 ? b.curly < 0 : b.straight === 1) return j;
    // Another quotation opening first: the pieces are not one quote.
    if (b.curly > 0) return 0;
  }
  return 0;
}

/** quoteBalance for German quotes: „ opens, “ closes (and » « the other way round). */
function germanBalance(s: string): { curly: number; straight: number } {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201e || c === 0xbb) curly++;
    else if (c === 0x201c || c === 0xab) curly--;
    else if (c === 0x22) straight++;
  }
  return { curly, straight: straight % 2 };
}
