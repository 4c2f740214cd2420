/**
 * Index terms for matching questions to sentences: Intl.Segmenter words, case- and width-folded, English words
 * lightly stemmed, function words dropped, and Chinese/Japanese runs also cut into character bigrams (ICU's
 * dictionary words and the reader's wording often disagree; bigrams still overlap).
 *
 * The stopword lists are short on purpose: this module can run in the popup, where stopwords-iso's full table
 * would cost more than the rest of the engine. Rare words dominate BM25 anyway; these lists only stop
 * "the"/"of"/"的" from counting as evidence.
 */
import { CJK_RE, normalizeToken, words } from '../text/segment';
import { cjkRunRe } from '../text/scripts';
import { lemmaEn, ordinalNumber } from './askLemmas';

const EN_STOP = new Set(
  (
    'a an the and or but if then else of to in on at by for with from into onto over under about as than so ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can ' +
    'could may might must it its it\'s this that these those there here he she they them their his her hers him ' +
    'we us our you your i me my mine not no nor also just only very too more most much many such what which who ' +
    'whom whose when where why how whatever whichever one ones some any each every all both either neither other ' +
    'another same s t own up down out off again further once per via while during before after above below between ' +
    'through against among within without upon whether yet still even ever'
  ).split(' '),
);

const ZH_STOP = new Set(
  '的 了 是 在 和 与 及 或 也 都 就 而 又 并 把 被 对 于 从 向 为 以 之 其 该 此 这 那 这个 那个 这些 那些 一个 有 没有 不 很 等 个 吗 呢 吧 啊 著 着 過 过 之一'.split(
    ' ',
  ),
);

/** Wh-words and question particles: part of the question's shape, never evidence in a sentence. */
const QUESTION_WORDS_ZH_RE = /什么|什麼|哪里|哪裡|哪儿|哪兒|哪些|哪个|哪個|哪一|哪位|为什么|為什麼|为何|為何|怎么|怎麼|怎样|怎樣|如何|多少|几|幾|谁|誰|何时|何時|何处|何處|哪|吗|嗎|呢/g;

const CJK_RUN_RE = cjkRunRe();

/**
 * "What year...", "Which city...": the noun after the wh-word names the kind of answer, which the answer type
 * looks for; as a term it matches sentences that say "year" or "city" and hold no answer ("the game's media day"
 * for "What day was the game played on?").
 */
const EN_TYPE_HEAD_RE =
  /\b(?:what|which|in what|in which|on what|on which)\s+(?:year|years|day|days|date|month|century|decade|era|period|time|season|city|country|state|town|place|region|location|nation|continent|province|county|kind|type|sort)\b/gi;


/**
 * A light English stemmer: plurals, -ed, -ing, -ly and a few derivational endings. Porter's full algorithm
 * over-conflates proper nouns ("Broncos" -> "bronco" is fine, "United" -> "unit" is not), so only endings
 * that are nearly always inflection are removed, and only from words long enough to keep a stem.
 */
export function stem(word: string): string {
  let w = lemmaEn(ordinalNumber(word));
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 7 && w.endsWith('ation')) w = w.slice(0, -5);
  else if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('er') && !w.endsWith('eer')) w = w.slice(0, -2);
  // "create"/"created"/"creating" meet at "creat"; a final e is never distinctive.
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

export function isStopword(token: string): boolean {
  return EN_STOP.has(token) || ZH_STOP.has(token);
}

export interface TermOptions {
  /** Drop wh-words and question particles (for questions). */
  question?: boolean;
}

/** Index terms of a text: stemmed words without stopwords, plus CJK character bigrams. */
export function terms(text: string, lang: string, opts: TermOptions = {}): string[] {
  const src = opts.question ? text.replace(QUESTION_WORDS_ZH_RE, ' ').replace(EN_TYPE_HEAD_RE, ' ') : text;
  const out: string[] = [];
  for (const raw of words(src, lang)) {
    // French and Italian elisions: "d'infractions" is the word "infractions".
    const t = normalizeToken(raw).replace(/^(?:[cdjlmnst]|qu)['’](?=\p{L})/u, '');
    if (isStopword(t)) continue;
    if (CJK_RE.test(t)) {
      // Single CJK characters carry little meaning alone; the bigrams below cover them.
      if (t.length >= 2) out.push(t);
      continue;
    }
    out.push(stem(t));
  }
  for (const run of src.match(CJK_RUN_RE) ?? []) {
    if (run.length === 1) {
      if (!ZH_STOP.has(run)) out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) {
      const bigram = run.slice(i, i + 2);
      // Bigrams made of two function characters ("的是") match everything.
      if (ZH_STOP.has(bigram[0]!) && ZH_STOP.has(bigram[1]!)) continue;
      out.push('\u2021' + bigram);
    }
  }
  return out;
}
