/**
 * Where ICU's sentence rules break too early. ICU ends a sentence at every full stop followed by a space and a
 * capital, so "Mr. Rudolph", "(Nov. 18)", "John F. Kennedy", "Am 18. November", "O prof. Silva" and
 * "WASHINGTON, Calif. (AP) —" come out in pieces, and a TL;DR quoting one piece reads as a cut sentence. This
 * joins a piece to the next when the full stop ends an abbreviation, an initial or an ordinal rather than
 * the sentence.
 */

/** Abbreviations that precede a name: the next piece always continues the sentence. */
const TITLES = new Set(
  (
    // English
    'mr mrs ms messrs dr prof gen sen rep gov lt col sgt capt cmdr adm maj pres supt insp det rev fr hon st mt ft ' +
    // US states as datelines write them
    'ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ' +
    // German, French, Spanish, Portuguese, Italian, Dutch
    'hr fr frl dipl ing mme mlle mgr sr sra srta dña dn sres dra profa sig dott avv arch geom ' +
    // Russian
    'г гг ул им пр проф акад д тов'
  ).split(' '),
);

/** Abbreviations that precede a number ("Nov. 18", "No. 5", "p. 12"). */
const BEFORE_NUMBER = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'no nos nr nº art vol p pp fig ch sec tab ed op cap n núm num abs'
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

/** Month names: "18." before one is an ordinal date ("Am 18. November"). */
const MONTHS = new Set(
  (
    'januar februar märz april mai juni juli august september oktober november dezember jänner ' +
    'january february march may june july october december ' +
    'janvier février mars avril juin juillet août septembre octobre novembre décembre ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre ' +
    'janeiro fevereiro março maio junho julho setembro outubro dezembro'
  ).split(' '),
);

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

/** True when `next` continues the sentence that `piece` seemed to end. */
function continues(piece: string, next: string): boolean {
  const first = firstWord(next);
  if (AGENCY_NEXT_RE.test(next)) return true;
  if (QUOTED_END_RE.test(piece)) return first !== '' && LOWER_RE.test(first);
  const word = lastWord(piece);
  if (!word) return false;
  const lower = word.toLowerCase();
  // "etc.", "Inc.", "vs." before a lower-case word: the sentence goes on.
  if (LOWER_RE.test(first)) return true;
  if (TITLES.has(lower)) return first !== '';
  if (BEFORE_NUMBER.has(lower)) return DIGIT_RE.test(first);
  // An ordinal date: "Am 18. November", "le 3. mai" (English writes no full stop there).
  if (/^\d{1,2}$/.test(word)) return MONTHS.has(first.toLowerCase());
  // Initials: "J. R. R. Tolkien", "John F. Kennedy", "z. B.". A single letter after a lower-case word is the end of
  // a sentence more often than not ("vitamin C."), so only initials that follow a name or another initial join.
  if (/^\p{L}$/u.test(word)) {
    if (!first) return false;
    const prev = wordBefore(piece, word);
    return prev === '' || UPPER_RE.test(prev) || prev.endsWith('.') || /^\p{Ll}$/u.test(word);
  }
  // "U.S.", "U.K.", "e.g.": dotted abbreviations end a sentence unless what follows is what they qualify.
  if (/^(?:\p{L}\.){1,4}\p{L}$/u.test(word)) return AFTER_COUNTRY.has(first.toLowerCase());
  return false;
}

/** Joins the pieces of one paragraph where continues() says the break was an abbreviation's full stop. */
export function joinAbbreviations(pieces: string[]): string[] {
  if (pieces.length < 2) return pieces;
  const out: string[] = [];
  let cur = pieces[0]!;
  for (let i = 1; i < pieces.length; i++) {
    const next = pieces[i]!;
    if (continues(cur, next)) cur += next;
    else {
      out.push(cur);
      cur = next;
    }
  }
  out.push(cur);
  // ICU leaves an opening quote at the end of the sentence before it ("…上。“"): it belongs to the next one.
  for (let i = 0; i + 1 < out.length; i++) {
    const m = TRAILING_OPEN_QUOTE_RE.exec(out[i]!);
    if (m) {
      out[i] = out[i]!.slice(0, m.index);
      out[i + 1] = m[0].trim() + out[i + 1]!;
    }
  }
  return out;
}

const TRAILING_OPEN_QUOTE_RE = /\s{0,3}[“「『«„]\s*$/u;
