/**
 * Trains the category classifier's language packs and writes src/core/topics/packs/category-<pack>.json
 * (`npm run train:topics`; `PACKS=en,zh` trains only those). `npm run train:topics -- --check` only runs the
 * real-article sanity check on the committed English pack.
 *
 * Packs: en (BBC News articles, HuffPost v3 headline + description and v2 headlines, MIND headline +
 * abstract, a Reuters sample), zh (THUCNews articles and titles, TNEWS and NLPCC headlines, SIB-200's Chinese
 * sentences), ja (livedoor articles), de (10kGNAD articles). Other languages are read with the English pack.
 * Source labels are mapped onto the taxonomy (FULL_MAPS, HUFFPOST_MAP; docs/category.md has the table).
 * Data from ../shared/corpora (or $LEDE_CORPORA): nothing of its text is written out, only weights.
 *
 * Splits, drawn before any training: within a pack, texts are de-duplicated across its sources (an article
 * and a headline that opens it are one story), then each source is split per section 80% train / 10%
 * calibration / 10% test with a seeded shuffle of the sorted records. Every figure printed is on a source's
 * own test 10%, with the pruned, quantised, calibrated pack that ships. Deterministic: the same data gives
 * the same files byte for byte.
 *
 * Model: multinomial logistic regression on hashed unigrams + bigrams (category-engine.ts), trained with
 * AdaGrad, then pruned to the buckets with the largest weights, fine-tuned on those alone and quantised to
 * int8; a softmax temperature and an answer threshold fitted on the calibration split.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { CATEGORY_IDS, type CategoryId } from '../src/core/topics/taxonomy';
import {
  HASH_BITS,
  MAX_TOKENS,
  categoryFeatures,
  categoryTokens,
  decide,
  decodeModel,
  encodeIds,
  encodeWeights,
  predict,
  type CategoryModel,
  type CategoryModelFile,
  type FeatureVector,
} from '../src/core/topics/category-engine';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = process.env.LEDE_CORPORA ?? resolve(ROOT, '../shared/corpora');
const TOPICS = join(CORPORA, 'topics');
const OUT_DIR = process.env.CATEGORY_MODEL_OUT ?? join(ROOT, 'src/core/topics/packs');
const CHECK_LABELS = join(ROOT, 'tests/fixtures/topics/category-check.json');

const SEED = 20240603;
/** Buckets kept in the shipped model: sized so the file stays under 400 KB. */
const KEEP_FEATURES = Number(process.env.KEEP_FEATURES ?? 20000);
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const FINE_TUNE_EPOCHS = 3;
/** v3 records (headline + description, 2018-2022) are closest to what the classifier reads: they weigh more. */
const V3_WEIGHT = Number(process.env.V3_WEIGHT ?? 3);
/** Synthetic article-length examples per section, and their weight: they anchor how long pages are read. */
const LONG_PER_CLASS = Number(process.env.LONG_PER_CLASS ?? 700);
const LONG_WEIGHT = Number(process.env.LONG_WEIGHT ?? 2);
const MIN_CLASS_WEIGHT = Number(process.env.MIN_CLASS_WEIGHT ?? 0.25);
const LEARNING_RATE = 0.4;
/** Per-epoch learning-rate decay: epoch e steps at LEARNING_RATE / (1 + LR_DECAY * e). */
const LR_DECAY = Number(process.env.LR_DECAY ?? 1);
const L2 = 1e-4;
/** The calibration split must be this accurate on the answers we give (null otherwise). */
const TARGET_PRECISION = Number(process.env.TARGET_PRECISION ?? 0.85);
const MIN_TOKENS = 4;
/**
 * livedoor has four of the twelve sections (sports, technology, entertainment, style): a Japanese politics or
 * world story can only come out as one of those. Only a sure answer is given.
 */
const JA_MIN_THRESHOLD = Number(process.env.JA_MIN_THRESHOLD ?? 0.85);
const MIN_EVIDENCE = 3;

/**
 * HuffPost News Category (v2 and v3) sections -> taxonomy. Science joins technology and family, home and
 * faith join style & living: readers (and the old 15-section model, which confused exactly these) do not
 * tell them apart. Sections that are a readership rather than a subject (BLACK VOICES, LATINO VOICES, QUEER
 * VOICES, WOMEN, FIFTY), a tone (WEIRD NEWS, GOOD NEWS, COMEDY) or a grab-bag (U.S. NEWS, IMPACT, MEDIA) are
 * left out: their headlines span every section.
 */
const HUFFPOST_MAP: Readonly<Record<string, CategoryId>> = {
  'WORLD NEWS': 'world',
  'THE WORLDPOST': 'world',
  WORLDPOST: 'world',
  POLITICS: 'politics',
  BUSINESS: 'business',
  MONEY: 'business',
  TECH: 'technology',
  SCIENCE: 'technology',
  WELLNESS: 'health',
  'HEALTHY LIVING': 'health',
  SPORTS: 'sports',
  ENTERTAINMENT: 'entertainment',
  ARTS: 'entertainment',
  'ARTS & CULTURE': 'entertainment',
  'CULTURE & ARTS': 'entertainment',
  STYLE: 'style',
  'STYLE & BEAUTY': 'style',
  'HOME & LIVING': 'style',
  PARENTING: 'style',
  PARENTS: 'style',
  WEDDINGS: 'style',
  DIVORCE: 'style',
  RELIGION: 'style',
  'FOOD & DRINK': 'food-travel',
  TASTE: 'food-travel',
  TRAVEL: 'food-travel',
  ENVIRONMENT: 'environment',
  GREEN: 'environment',
  EDUCATION: 'education',
  COLLEGE: 'education',
  CRIME: 'crime',
};

/**
 * SIB-200's 7 labels. Five map to one section. "politics" covers two of ours: for training, each such
 * sentence gets whichever of the two the HuffPost-only model prefers for its English version (the Chinese
 * sentence is a translation of it, so it gets the same); for scoring, either counts. "geography" (coasts,
 * climates, mountains) is no news section and is left out of both.
 */
const SIB_ACCEPT: Readonly<Record<string, readonly CategoryId[]>> = {
  'science/technology': ['technology'],
  politics: ['politics', 'world'],
  travel: ['food-travel'],
  sports: ['sports'],
  health: ['health'],
  entertainment: ['entertainment'],
};

const C = CATEGORY_IDS.length;
const CLASS_INDEX = new Map<string, number>(CATEGORY_IDS.map((id, i) => [id, i]));

// ---------------------------------------------------------------------------------------------- utilities

/** mulberry32: a small seeded generator, so shuffles and samples repeat exactly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let random = rng(SEED);

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const byText = (a: { text: string }, b: { text: string }): number => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

function readJsonl(path: string): Record<string, string>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string>);
}

function readTsv(path: string): { category: string; text: string }[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const cols = header!.split('\t');
  const ci = cols.indexOf('category');
  const ti = cols.indexOf('text');
  return lines.map((l) => {
    const f = l.split('\t');
    return { category: f[ci]!, text: f[ti]! };
  });
}

// ------------------------------------------------------------------------------------------------- data

interface Example {
  text: string;
  lang: string;
  y: number;
  /** Sample weight: balances classes and languages. */
  w: number;
  /** For held-out records: the headline alone, scored separately. */
  headline?: string;
  fv?: FeatureVector;
}

interface Record3 {
  text: string;
  headline: string;
  label: CategoryId;
}

interface SibExample {
  text: string;
  lang: string;
  category: string;
  /** The English sentence this one translates (the same sentence for English). */
  en: string;
}

/** Headlines compared as the model reads them, so "Smith's" (v3) and "smith 's" (v2) are one headline. */
const headlineKey = (t: string): string => categoryTokens(t, 'en').join(' ');

/**
 * Keeps one copy of each headline, and none of a headline filed under two different sections (WORLDPOST /
 * THE WORLDPOST...): it would leak between splits or contradict itself. `taken` holds headlines an earlier
 * source already owns, so the same story cannot sit in one source's training split and another's test split.
 */
function dedupe(rows: Record3[], taken: Set<string>): Record3[] {
  return dedupeBy(rows, taken, (r) => headlineKey(r.headline)).sort(byText);
}

/** The rule of `dedupe` with any key: one copy a key, none of a key filed under two sections, none already taken. */
function dedupeBy(rows: Record3[], taken: Set<string>, key: (r: Record3) => string): Record3[] {
  const seen = new Map<string, CategoryId | null>();
  for (const r of rows) {
    const k = key(r);
    const prev = seen.get(k);
    seen.set(k, prev === undefined || prev === r.label ? r.label : null);
  }
  const out: Record3[] = [];
  for (const r of rows) {
    const k = key(r);
    if (taken.has(k) || seen.get(k) !== r.label) continue;
    out.push(r);
    seen.delete(k);
    taken.add(k);
  }
  return out;
}

function loadHuffPost(): { v3: Record3[]; v2: Record3[] } {
  const v3: Record3[] = [];
  for (const r of readJsonl(join(TOPICS, 'huffpost-v3-first-9999.jsonl'))) {
    const label = HUFFPOST_MAP[r.category ?? ''];
    if (!label || !r.headline) continue;
    const text = [r.headline, r.short_description].filter(Boolean).join('\n');
    v3.push({ text, headline: r.headline, label });
  }
  const v2: Record3[] = [];
  for (const r of readJsonl(join(TOPICS, 'huffpost-headlines-36900.jsonl'))) {
    const label = HUFFPOST_MAP[r.category ?? ''];
    if (label && r.headline) v2.push({ text: r.headline, headline: r.headline, label });
  }
  const taken = new Set<string>();
  // v3 first: where a story is in both, the record with a description is the one kept.
  const d3 = dedupe(v3, taken);
  return { v3: d3, v2: dedupe(v2, taken) };
}

interface Splits {
  train: Example[];
  calib: Example[];
  test: Example[];
}

/** Stratified 80/10/10 split: sorted records per class, one seeded shuffle each. */
function split(rows: Record3[], lang = 'en'): Splits {
  const train: Example[] = [];
  const calib: Example[] = [];
  const test: Example[] = [];
  for (let y = 0; y < C; y++) {
    const own = shuffle(rows.filter((r) => CLASS_INDEX.get(r.label) === y));
    const nTest = Math.round(own.length * 0.1);
    own.forEach((r, i) => {
      const ex: Example = { text: r.text, lang, y, w: 1, headline: r.headline };
      (i < nTest ? test : i < 2 * nTest ? calib : train).push(ex);
    });
  }
  return { train, calib, test };
}

function loadSib(split: 'train' | 'dev' | 'test'): SibExample[] {
  const en = readTsv(join(TOPICS, 'sib200/eng_Latn', `${split}.tsv`));
  const zh = readTsv(join(TOPICS, 'sib200/zho_Hans', `${split}.tsv`));
  if (en.length !== zh.length) throw new Error(`SIB-200 ${split}: English and Chinese differ in length`);
  const out: SibExample[] = [];
  en.forEach((e, i) => {
    if (!(e.category in SIB_ACCEPT)) return;
    out.push({ text: e.text, lang: 'en', category: e.category, en: e.text });
    out.push({ text: zh[i]!.text, lang: 'zh', category: e.category, en: e.text });
  });
  return out;
}

/**
 * Article-length examples made of several records, most of one section. The model is applied to whole
 * articles; training and calibrating only on headlines would leave it untested on (and overconfident for)
 * long inputs. A real article strays (a business story quotes a politician), so up to a quarter of the parts
 * come from other sections: the label must survive asides, and confidence must not grow with length alone.
 */
function synthesize(pool: Example[], perClass: number, minParts: number, maxParts: number): Example[] {
  const out: Example[] = [];
  const byClass = CATEGORY_IDS.map((_, y) => pool.filter((e) => e.y === y));
  for (let y = 0; y < C; y++) {
    const own = byClass[y]!;
    if (own.length < minParts) continue;
    for (let n = 0; n < perClass; n++) {
      const k = minParts + Math.floor(random() * (maxParts - minParts + 1));
      const strays = Math.floor(random() * (k / 4 + 1));
      const parts: string[] = [];
      for (let j = 0; j < k; j++) {
        const from = j < strays ? pool : own;
        parts.push(from[Math.floor(random() * from.length)]!.text);
      }
      shuffle(parts);
      out.push({ text: parts.join('\n'), lang: own[0]!.lang, y, w: 1 });
    }
  }
  return out;
}

function featurize(xs: Example[]): void {
  for (const x of xs) x.fv ??= categoryFeatures(x.text, x.lang);
}

// ------------------------------------------------------------------------------------------------ model

const D = 1 << HASH_BITS;

class Softmax {
  w = new Float32Array(D * C);
  g = new Float32Array(D * C);
  b = new Float64Array(C);
  gb = new Float64Array(C);
  /** When set, only these buckets learn (fine-tuning after pruning). */
  mask: Uint8Array | null = null;

  logits(fv: FeatureVector): Float64Array {
    const z = Float64Array.from(this.b);
    for (let i = 0; i < fv.ids.length; i++) {
      const base = fv.ids[i]! * C;
      const x = fv.values[i]!;
      for (let c = 0; c < C; c++) z[c]! += x * this.w[base + c]!;
    }
    return z;
  }

  step(ex: Example): void {
    const fv = ex.fv!;
    const z = this.logits(fv);
    const p = softmax(z, 1);
    for (let c = 0; c < C; c++) {
      const grad = ex.w * (p[c]! - (c === ex.y ? 1 : 0));
      this.gb[c]! += grad * grad;
      this.b[c]! -= (this.lr * grad) / Math.sqrt(this.gb[c]! + 1e-8);
      for (let i = 0; i < fv.ids.length; i++) {
        const id = fv.ids[i]!;
        if (this.mask && !this.mask[id]) continue;
        const k = id * C + c;
        const gk = grad * fv.values[i]! + L2 * this.w[k]!;
        this.g[k]! += gk * gk;
        this.w[k]! -= (this.lr * gk) / Math.sqrt(this.g[k]! + 1e-8);
      }
    }
  }

  lr = LEARNING_RATE;

  train(xs: Example[], epochs: number): void {
    const order = xs.map((_, i) => i);
    for (let e = 0; e < epochs; e++) {
      this.lr = LEARNING_RATE / (1 + LR_DECAY * e);
      shuffle(order);
      for (const i of order) this.step(xs[i]!);
    }
  }

  weight(id: number, c: number): number {
    return this.w[id * C + c]!;
  }
}

function softmax(z: Float64Array, t: number): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v / t);
  const p = new Float64Array(z.length);
  let s = 0;
  for (let c = 0; c < z.length; c++) s += p[c] = Math.exp(z[c]! / t - max);
  for (let c = 0; c < z.length; c++) p[c]! /= s;
  return p;
}

/** Buckets ranked by their largest absolute weight over the classes. */
function topBuckets(m: Softmax, k: number): number[] {
  const score = new Float32Array(D);
  for (let id = 0; id < D; id++) {
    let s = 0;
    for (let c = 0; c < C; c++) s = Math.max(s, Math.abs(m.weight(id, c)));
    score[id] = s;
  }
  const ids = Array.from({ length: D }, (_, i) => i).filter((i) => score[i]! > 0);
  ids.sort((a, b) => score[b]! - score[a]! || a - b);
  return ids.slice(0, k).sort((a, b) => a - b);
}

function exportModel(m: Softmax, ids: number[], temperature: number, threshold: number): CategoryModelFile {
  let maxAbs = 0;
  for (const id of ids) for (let c = 0; c < C; c++) maxAbs = Math.max(maxAbs, Math.abs(m.weight(id, c)));
  const scale = maxAbs / 127;
  const q = new Int8Array(ids.length * C);
  ids.forEach((id, r) => {
    for (let c = 0; c < C; c++) q[r * C + c] = Math.round(m.weight(id, c) / scale);
  });
  return {
    version: 1,
    hashBits: HASH_BITS,
    maxTokens: MAX_TOKENS,
    classes: [...CATEGORY_IDS],
    ids: encodeIds(ids),
    weights: encodeWeights(q),
    scale: Number(scale.toPrecision(8)),
    bias: Array.from(m.b, (v) => Number(v.toFixed(5))),
    temperature: Number(temperature.toFixed(3)),
    threshold: Number(threshold.toFixed(3)),
    minTokens: MIN_TOKENS,
    minEvidence: MIN_EVIDENCE,
  };
}

// ---------------------------------------------------------------------------------------------- scoring

interface Scored {
  probs: Float64Array;
  /** Classes that count as right. */
  gold: number[];
  evidence: number;
  tokens: number;
}

function argmax(p: Float64Array): number {
  let b = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[b]!) b = c;
  return b;
}

/** Negative log-likelihood of the gold class at temperature t. */
function nll(rows: { z: Float64Array; gold: number }[], t: number): number {
  let s = 0;
  for (const r of rows) s -= Math.log(Math.max(softmax(r.z, t)[r.gold]!, 1e-12));
  return s / rows.length;
}

function accuracy(rows: Scored[]): number {
  if (rows.length === 0) return NaN;
  return rows.filter((r) => r.gold.includes(argmax(r.probs))).length / rows.length;
}

/** Mean of the per-class accuracies: what the figure would be if every section were equally common. */
function macroAccuracy(rows: Scored[]): number {
  const per = CATEGORY_IDS.map((_, y) => accuracy(rows.filter((r) => r.gold[0] === y))).filter((a) => !Number.isNaN(a));
  return per.reduce((a, b) => a + b, 0) / per.length;
}

function atThreshold(rows: Scored[], th: number): { coverage: number; accuracy: number; n: number } {
  const kept = rows.filter((r) => r.probs[argmax(r.probs)]! >= th && r.tokens >= MIN_TOKENS && r.evidence >= MIN_EVIDENCE);
  return { coverage: kept.length / rows.length, accuracy: accuracy(kept), n: rows.length };
}

function scoreWith(model: CategoryModel, xs: Example[], gold: (e: Example, i: number) => number[]): Scored[] {
  return xs.map((e, i) => {
    const p = predict(model, e.fv ?? categoryFeatures(e.text, e.lang));
    return { probs: p.probs, gold: gold(e, i), evidence: p.evidence, tokens: p.tokens };
  });
}

const fmt = (x: number): string => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));

// ---------------------------------------------------------------------------- real-article sanity check

interface CheckPage {
  name: string;
  title: string;
  text: string;
}

/**
 * The English Readability test pages (title + textContent of Readability's expected output, what the popup
 * classifies) and the seed article (through Readability, as the extension reads it). Not training data: a
 * table to judge by eye, and a small hand-labelled subset scored below it.
 */
function checkPages(): CheckPage[] {
  const pages: CheckPage[] = [];
  const seed = join(CORPORA, 'seed/seed-article.html');
  if (existsSync(seed)) {
    const dom = new JSDOM(readFileSync(seed, 'utf8'));
    const art = new Readability(dom.window.document).parse();
    if (art) pages.push({ name: 'seed', title: art.title ?? '', text: art.textContent ?? '' });
  }
  const dir = join(CORPORA, 'readability-pages');
  if (!existsSync(dir)) return pages;
  for (const name of readdirSync(dir).sort()) {
    const metaPath = join(dir, name, 'expected-metadata.json');
    const htmlPath = join(dir, name, 'expected.html');
    if (!existsSync(metaPath) || !existsSync(htmlPath)) continue;
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { lang?: string; title?: string };
    if (!(meta.lang ?? '').toLowerCase().startsWith('en')) continue;
    const text = new JSDOM(readFileSync(htmlPath, 'utf8')).window.document.body.textContent ?? '';
    pages.push({ name, title: meta.title ?? '', text });
  }
  return pages;
}

function sanityCheck(model: CategoryModel): Record<string, number> {
  const pages = checkPages();
  if (pages.length === 0) {
    console.log(`real-article check skipped: no readability-pages or seed article under ${CORPORA}`);
    return {};
  }
  const labels = (JSON.parse(readFileSync(CHECK_LABELS, 'utf8')) as { labels: Record<string, string | string[] | null> }).labels;
  console.log('\nreal articles (title + text, as analyze() classifies them): page | title | answer (best guess p)');
  let labelled = 0;
  let shouldAnswer = 0;
  let answered = 0;
  let right = 0;
  let wrongOnNull = 0;
  let nullPages = 0;
  for (const page of pages) {
    const p = predict(model, categoryFeatures(`${page.title}\n${page.text}`, 'en'));
    const d = decide(model, p);
    const expected = labels[page.name];
    let mark = ' ';
    if (expected !== undefined) {
      labelled++;
      const ok = expected === null ? [] : Array.isArray(expected) ? expected : [expected];
      if (expected === null) {
        nullPages++;
        if (d) wrongOnNull++;
        mark = d ? 'x' : '✓';
      } else {
        shouldAnswer++;
        if (d) {
          answered++;
          if (ok.includes(d.label)) right++;
        }
        mark = !d ? '-' : ok.includes(d.label) ? '✓' : 'x';
      }
    }
    const answer = d ? `${d.label} ${d.score.toFixed(2)}` : 'null';
    console.log(`${mark} ${page.name.padEnd(28).slice(0, 28)} ${page.title.slice(0, 60).padEnd(60)} ${answer.padEnd(18)} (${p.label} ${p.score.toFixed(2)})`);
  }
  const wrong = answered - right + wrongOnNull;
  console.log(
    `hand-labelled check: ${labelled} pages; with a section ${shouldAnswer}: coverage ${fmt(answered / shouldAnswer)}, ` +
      `accuracy of answers ${fmt(right / answered)}; null expected ${nullPages}: given a section ${wrongOnNull}; wrong answers in all ${wrong}`,
  );
  return {
    check_coverage: Number((answered / shouldAnswer).toFixed(4)),
    check_accuracy_at_threshold: Number((right / answered).toFixed(4)),
    check_wrong_answers: wrong,
  };
}

// ------------------------------------------------------------------------------------ topics-full sources

/**
 * The sections of each topics-full source -> taxonomy (docs/category.md has the table and the reasons). A
 * label missing from a map is left out: a grab-bag ("news", "society", "Panorama"), a format ("video",
 * "story", "essay") or a subject Lede files nowhere (cars, military, history).
 */
const FULL_MAPS: Readonly<Record<string, Readonly<Record<string, CategoryId>>>> = {
  bbc_news: { sport: 'sports', business: 'business', politics: 'politics', tech: 'technology', entertainment: 'entertainment' },
  mind_sample: {
    sports: 'sports',
    finance: 'business',
    foodanddrink: 'food-travel',
    travel: 'food-travel',
    lifestyle: 'style',
    health: 'health',
    music: 'entertainment',
    tv: 'entertainment',
    movies: 'entertainment',
    entertainment: 'entertainment',
    // MIND's "news" is split by its subcategory (below).
    'news/newspolitics': 'politics',
    'news/newsworld': 'world',
    'news/newscrime': 'crime',
    'news/newsscienceandtechnology': 'technology',
    'news/newsscience': 'technology',
    'news/newsbusiness': 'business',
  },
  // Reuters' 1987 topics are all economic (earnings, acquisitions, currencies, commodities).
  reuters21578: { '*': 'business' },
  gnad10k_de: {
    Web: 'technology',
    International: 'world',
    Wirtschaft: 'business',
    Sport: 'sports',
    Inland: 'politics',
    Etat: 'entertainment',
    Wissenschaft: 'technology',
    Kultur: 'entertainment',
  },
  livedoor_ja: {
    'sports-watch': 'sports',
    'it-life-hack': 'technology',
    'kaden-channel': 'technology',
    smax: 'technology',
    'movie-enter': 'entertainment',
    'dokujo-tsushin': 'style',
    peachy: 'style',
    'livedoor-homme': 'style',
  },
  thucnews_cnews_sample_zh: {
    体育: 'sports',
    财经: 'business',
    房产: 'business',
    游戏: 'technology',
    教育: 'education',
    时政: 'politics',
    科技: 'technology',
    时尚: 'style',
    娱乐: 'entertainment',
    家居: 'style',
  },
  thucnews_titles_zh: {
    game: 'technology',
    stocks: 'business',
    finance: 'business',
    sports: 'sports',
    realty: 'business',
    education: 'education',
    politics: 'politics',
    science: 'technology',
    entertainment: 'entertainment',
  },
  tnews_zh: {
    news_tech: 'technology',
    news_finance: 'business',
    news_entertainment: 'entertainment',
    news_world: 'world',
    news_sports: 'sports',
    news_culture: 'entertainment',
    news_travel: 'food-travel',
    news_game: 'technology',
    news_edu: 'education',
    news_house: 'business',
    news_stock: 'business',
  },
  nlpcc2017_headlines_zh: {
    baby: 'style',
    discovery: 'technology',
    entertainment: 'entertainment',
    fashion: 'style',
    finance: 'business',
    food: 'food-travel',
    game: 'technology',
    regimen: 'health',
    sports: 'sports',
    tech: 'technology',
    travel: 'food-travel',
    world: 'world',
  },
};

/**
 * Words in a source's text that name its own section: THUCNews bodies open with "新浪体育讯" (Sina sports
 * news), livedoor's with the channel's name. A real page does not carry them; trained on, they would make
 * the held-out figures a test of the source's house style.
 */
const SOURCE_MARKS: Readonly<Record<string, RegExp>> = {
  thucnews_cnews_sample_zh: /新浪\S{0,4}讯|\(?记者[^)）]{0,10}[)）]?/g,
  livedoor_ja: /【[^】]{0,20}】|ITライフハック|家電チャンネル|S-MAX|エスマックス|Peachy|ピーチィ|独女通信|独女|livedoor ?HOMME|Sports Watch|MOVIE ENTER/gi,
};

/** Records of one topics-full folder, mapped; `kind` says whether its text is a whole article or a headline. */
function loadFull(folder: string, kind: 'article' | 'headline', cap = Infinity): Record3[] {
  const map = FULL_MAPS[folder]!;
  const marks = SOURCE_MARKS[folder];
  const rows: Record3[] = [];
  for (const r of readJsonl(join(CORPORA, 'topics-full', folder, 'data.jsonl'))) {
    const label = map[r.label ?? ''] ?? map[`${r.label}/${r.subcategory ?? ''}`] ?? map['*'];
    if (!label) continue;
    const title = (r.title ?? '').trim();
    let body = (r.text ?? '').trim();
    if (kind === 'headline' && body === title) body = '';
    let text = [title, body].filter(Boolean).join('\n');
    if (marks) text = text.replace(marks, ' ');
    if (!text.trim()) continue;
    rows.push({ text, headline: title || text.slice(0, 60), label });
  }
  rows.sort(byText);
  if (rows.length <= cap) return rows;
  // A seeded sample, stratified by label, so a big single-section source does not drown the others.
  const out: Record3[] = [];
  for (const id of CATEGORY_IDS) {
    const own = shuffle(rows.filter((r) => r.label === id));
    out.push(...own.slice(0, Math.ceil((cap * own.length) / rows.length)));
  }
  return out.sort(byText);
}

/** One copy of each text within a pack, keyed by its first 200 characters (articles) or whole (headlines). */
function dedupeText(rows: Record3[], taken: Set<string>): Record3[] {
  return dedupeBy(rows, taken, (r) => r.text.replace(/\s+/g, ' ').slice(0, 200).toLowerCase());
}

/** A pack's source maker: its rows de-duplicated against everything the pack already took, then split. */
function sourcesOf(lang: string) {
  const taken = new Set<string>();
  return (name: string, rows: Record3[], kind: 'article' | 'headline', weight: number): PackSource => ({
    name,
    kind,
    splits: split(dedupeText(rows, taken), lang),
    weight,
  });
}

// ------------------------------------------------------------------------------------------------- packs

/** One source of a pack, split before any training. */
interface PackSource {
  name: string;
  kind: 'article' | 'headline';
  splits: Splits;
  /** Source weight (times the per-source square-root class balance). */
  weight: number;
}

interface PackPlan {
  pack: string;
  lang: string;
  sources: PackSource[];
  keep: number;
  /** Synthetic article-length examples per section from the headline sources' training records. */
  longPerClass: number;
  /**
   * A floor under the calibrated threshold, for a pack whose data covers only some sections: calibrated on
   * its own data every answer looks right, yet a page from a section it never saw gets a confident wrong one.
   */
  minThreshold?: number;
}

function classWeights(xs: Example[]): number[] {
  const counts = new Array<number>(C).fill(0);
  for (const ex of xs) counts[ex.y]!++;
  const present = counts.filter((n) => n > 0);
  const mean = present.reduce((a, b) => a + b, 0) / Math.max(present.length, 1);
  return counts.map((n) => Math.min(4, Math.max(MIN_CLASS_WEIGHT, Math.sqrt(mean / Math.max(n, 1)))));
}

interface PackResult {
  file: CategoryModelFile;
  model: CategoryModel;
  kept: number;
}

function trainPack(plan: PackPlan): PackResult {
  // Each pack draws from its own seeded generator, so training one pack (PACKS=ja) gives the same file as
  // training them all.
  random = rng(SEED + [...plan.pack].reduce((h, ch) => h * 31 + ch.charCodeAt(0), 0));
  const train: Example[] = [];
  for (const src of plan.sources) {
    const cw = classWeights(src.splits.train);
    for (const ex of src.splits.train) {
      ex.w = src.weight * cw[ex.y]!;
      train.push(ex);
    }
  }
  const headlinePool = (k: keyof Splits): Example[] => plan.sources.filter((s) => s.kind === 'headline').flatMap((s) => s.splits[k]);
  const longTrain = synthesize(headlinePool('train'), plan.longPerClass, 6, 30);
  for (const e of longTrain) e.w = LONG_WEIGHT;
  const longCalib = synthesize(headlinePool('calib'), 30, 6, 30);
  const all = [...train, ...longTrain].sort(byText);
  featurize(all);
  const calibSet = [...plan.sources.flatMap((s) => s.splits.calib), ...longCalib];
  featurize(calibSet);

  const model = new Softmax();
  model.train(all, EPOCHS);
  const kept = topBuckets(model, plan.keep);
  model.mask = new Uint8Array(D);
  for (const id of kept) model.mask[id] = 1;
  for (let id = 0; id < D; id++) {
    if (model.mask[id]) continue;
    for (let c = 0; c < C; c++) model.w[id * C + c] = 0;
  }
  model.train(all, FINE_TUNE_EPOCHS);

  const provisional = decodeModel(exportModel(model, kept, 1, 0));
  const calibLogits = calibSet.map((e) => {
    const p = predict(provisional, e.fv!);
    return { z: Float64Array.from(p.probs, (v) => Math.log(Math.max(v, 1e-300))), gold: e.y };
  });
  let temperature = 1;
  let best = Infinity;
  for (let t = 0.5; t <= 4.001; t += 0.05) {
    const v = nll(calibLogits, t);
    if (v < best) {
      best = v;
      temperature = t;
    }
  }
  // The threshold: the lowest probability at which the calibration split's answers are right at least
  // TARGET_PRECISION of the time. A news page should get a section unless none fits, so the precision asked
  // for is that of a good editor's first guess, not of a sure one.
  const tempered = decodeModel(exportModel(model, kept, temperature, 0));
  const calibScored = scoreWith(tempered, calibSet, (e) => [e.y]);
  let threshold = 0.99;
  for (let th = 0.1; th <= 0.99; th += 0.01) {
    const r = atThreshold(calibScored, th);
    if (r.accuracy >= TARGET_PRECISION) {
      threshold = th;
      break;
    }
  }
  threshold = Math.max(threshold, plan.minThreshold ?? 0);
  const file = exportModel(model, kept, temperature, threshold);
  return { file, model: decodeModel(file), kept: kept.length };
}

/** Right answers over all examples: no answer counts as wrong (what a reader sees). */
function rightOfAll(rows: Scored[], th: number): number {
  const r = atThreshold(rows, th);
  return r.coverage * (Number.isNaN(r.accuracy) ? 0 : r.accuracy);
}

function report(plan: PackPlan, res: PackResult, metrics: Record<string, number>): void {
  const { file, model } = res;
  console.log(`\n== pack ${plan.pack}: temperature ${file.temperature}, threshold ${file.threshold}, ${res.kept} buckets`);
  console.log('held-out 10% of                          kind        n  accuracy  coverage@th  accuracy@th  right(no answer = wrong)');
  for (const src of plan.sources) {
    const rows = scoreWith(model, src.splits.test, (e) => [e.y]);
    const r = atThreshold(rows, file.threshold);
    const right = rightOfAll(rows, file.threshold);
    console.log(
      `${src.name.padEnd(40)} ${src.kind.padEnd(8)} ${String(rows.length).padStart(5)}   ${fmt(accuracy(rows))}   ${fmt(r.coverage)}        ${fmt(r.accuracy)}        ${fmt(right)}`,
    );
    const key = `${plan.pack}_${src.name}`.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
    metrics[`${key}_accuracy`] = Number(accuracy(rows).toFixed(4));
    metrics[`${key}_coverage`] = Number(r.coverage.toFixed(4));
    metrics[`${key}_accuracy_at_threshold`] = Number(r.accuracy.toFixed(4));
    if (src.kind === 'headline' && src.splits.test[0]?.headline !== undefined && src.name.includes('description')) {
      const h = scoreWith(model, src.splits.test.map((e) => ({ ...e, text: e.headline ?? e.text, fv: undefined })), (e) => [e.y]);
      console.log(`${'  the same, headline only'.padEnd(40)} ${'headline'.padEnd(8)} ${String(h.length).padStart(5)}   ${fmt(accuracy(h))}   ${fmt(atThreshold(h, file.threshold).coverage)}        ${fmt(atThreshold(h, file.threshold).accuracy)}        ${fmt(rightOfAll(h, file.threshold))}`);
    }
    const per = CATEGORY_IDS.map((id, y) => {
      const own = rows.filter((x) => x.gold[0] === y);
      return own.length ? `${id} ${fmt(accuracy(own))} (${own.length})` : '';
    }).filter(Boolean);
    console.log(`   macro ${fmt(macroAccuracy(rows))}; per section: ${per.join(', ')}`);
  }
}

/** Where each pack is written: src/core/topics/packs/category-<pack>.json, loaded on demand (category.ts). */
function packPath(pack: string): string {
  return join(OUT_DIR, `category-${pack}.json`);
}

function sibZh(which: 'train' | 'dev' | 'test'): Record3[] {
  // SIB-200's Chinese sentences with a one-section label ("politics" spans two of ours; "geography" none).
  return loadSib(which)
    .filter((s) => s.lang === 'zh' && SIB_ACCEPT[s.category]!.length === 1)
    .map((s) => ({ text: s.text, headline: s.text, label: SIB_ACCEPT[s.category]![0]! }));
}

function plans(): PackPlan[] {
  const huff = loadHuffPost();
  const en = sourcesOf('en');
  const enPlan: PackPlan = {
    pack: 'en',
    lang: 'en',
    keep: KEEP_FEATURES,
    longPerClass: LONG_PER_CLASS,
    sources: [
      en('BBC News (articles)', loadFull('bbc_news', 'article'), 'article', 2),
      en('HuffPost v3 (headline + description)', huff.v3, 'headline', V3_WEIGHT),
      en('HuffPost v2 (headlines)', huff.v2, 'headline', 1),
      en('MIND (headline + abstract)', loadFull('mind_sample', 'headline'), 'headline', 2),
      // Reuters is all business; a sample keeps it from making every figure-laden page business.
      en('Reuters-21578 (articles, sample)', loadFull('reuters21578', 'article', 800), 'article', 1),
    ],
  };
  const cnews = loadFull('thucnews_cnews_sample_zh', 'article');
  // THUCNews titles that open a cnews article are the same story: the article keeps it.
  const openers = new Set<string>();
  for (const r of cnews) for (let n = 6; n <= 40; n++) openers.add(r.text.slice(0, n));
  const titles = loadFull('thucnews_titles_zh', 'headline').filter((r) => !openers.has(r.text));
  const zh = sourcesOf('zh');
  const zhPlan: PackPlan = {
    pack: 'zh',
    lang: 'zh',
    keep: KEEP_FEATURES,
    longPerClass: 400,
    sources: [
      zh('THUCNews cnews (articles)', cnews, 'article', 3),
      zh('THUCNews titles', titles, 'headline', 1),
      zh('TNEWS (Toutiao headlines)', loadFull('tnews_zh', 'headline'), 'headline', 1),
      zh('NLPCC 2017 headlines', loadFull('nlpcc2017_headlines_zh', 'headline'), 'headline', 1),
      zh('SIB-200 Chinese (sentences)', [...sibZh('train'), ...sibZh('dev'), ...sibZh('test')], 'headline', 2),
    ],
  };
  const one = (pack: string, lang: string, folder: string, keep: number, minThreshold = 0): PackPlan => ({
    pack,
    lang,
    keep,
    minThreshold,
    longPerClass: 0,
    sources: [{ name: `${folder} (articles)`, kind: 'article', splits: split(dedupeText(loadFull(folder, 'article'), new Set()), lang), weight: 1 }],
  });
  return [enPlan, zhPlan, one('ja', 'ja', 'livedoor_ja', 12000, JA_MIN_THRESHOLD), one('de', 'de', 'gnad10k_de', 12000)];
}

function main(): void {
  if (process.argv.includes('--check')) {
    sanityCheck(decodeModel(JSON.parse(readFileSync(packPath('en'), 'utf8')) as CategoryModelFile));
    return;
  }
  const only = process.env.PACKS?.split(',');
  let all: PackPlan[];
  try {
    all = plans();
  } catch (err) {
    console.error(`Cannot read the topic corpora under ${CORPORA} (set LEDE_CORPORA): ${String(err)}`);
    process.exit(1);
  }
  for (const plan of all) {
    if (only && !only.includes(plan.pack)) continue;
    const t0 = performance.now();
    const res = trainPack(plan);
    const metrics: Record<string, number> = {};
    report(plan, res, metrics);
    if (plan.pack === 'en') Object.assign(metrics, sanityCheck(res.model));
    const json = `${JSON.stringify({ ...res.file, metrics })}\n`;
    writeFileSync(packPath(plan.pack), json);
    console.log(`wrote ${packPath(plan.pack)}: ${(json.length / 1024).toFixed(1)} KB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

main();
