/**
 * "Ask this article": ranks the article's sentences for a question and quotes the best ones.
 *
 * The ranking is BM25 over sentences (stemmed words, CJK bigrams) plus what BM25 cannot see:
 * - the paragraph: a sentence in a paragraph about the question's subject beats a stray match elsewhere;
 * - the kind of answer asked for: "when" wants a date, "how many" a number, "who" a name (answerType.ts);
 * - proximity: question words close together in the sentence, not scattered;
 * - coverage: matching most of the question's rare words beats matching one of them many times.
 * An answer is one sentence, or two adjacent ones when the first leans on the one before ("It was..."), or the
 * neighbour holds a good share of the question's words the sentence lacks (addedCoverage).
 * Below a calibrated confidence (GATE_MODEL, ANSWER_GATE) the article is taken not to answer.
 */
import type { Answer, Article, Block } from '../types';
import { hasAnswerType, questionType, type AnswerType } from './answerType';
import { isStopword, terms } from './askTerms';
import { relatedTerms } from './relations';
import { cjkRatio, normalizeToken, words } from '../text/segment';
import { HAN_RE } from '../text/scripts';
import { articleBlocks, sentenceUnits, spanText, type Unit } from './units';


/**
 * Weights of the signals beyond BM25, set on a subsample of SQuAD/CMRC; the Chinese ones (measure, bigram,
 * substr, substrSingles, cjkIdfPower, subjectLead) on the even-id CMRC documents only, and paragraph and
 * completes on the tuning halves of both (see docs/faq.md).
 */
export const ASK_WEIGHTS = {
  paragraph: 1,
  neighbour: 0.15,
  proximity: 0.1,
  coverage: 1.2,
  typeMatch: 0.35,
  typeMiss: 0.35,
  definition: 0.2,
  anchor: 0.4,
  measure: 0.5,
  bigram: 0.15,
  substr: 1,
  substrSingles: 0.3,
  cjkIdfPower: 2,
  related: 0.7,
  purpose: 0.6,
  subjectLead: 0.1,
  /** An answer takes in its neighbour when that adds this share of the question's weight (addedCoverage). */
  completes: 0.2,
  k1: 1.2,
  b: 0.75,
};

const ZH_WH_SRC = '什么|什麼|哪里|哪裡|哪儿|哪兒|哪些|哪个|哪個|哪一|哪位|哪|为什么|為什麼|为何|為何|怎么|怎麼|怎样|怎樣|如何|多少|几|幾|谁|誰|何时|何時|何处|何處';
const ZH_WH_RE = new RegExp(ZH_WH_SRC);
const ZH_WH_G_RE = new RegExp(ZH_WH_SRC, 'g');

/**
 * Chinese questions keep the answer's word order: "鲤鱼门天后庙是谁建的" is answered by "...由郑连昌建成", the
 * characters right around the question word sit right around the answer. The two characters on each side of
 * it are looked for verbatim.
 */
function slotAnchors(question: string): string[] {
  const m = ZH_WH_RE.exec(question);
  if (!m) return [];
  const out: string[] = [];
  const left = question.slice(Math.max(0, m.index - 2), m.index);
  const right = question.slice(m.index + m[0].length, m.index + m[0].length + 2);
  for (const a of [left, right]) if (/^[\u4e00-\u9fff]{2}$/.test(a) && !/^[的是了在有]+$/.test(a)) out.push(a);
  return out;
}

/**
 * "月代是什么？", "广茂铁路全长多少公里？": a Chinese question usually opens with its subject, and the sentence
 * that answers it usually opens with the same words ("月代，为传统日本…"), where a sentence that merely mentions
 * it ("…显露出之前月代的痕迹") does not. The Han run before the first verb-like or wh-word, two characters or more.
 */
function questionSubject(question: string): string | null {
  const m = /^[\u4e00-\u9fff·]{2,}?(?=是|有|的|在|于|於|为|為|全长|共|位于|位於|什么|什麼|哪|谁|誰|几|幾|多少|如何|怎|为什么|為什麼|何)/.exec(question);
  return m && m[0].length >= 2 ? m[0] : null;
}

/**
 * Answer types whose detectors are reliable enough to rank by. Names, places, reasons and manners were
 * measured too: their patterns fire on too many sentences (or too few, for Chinese names) and cost hits.
 */
const RANKED_TYPES = new Set<AnswerType>(['time', 'number', 'money']);

/** "X is a ...", "X refers to", "X是指", "又称": the sentence defines something. */
const DEFINES_RE =
  /\b(?:is|are|was|were) (?:a|an|the|one of)\b|\brefers? to\b|\b(?:defined|known) as\b|是指|指的是|是一(?:种|種|个|個|家|座|所|位|部|款|类|類|名|支|条|條)|又称|又稱|也称|也稱|简称|簡稱|，是|為一|为一/;

/** "What will the money be used for?", "What is it for?": the answer says what something does or pays for. */
const PURPOSE_Q_RE = /\b(?:used|use|spent|spend|go|goes|going) (?:for|on)\b|\bwhat (?:\w+ )*for\?|\bpurpose\b/i;
const PURPOSE_RE =
  /\b(?:used (?:for|to|in|as)|(?:will|would|is to|are to|to|in order to)\s+(?:\w+ly\s+)?(?:fund|finance|pay for|build|develop|support|expand|hire|buy|spend on|go to(?:wards?)?)\b)/i;

interface Postings {
  /** Term frequencies of each document. */
  tf: Map<string, number>[];
  /** Positions of each term in each document (for proximity; sentences only). */
  len: number[];
  df: Map<string, number>;
  avgLen: number;
  /** IDF exponent: 1, or ASK_WEIGHTS.cjkIdfPower for Chinese/Japanese text (see idf). */
  power: number;
}

export interface AskIndex {
  lang: string;
  blocks: Block[];
  units: Unit[];
  /** Term lists of each sentence, in order (proximity needs positions). */
  unitTerms: string[][];
  sent: Postings;
  para: Postings;
  /** Units of each block, in order. */
  blockUnits: number[][];
  /** The article is written in Han/kana (its terms are words plus character bigrams). */
  cjk: boolean;
}

function postings(docs: string[][], power: number): Postings {
  const tf: Map<string, number>[] = [];
  const df = new Map<string, number>();
  let total = 0;
  for (const doc of docs) {
    const m = new Map<string, number>();
    for (const t of doc) m.set(t, (m.get(t) ?? 0) + 1);
    for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    tf.push(m);
    total += doc.length;
  }
  return { tf, len: docs.map((d) => d.length), df, avgLen: docs.length ? total / docs.length || 1 : 1, power };
}

function idf(p: Postings, term: string): number {
  const n = p.tf.length;
  const df = p.df.get(term) ?? 0;
  const v = Math.log(1 + (n - df + 0.5) / (df + 0.5)) ** p.power;
  // Bigrams are many per word: at full weight a long name ("底特律圣公会三一堂", 8 bigrams) outweighs the
  // one word that asks the question ("成立"), and the sentence that merely names the subject wins.
  return term.charCodeAt(0) === 0x2021 ? v * ASK_WEIGHTS.bigram : v;
}

function bm25(p: Postings, doc: number, qTerms: string[]): number {
  const m = p.tf[doc]!;
  const { k1, b } = ASK_WEIGHTS;
  const norm = k1 * (1 - b + (b * p.len[doc]!) / p.avgLen);
  let s = 0;
  for (const t of qTerms) {
    const f = m.get(t);
    if (f) s += (idf(p, t) * f * (k1 + 1)) / (f + norm);
  }
  return s;
}

/** Indexes the article's sentences once; pass the result to `ask` for repeated questions. */
export function createAskIndex(article: Pick<Article, 'text' | 'blocks'>, lang: string): AskIndex {
  const blocks = articleBlocks(article);
  const units = sentenceUnits(blocks, lang);
  const unitTerms = units.map((u) => terms(u.text, lang));
  const blockUnits: number[][] = blocks.map(() => []);
  units.forEach((u, i) => blockUnits[u.block]!.push(i));
  const paraTerms = blockUnits.map((us) => us.flatMap((i) => unitTerms[i]!));
  const cjk = cjkRatio(article.text || blocks.map((b) => b.text).join('\n')) > 0.3;
  const power = cjk ? ASK_WEIGHTS.cjkIdfPower : 1;
  return { lang, blocks, units, unitTerms, sent: postings(unitTerms, power), para: postings(paraTerms, power), blockUnits, cjk };
}

/** Smallest window of the sentence holding every distinct question term it contains, as a 0..1 closeness. */
function closeness(docTerms: string[], qSet: Set<string>, matched: number, cjk: boolean): number {
  if (cjk) {
    // CJK sentences: words and bigrams are listed apart; only the bigrams are in text order.
    const seen = new Set<string>();
    for (const t of docTerms) {
      if (t.charCodeAt(0) === 0x2021 && qSet.has(t)) seen.add(t);
    }
    matched = seen.size;
  }
  if (matched < 2) return 0;
  const last = new Map<string, number>();
  let best = Infinity;
  for (let i = 0; i < docTerms.length; i++) {
    const t = docTerms[i]!;
    if (!qSet.has(t)) continue;
    if (cjk && t.charCodeAt(0) !== 0x2021) continue;
    last.set(t, i);
    if (last.size === matched) {
      let lo = i;
      for (const p of last.values()) lo = Math.min(lo, p);
      best = Math.min(best, i - lo + 1);
    }
  }
  return best === Infinity ? 0 : matched / best;
}



/**
 * "几层", "多少公里", "几条线": the measure word after 几/多少 says what unit the answer counts in; a sentence
 * with a number followed by that unit ("共两层", "全长364.6公里") very likely holds the answer.
 */
export function askedUnit(question: string): string | null {
  const m = /(?:多少|几|幾)(?:个|個)?([\u4e00-\u9fff%％])/.exec(question);
  if (!m) return null;
  const u = m[1]!;
  return /[的是了呢吗嗎？]/.test(u) ? null : u;
}

const ZH_NUM = '\\d０-９.．一二两兩三四五六七八九十百千万萬亿億〇零半数數多余餘几幾';

/**
 * A number run (digits or Chinese numerals) followed by the unit. The run must start the count: "这一层",
 * "第一层" and "每一层" name a floor, they do not count floors.
 */
export function hasCountOf(sentence: string, unit: string): boolean {
  const u = unit.replace(/[%％]/, '[%％]');
  return new RegExp(`(?<![这這那第每同某${ZH_NUM}])[${ZH_NUM}]+\\s*(?:个|個|多|余|餘)?${u}`).test(sentence);
}

/**
 * The question's Segmenter words, each weighted by the IDF of the sentences that contain it as a substring:
 * ICU often cuts the question and the sentence differently ("成立" / "成立于"), a substring still matches.
 */
function substringWords(index: AskIndex, question: string): { words: [string, number][]; mass: number; absent: number } {
  const n = index.units.length;
  const out: [string, number][] = [];
  let mass = 0;
  // Words found nowhere in the article do not rank (they match no sentence) but they weigh against answering.
  let absent = 0;
  const seen = new Set<string>();
  for (const raw of words(question.replace(ZH_WH_G_RE, ' '), index.lang)) {
    const t = normalizeToken(raw);
    if (seen.has(t) || isStopword(t) || !HAN_RE.test(t)) continue;
    if (t.length < 2 && !ASK_WEIGHTS.substrSingles) continue;
    seen.add(t);
    let df = 0;
    for (const u of index.units) if (u.text.includes(t)) df++;
    let wt = Math.log(1 + (n - df + 0.5) / (df + 0.5)) ** index.sent.power;
    if (t.length < 2) wt *= ASK_WEIGHTS.substrSingles;
    if (df === 0) {
      absent += wt;
      continue;
    }
    out.push([t, wt]);
    mass += wt;
  }
  return { words: out, mass, absent };
}

export interface ScoredUnit {
  unit: number;
  score: number;
  /**
   * The share (0..1) of the question's weight the sentence holds: its rare words (IDF mass), or for Chinese the
   * larger of that and the share of the question's words found as substrings. What the answer gate reads.
   */
  coverage: number;
}

/** Every sentence's score for the question, unsorted. Exported for the FAQ generator and the benchmark. */
export function scoreUnits(index: AskIndex, question: string, type: AnswerType = questionType(question)): ScoredUnit[] {
  const qTerms = [...new Set(terms(question, index.lang, { question: true }))];
  if (qTerms.length === 0) return [];
  const qSet = new Set(qTerms);
  const qIdf = qTerms.map((t) => idf(index.sent, t));
  const qMass = qIdf.reduce((a, b) => a + b, 0) || 1;
  const w = ASK_WEIGHTS;
  const anchors = slotAnchors(question);
  const cjk = qTerms.some((t) => t.charCodeAt(0) === 0x2021);
  const unit = cjk ? askedUnit(question) : null;
  const subject = cjk && w.subjectLead ? questionSubject(question) : null;
  const sub = cjk && w.substr ? substringWords(index, question) : null;
  const purpose = !cjk && PURPOSE_Q_RE.test(question);

  // Words of the question said otherwise in the article (relations.ts): weaker evidence than the word itself.
  const related = qTerms.map((t) => relatedTerms(t, index.lang).filter((r) => !qSet.has(r) && index.sent.df.has(r)));
  const alts = [...new Set(related.flat())];
  const withAlts = (p: Postings, d: number) => bm25(p, d, qTerms) + (alts.length ? w.related * bm25(p, d, alts) : 0);
  const base = index.units.map((_, i) => withAlts(index.sent, i));
  const paraRaw = index.blockUnits.map((_, b) => withAlts(index.para, b));
  const paraMax = Math.max(1e-9, ...paraRaw);
  const baseMax = Math.max(1e-9, ...base);

  const out: ScoredUnit[] = [];
  index.units.forEach((u, i) => {
    // Headings and captions hold question words without answering anything.
    if (base[i]! <= 0 || u.kind === 'h' || u.kind === 'caption') return;
    const m = index.sent.tf[i]!;
    let covered = 0;
    let matched = 0;
    qTerms.forEach((t, k) => {
      if (m.has(t)) {
        covered += qIdf[k]!;
        matched++;
      } else if (related[k]!.some((r) => m.has(r))) {
        covered += w.related * qIdf[k]!;
      }
    });
    const us = index.blockUnits[u.block]!;
    const pos = us.indexOf(i);
    const prev = pos > 0 ? base[us[pos - 1]!]! : 0;
    const next = pos + 1 < us.length ? base[us[pos + 1]!]! : 0;
    let s = base[i]! / baseMax;
    s += w.coverage * (covered / qMass);
    s += w.proximity * closeness(index.unitTerms[i]!, qSet, matched, cjk);
    s += w.paragraph * (paraRaw[u.block]! / paraMax);
    s += w.neighbour * (Math.max(prev, next) / baseMax);
    if (RANKED_TYPES.has(type)) s *= hasAnswerType(u.text, type, question) ? 1 + w.typeMatch : 1 - w.typeMiss;
    else if (type === 'definition' && DEFINES_RE.test(u.text)) s *= 1 + w.definition;
    if (purpose && PURPOSE_RE.test(u.text)) s *= 1 + w.purpose;
    if (subject && u.text.slice(0, subject.length + 4).includes(subject)) s *= 1 + w.subjectLead;
    if (anchors.length) {
      let hits = 0;
      for (const a of anchors) if (u.text.includes(a)) hits++;
      s += w.anchor * (hits / anchors.length);
    }
    let subShare = 0;
    if (sub && sub.mass > 0) {
      let got = 0;
      for (const [word, wt] of sub.words) if (u.text.includes(word)) got += wt;
      subShare = got / (sub.mass + sub.absent);
      s += w.substr * (got / sub.mass);
    }
    if (unit && hasCountOf(u.text, unit)) s *= 1 + w.measure;
    out.push({ unit: i, score: s, coverage: Math.max(covered / qMass, subShare) });
  });
  return out;
}

/**
 * The share (0..1) of the question's weight whose terms occur anywhere in the article: a question written for
 * another article keeps most of its rare words out of this one, whatever a single sentence happens to share.
 */
export function presence(index: AskIndex, question: string): number {
  const qTerms = [...new Set(terms(question, index.lang, { question: true }))];
  let mass = 0;
  let found = 0;
  for (const t of qTerms) {
    const v = idf(index.sent, t);
    mass += v;
    if (index.sent.df.has(t) || relatedTerms(t, index.lang).some((r) => index.sent.df.has(r))) found += v;
  }
  return mass > 0 ? found / mass : 0;
}

/**
 * The share (0..1) of the question's weight that sentence `other` adds to sentence `unit`: the question's rare
 * words the sentence lacks and its neighbour holds ("Who took over from Manning?" - "...he was benched after
 * four interceptions." + "Brock Osweiler took over as the starter.").
 */
function addedCoverage(index: AskIndex, qTerms: string[], qIdf: number[], unit: number, other: number): number {
  const a = index.sent.tf[unit]!;
  const b = index.sent.tf[other]!;
  let mass = 0;
  let added = 0;
  qTerms.forEach((t, k) => {
    mass += qIdf[k]!;
    if (!a.has(t) && b.has(t)) added += qIdf[k]!;
  });
  return mass > 0 ? added / mass : 0;
}

/** Roughly the score of a sentence that matches every signal: the scale for the 0..1 `score`. */
const MAX_SCORE = 3.2;

/** Sentences whose first words point back at the previous one: quoted alone they answer nothing. */
const LEANS_BACK_RE =
  /^(?:(?:he|she|it|they|this|these|that|those|its|his|her|their|such|there|however|but|also|then|thus|instead)\b|(?:c['’]est|ce|cela|il|elle|ils|elles|cette|er|es|dies|diese|dieser|él|ella|ellos|esto|este|esta|ele|ela|eles|isso|isto|он|она|они|это|этот|эта)(?![\p{L}'’])|(?:他|她|它|他们|她们|它们|他們|她們|它們|这|這|该|該|此|其|但|而|因此|所以|不过|不過|同时|同時))/iu;

export function leansBack(sentence: string): boolean {
  return LEANS_BACK_RE.test(sentence.replace(/^["'“‘(\s]+/, ''));
}

/**
 * Whether the article answers: a logistic model over signals of the best answer (gateFeatures), fitted by
 * `npm run bench:qa -- --fit-gate` on the tuning halves (even documents) of SQuAD and CMRC against the off-topic
 * set (each question asked of an article it was not written for). A question about something else matches a
 * word or two ("capital" in "capital requirements") but not most of its terms, and its names are missing from
 * the article. Spaced scripts and Chinese/Japanese apart: their terms weigh differently (bigrams, squared IDF).
 */
const GATE_MODEL = {
  spaced: { w: [2.478, -1.73, -0.381, 1.512, 1.636, -0.241, 2.189, -0.903, 0.489, -1.507, 2.552, 3.614, 4.027, 2.488], b: -6.611 },
  cjk: { w: [1.95, 0.454, 0.93, -1.807, 0.767, 0.624, 1.055, 1.375, 7.351, 1.685, 1.923, 4.864, 0.978, 2.117], b: -6.024 },
};

/**
 * Below this confidence the article is taken not to answer ("the article doesn't say"): on the tuning halves,
 * the highest gate that costs at most 0.6 points of hit@1 (the held-out SQuAD half loses more at the same gate).
 */
export const ANSWER_GATE = { spaced: 0.18, cjk: 0.59 };

/** The share of the question's names found in the article's text. */
function namesFound(index: AskIndex, question: string): number {
  let names: string[];
  if (index.cjk) {
    names = words(question.replace(ZH_WH_G_RE, ' '), index.lang).filter((w) => /^[\u3400-\u9fff]{2,}$/.test(w));
  } else {
    names = question
      .split(/\s+/)
      .slice(1)
      .map((w) => w.replace(/['’]s\b.*$/, '').replace(/[^\p{L}\p{N}]/gu, ''))
      .filter((w) => w.length > 1 && /^[\p{Lu}\p{N}]/u.test(w));
  }
  if (names.length === 0) return 1;
  const text = lowerText(index);
  return names.filter((w) => text.includes(w.toLowerCase())).length / names.length;
}

const lowered = new WeakMap<AskIndex, string>();
function lowerText(index: AskIndex): string {
  let t = lowered.get(index);
  if (t === undefined) lowered.set(index, (t = index.blocks.map((b) => b.text).join('\n').toLowerCase()));
  return t;
}

/** The share of the question's distinct terms (not their weight) found anywhere in the article. */
function termsFound(index: AskIndex, qTerms: string[]): number {
  if (qTerms.length === 0) return 0;
  let found = 0;
  for (const t of qTerms) if (index.sent.df.has(t) || relatedTerms(t, index.lang).some((r) => index.sent.df.has(r))) found++;
  return found / qTerms.length;
}

/** The signals the answer gate weighs (GATE_MODEL), for the best answer (`features` of askArticle's result). */
function gateFeatures(index: AskIndex, question: string, qTerms: string[], coverage: number, score: number, answer: string): number[] {
  const p = presence(index, question);
  const k = namesFound(index, question);
  const type = questionType(question);
  const typeOk = RANKED_TYPES.has(type) ? (hasAnswerType(answer, type, question) ? 1 : 0) : 1;
  const n = termsFound(index, qTerms);
  const short = 1 / Math.max(1, qTerms.length);
  const inAnswer = new Set(terms(answer, index.lang));
  const held = qTerms.filter((t) => inAnswer.has(t) || relatedTerms(t, index.lang).some((r) => inAnswer.has(r))).length;
  return [coverage, p, score, k, coverage * p, p * k, coverage * k, typeOk, n, short, coverage * n, held / Math.max(1, qTerms.length), Math.min(3, held) / 3, n * k];
}

function confidenceOf(features: number[], cjk: boolean): number {
  const m = cjk ? GATE_MODEL.cjk : GATE_MODEL.spaced;
  const z = features.reduce((a, x, i) => a + x * (m.w[i] ?? 0), m.b);
  return 1 / (1 + Math.exp(-z));
}

export interface AskResult {
  /** False when the article does not answer: `answers` is then empty. */
  answered: boolean;
  /** 0..1: how likely the best answer is to answer the question (what ANSWER_GATE compares). */
  confidence: number;
  answers: Answer[];
  /** The gate's signals (gateFeatures), for calibration. */
  features?: number[];
}

/**
 * Up to `limit` (3) answers quoted from the article, best first: a sentence, or two adjacent ones, with
 * `answered: false` and no answers when the best one holds too little of the question (ANSWER_GATE).
 * `score` is 0..1, relative to a perfect match of the question.
 */
export function askArticle(
  article: Pick<Article, 'text' | 'blocks'> | AskIndex,
  question: string,
  lang: string,
  opts: { limit?: number; gate?: boolean } = {},
): AskResult {
  const index = 'units' in article ? article : createAskIndex(article, lang);
  const limit = opts.limit ?? 3;
  const type = questionType(question);
  const scored = scoreUnits(index, question, type).sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { answered: false, confidence: 0, answers: [], features: [] };
  const byUnit = new Map(scored.map((s) => [s.unit, s]));
  const qTerms = [...new Set(terms(question, index.lang, { question: true }))];
  const qIdf = qTerms.map((t) => idf(index.sent, t));
  const used = new Set<number>();
  const answers: Answer[] = [];
  let coverage = 0;
  for (const { unit, score } of scored) {
    if (answers.length >= limit) break;
    if (used.has(unit)) continue;
    const u = index.units[unit]!;
    const us = index.blockUnits[u.block]!;
    const pos = us.indexOf(unit);
    let from = unit;
    let to = unit;
    const prevUnit = pos > 0 ? us[pos - 1]! : -1;
    const nextUnit = pos + 1 < us.length ? us[pos + 1]! : -1;
    // A sentence that holds the date or count asked for needs no earlier sentence naming its subject.
    const lacksAnswer = !RANKED_TYPES.has(type) || !hasAnswerType(u.text, type, question);
    if (prevUnit >= 0 && !used.has(prevUnit) && leansBack(u.text)) from = prevUnit;
    else if (nextUnit >= 0 && !used.has(nextUnit) && (byUnit.get(nextUnit)?.score ?? 0) >= 0.8 * score && leansBack(index.units[nextUnit]!.text)) {
      to = nextUnit;
    } else if (nextUnit >= 0 && !used.has(nextUnit) && addedCoverage(index, qTerms, qIdf, unit, nextUnit) >= ASK_WEIGHTS.completes) {
      to = nextUnit;
    } else if (lacksAnswer && prevUnit >= 0 && !used.has(prevUnit) && addedCoverage(index, qTerms, qIdf, unit, prevUnit) >= ASK_WEIGHTS.completes) {
      from = prevUnit;
    }
    if (answers.length === 0) {
      for (let k = Math.min(from, to); k <= Math.max(from, to); k++) coverage = Math.max(coverage, byUnit.get(k)?.coverage ?? 0);
    }
    for (let k = Math.min(from, to); k <= Math.max(from, to); k++) used.add(k);
    const text = from === to ? u.text : spanText(index.blocks, index.units[from]!, index.units[to]!);
    answers.push({ text, score: Math.round(Math.min(1, score / MAX_SCORE) * 1000) / 1000 });
  }
  const features = gateFeatures(index, question, qTerms, coverage, answers[0]?.score ?? 0, answers[0]?.text ?? '');
  const confidence = Math.round(confidenceOf(features, index.cjk) * 1000) / 1000;
  const gate = index.cjk ? ANSWER_GATE.cjk : ANSWER_GATE.spaced;
  if (opts.gate !== false && confidence < gate) return { answered: false, confidence, answers: [], features };
  return { answered: true, confidence, answers, features };
}

/** The answers of askArticle: empty when the article does not answer. */
export function ask(
  article: Pick<Article, 'text' | 'blocks'> | AskIndex,
  question: string,
  lang: string,
  opts: { limit?: number; gate?: boolean } = {},
): Answer[] {
  return askArticle(article, question, lang, opts).answers;
}
