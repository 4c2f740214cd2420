/**
 * Ask-the-article quality and speed over ../shared/corpora/qa (SQuAD v1.1 dev half, CMRC 2018 dev half).
 *
 * For each question the whole article is the document (all paragraphs of its SQuAD article; the CMRC
 * paragraph). hit@k: one of the gold answer texts appears, case-insensitively, in one of the first k answers.
 * The baseline, computed in the same run on the same sentences: plain BM25 (k1 1.2, b 0.75) over lower-cased
 * Intl.Segmenter words without stopwords, one sentence per answer.
 *
 * A third set, real news in nine languages: the editor's FAQ questions (../shared/corpora/editor, a tuning set),
 * each asked of its page through the product's path (HTML -> extractArticle -> ask). A hit: the top answer holds
 * one of the editor's support sentences. The same questions asked of the page half the set away measure "the
 * article doesn't say" on news. And the FAQ generator's round trip (generate.ts: a written question is kept when
 * its own answer scores within 90% of the best sentence, or second only to its neighbour) is measured on the editor's pairs: how often a good
 * question with its right answer passes it, and how often it passes with another entry's answer of the same page.
 *
 * Usage: npm run bench:qa [-- --max N]   (N questions per set, sampled with a fixed seed; default all)
 *        npm run bench:qa -- --fit-gate  also refit the answer gate (GATE_MODEL, ANSWER_GATE in ask.ts) on the
 *                                        tuning half and print the weights, the gate and its held-out effect
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block } from '../src/core/types';
import { ANSWER_GATE, askArticle, createAskIndex, scoreUnits, type AskIndex, type ScoredUnit } from '../src/core/faq/ask';
import { ROUND_TRIP, roundTripPasses } from '../src/core/faq/generate';
import { isStopword } from '../src/core/faq/askTerms';
import { normalizeToken, sentences, words } from '../src/core/text/segment';
import { loadArticle } from '../src/cli/load';
import { primary, sentenceHits } from './lib/editorScore';

interface SquadFile {
  data: { title: string; id?: string; paragraphs: { context: string; qas: { question: string; answers: { text: string }[] }[] }[] }[];
}

interface Item {
  doc: number;
  /** CMRC: the parity of the document id ("DEV_12" -> even). Even documents tuned the weights; odd ones are held out. */
  held?: boolean;
  question: string;
  gold: string[];
}

interface Doc {
  blocks: Block[];
  text: string;
}

function corporaDir(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.env.LEDE_CORPORA ?? resolve(here, '..', '..', 'shared', 'corpora');
  return existsSync(dir) ? dir : null;
}

function load(file: string, wholeArticle: boolean): { docs: Doc[]; items: Item[] } {
  const data = (JSON.parse(readFileSync(file, 'utf8')) as SquadFile).data;
  const docs: Doc[] = [];
  const items: Item[] = [];
  const add = (paras: string[]) => {
    const blocks: Block[] = paras.map((text) => ({ kind: 'p', text }));
    docs.push({ blocks, text: paras.join('\n\n') });
    return docs.length - 1;
  };
  for (const article of data) {
    if (wholeArticle) {
      const doc = add(article.paragraphs.map((p) => p.context));
      // Articles by position: even ones tune, odd ones are held out.
      const held = doc % 2 === 1;
      for (const p of article.paragraphs) for (const q of p.qas) items.push({ doc, held, question: q.question, gold: q.answers.map((a) => a.text) });
    } else {
      const num = Number(/\d+/.exec(article.id ?? '')?.[0] ?? NaN);
      const held = Number.isNaN(num) ? undefined : num % 2 === 1;
      for (const p of article.paragraphs) {
        const doc = add([p.context]);
        for (const q of p.qas) items.push({ doc, held, question: q.question, gold: q.answers.map((a) => a.text) });
      }
    }
  }
  return { docs, items };
}

/** Mulberry32: a fixed-seed sample is the same in every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(xs: T[], n: number, seed: number): T[] {
  if (n >= xs.length) return xs;
  const r = rng(seed);
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

function plainTokens(text: string, lang: string): string[] {
  return words(text, lang)
    .map(normalizeToken)
    .filter((t) => !isStopword(t));
}

/** The baseline: BM25 over the same sentences as Lede, plain tokens. */
class Bm25Baseline {
  private tf: Map<string, number>[];
  private len: number[];
  private df = new Map<string, number>();
  private avg: number;
  constructor(
    private index: AskIndex,
    private lang: string,
  ) {
    const docs = index.units.map((u) => plainTokens(u.text, lang));
    this.tf = docs.map((d) => {
      const m = new Map<string, number>();
      for (const t of d) m.set(t, (m.get(t) ?? 0) + 1);
      for (const t of m.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return m;
    });
    this.len = docs.map((d) => d.length);
    this.avg = this.len.reduce((a, b) => a + b, 0) / Math.max(1, this.len.length) || 1;
  }
  rank(question: string, k: number): string[] {
    const q = [...new Set(plainTokens(question, this.lang))];
    const n = this.tf.length;
    const scores = this.tf.map((m, i) => {
      const norm = 1.2 * (0.25 + (0.75 * this.len[i]!) / this.avg);
      let s = 0;
      for (const t of q) {
        const f = m.get(t);
        if (!f) continue;
        const df = this.df.get(t) ?? 0;
        s += (Math.log(1 + (n - df + 0.5) / (df + 0.5)) * f * 2.2) / (f + norm);
      }
      return { i, s };
    });
    return scores
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s)
      .slice(0, k)
      .map((x) => this.index.units[x.i]!.text);
  }
}

function hit(answers: string[], gold: string[], k: number): boolean {
  const top = answers.slice(0, k).map((a) => a.toLowerCase());
  return gold.some((g) => top.some((a) => a.includes(g.toLowerCase().trim())));
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

function pct(n: number, d: number): string {
  return ((100 * n) / d).toFixed(1).padStart(5);
}

function gateFor(index: AskIndex): number {
  return index.cjk ? ANSWER_GATE.cjk : ANSWER_GATE.spaced;
}

function run(name: string, file: string, lang: string, wholeArticle: boolean, max: number): void {
  const { docs, items: all } = load(file, wholeArticle);
  const items = sample(all, max, 42);
  const indexes = new Map<number, AskIndex>();
  const baselines = new Map<number, Bm25Baseline>();
  const indexMs: number[] = [];
  const askMs: number[] = [];
  let l1 = 0, l3 = 0, b1 = 0, b3 = 0, s1 = 0, lLen = 0, bLen = 0, lN = 0, bN = 0;
  // hit@1 of Lede and of the baseline on the tuning half and the held-out half: [lede, bm25, n].
  const halves = { tune: [0, 0, 0], held: [0, 0, 0] };
  // The answer gate, per half: [hit@1 ungated, hit@1 gated, off-topic questions declined, n].
  const gate = { tune: [0, 0, 0, 0], held: [0, 0, 0, 0] };
  // Tuning half: each question's confidence on its own article (with whether the top answer hits) and on another.
  const calib: { on: number; hit: boolean; off: number }[] = [];
  // For --fit-gate: the gate's signals of each question on its own article and on another, with the half.
  const rows: GateRow[] = [];
  const indexOf = (doc: number): AskIndex => {
    let index = indexes.get(doc);
    if (!index) {
      const t0 = performance.now();
      index = createAskIndex(docs[doc]!, lang);
      indexMs.push(performance.now() - t0);
      indexes.set(doc, index);
      baselines.set(doc, new Bm25Baseline(index, lang));
    }
    return index;
  };
  for (const it of items) {
    const index = indexOf(it.doc);
    const t1 = performance.now();
    const result = askArticle(index, it.question, lang, { gate: false });
    askMs.push(performance.now() - t1);
    const answers = result.answers.map((a) => a.text);
    // The off-topic set: the same question asked of an article it was not written for (half the collection
    // away, so a CMRC paragraph is not asked of its own article's next paragraph).
    const other = indexOf((it.doc + Math.max(1, Math.floor(docs.length / 2))) % docs.length);
    const offResult = askArticle(other, it.question, lang, { gate: false });
    const off = offResult.confidence;
    const g = gateFor(index);
    const hit1 = hit(answers, it.gold, 1);
    if (it.held !== undefined) {
      const h = it.held ? gate.held : gate.tune;
      h[3]!++;
      if (hit1) h[0]!++;
      if (hit1 && result.confidence >= g) h[1]!++;
      if (off < g) h[2]!++;
      if (!it.held) calib.push({ on: result.confidence, hit: hit1, off });
      if (FIT_GATE) rows.push({ on: result.features ?? [], hit: hit1, off: offResult.features ?? [], held: it.held });
    }
    const base = baselines.get(it.doc)!.rank(it.question, 3);
    if (it.held !== undefined) {
      const h = it.held ? halves.held : halves.tune;
      h[2]!++;
      if (hit(answers, it.gold, 1)) h[0]!++;
      if (hit(base, it.gold, 1)) h[1]!++;
    }
    if (hit(answers, it.gold, 1)) l1++;
    if (hit(answers, it.gold, 3)) l3++;
    if (hit(base, it.gold, 1)) b1++;
    if (hit(base, it.gold, 3)) b3++;
    // The same ranking quoting one sentence only: how much of the gain the two-sentence answers bring.
    const top = scoreUnits(index, it.question).sort((a, b) => b.score - a.score)[0];
    if (top && hit([index.units[top.unit]!.text], it.gold, 1)) s1++;
    if (answers[0]) {
      lLen += answers[0].length;
      lN++;
    }
    if (base[0]) {
      bLen += base[0].length;
      bN++;
    }
  }
  const n = items.length;
  const sents = [...indexes.values()].reduce((a, x) => a + x.units.length, 0) / Math.max(1, indexes.size);
  console.log(`${name}: ${n} questions${n < all.length ? ` (sample of ${all.length}, seed 42)` : ''}, ${indexes.size} documents, ${sents.toFixed(0)} sentences per document`);
  console.log(`  Lede ask     hit@1 ${pct(l1, n)}%  hit@3 ${pct(l3, n)}%  top answer ${(lLen / Math.max(1, lN)).toFixed(0)} chars`);
  console.log(`  BM25 baseline hit@1 ${pct(b1, n)}%  hit@3 ${pct(b3, n)}%  top answer ${(bLen / Math.max(1, bN)).toFixed(0)} chars`);
  console.log(`  Lede, one sentence per answer: hit@1 ${pct(s1, n)}%`);
  console.log(`  hit@1 gain   ${(((l1 - b1) * 100) / n).toFixed(1)} points`);
  for (const [label, h] of [['tuning half (even document ids)', halves.tune], ['held-out half (odd document ids)', halves.held]] as const) {
    if (!h[2]) continue;
    console.log(`  ${label}: ${h[2]} questions, Lede hit@1 ${pct(h[0]!, h[2]!)}%, BM25 hit@1 ${pct(h[1]!, h[2]!)}%, gain ${(((h[0]! - h[1]!) * 100) / h[2]!).toFixed(1)} points`);
  }
  for (const [label, h] of [['tuning half', gate.tune], ['held-out half', gate.held]] as const) {
    if (!h[3]) continue;
    console.log(
      `  answer gate ${label}: hit@1 ${pct(h[0]!, h[3]!)}% -> ${pct(h[1]!, h[3]!)}% gated (${(((h[1]! - h[0]!) * 100) / h[3]!).toFixed(1)} points); off-topic questions declined ${pct(h[2]!, h[3]!)}%`,
    );
  }
  if (calib.length > 0) {
    // The grid, and the gate in force (ANSWER_GATE for this set's script).
    const calibGate = gateFor(indexes.values().next().value!);
    const row = (t: number) => {
      const kept = calib.filter((c) => c.hit && c.on >= t).length;
      const lost = calib.filter((c) => c.hit).length - kept;
      const declined = calib.filter((c) => c.off < t).length;
      return `${t.toFixed(2)}: -${((100 * lost) / calib.length).toFixed(1)} pt, ${pct(declined, calib.length)}% off-topic declined`;
    };
    console.log(`  gate calibration (tuning half): ${[...new Set([0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, calibGate])].sort((a, b) => a - b).map(row).join(' | ')}`);
  }
  console.log(`  latency: median ask ${median(askMs).toFixed(2)} ms per question (indexed), median index ${median(indexMs).toFixed(2)} ms per document`);
  if (FIT_GATE && rows.length > 0) fitGate(rows);
}

const FIT_GATE = process.argv.includes('--fit-gate');

interface GateRow {
  on: number[];
  hit: boolean;
  off: number[];
  held: boolean;
}

/** How much hit@1 the gate may cost on the tuning half, in points (the held-out half has cost more). */
const GATE_COST = 0.6;

/**
 * Logistic regression by gradient descent: the questions whose top answer hits on their own article (weighted 3:
 * keeping them is what matters) against the same questions asked of another article. Then the highest gate that
 * costs at most GATE_COST points of hit@1 on the tuning half.
 */
function fitGate(rows: GateRow[]): void {
  // A question no sentence matches has no signals (askArticle declines it outright): all zero here.
  const d = Math.max(...rows.flatMap((r) => [r.on.length, r.off.length]));
  const pad = (x: number[]) => Array.from({ length: d }, (_, j) => x[j] ?? 0);
  rows = rows.map((r) => ({ ...r, on: pad(r.on), off: pad(r.off) }));
  const tune = rows.filter((r) => !r.held);
  const held = rows.filter((r) => r.held);
  const X: number[][] = [];
  const y: number[] = [];
  for (const r of tune) {
    if (r.hit) {
      X.push(r.on);
      y.push(1);
    }
    X.push(r.off);
    y.push(0);
  }
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < 3000; it++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    X.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((a, v, j) => a + v * w[j]!, b)));
      const e = (p - y[i]!) * (y[i] ? 3 : 1);
      for (let j = 0; j < d; j++) g[j]! += e * x[j]!;
      gb += e;
    });
    for (let j = 0; j < d; j++) w[j]! -= 0.5 * (g[j]! / X.length + 1e-4 * w[j]!);
    b -= (0.5 * gb) / X.length;
  }
  const conf = (x: number[]) => 1 / (1 + Math.exp(-x.reduce((a, v, j) => a + v * w[j]!, b)));
  const at = (rs: GateRow[], t: number) => [
    (100 * rs.filter((r) => r.hit && conf(r.on) < t).length) / rs.length,
    (100 * rs.filter((r) => conf(r.off) < t).length) / rs.length,
  ];
  let gate = 0;
  for (let t = 0.01; t < 0.99; t += 0.01) if (at(tune, t)[0]! <= GATE_COST) gate = Math.round(t * 100) / 100;
  const [tl, td] = at(tune, gate);
  const [hl, hd] = at(held, gate);
  console.log(`  refitted gate: w [${w.map((v) => v.toFixed(3)).join(', ')}], b ${b.toFixed(3)}, gate ${gate.toFixed(2)}`);
  console.log(`    tuning half -${tl!.toFixed(1)} pt, ${td!.toFixed(1)}% off-topic declined; held-out half -${hl!.toFixed(1)} pt, ${hd!.toFixed(1)}% declined`);
}

interface EditorRef {
  source: string;
  lang: string;
  faq: { question: string; support: string[] }[];
}

/** The generator's round-trip rule (generate.ts) on a set of support sentences: one of its runs of consecutive sentences passes. */
function roundTripOf(scored: ScoredUnit[], units: Set<number>): boolean {
  const sorted = [...units].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (roundTripPasses(scored, sorted[i]!, sorted[j]!)) return true;
    i = j + 1;
  }
  return false;
}

async function runEditor(dir: string): Promise<void> {
  const edDir = join(dir, 'editor');
  if (!existsSync(edDir)) return;
  const pages: { slug: string; lang: string; index: AskIndex; faq: EditorRef['faq'] }[] = [];
  for (const f of readdirSync(edDir).filter((x) => x.endsWith('.json')).sort()) {
    const ref = JSON.parse(readFileSync(join(edDir, f), 'utf8')) as EditorRef;
    const loaded = await loadArticle(join(dir, ref.source), {});
    if (!loaded.ok) continue;
    const lang = primary(ref.lang);
    pages.push({ slug: f.replace(/\.json$/, ''), lang, index: createAskIndex(loaded.article, lang), faq: ref.faq });
  }
  const supports = (text: string, sup: string[], lang: string) =>
    sup.some((s) => sentenceHits(text, s, lang) || sentences(text, lang).some((x) => sentenceHits(x, s, lang)));
  // [questions, answered, hit@1 gated, hit@1 ungated, hit@3 ungated, off-topic declined, BM25 hit@1, BM25 hit@3]
  const by = new Map<string, number[]>();
  // Round trip: [right pairs, passed, wrong pairs, passed]
  const rt = [0, 0, 0, 0];
  pages.forEach((p, i) => {
    const other = pages[(i + Math.floor(pages.length / 2)) % pages.length]!;
    const group = p.lang === 'en' ? 'en' : 'other';
    for (const key of [group, 'all']) if (!by.has(key)) by.set(key, [0, 0, 0, 0, 0, 0, 0, 0]);
    const bm25 = new Bm25Baseline(p.index, p.lang);
    const ownUnits = p.faq.map((e) => new Set(p.index.units.flatMap((u, k) => (supports(u.text, e.support, p.lang) ? [k] : []))));
    p.faq.forEach((e, qi) => {
      const gated = askArticle(p.index, e.question, p.lang);
      const open = askArticle(p.index, e.question, p.lang, { gate: false }).answers.map((a) => a.text);
      const off = askArticle(other.index, e.question, other.lang);
      const base = bm25.rank(e.question, 3);
      for (const key of [group, 'all']) {
        const c = by.get(key)!;
        c[0]!++;
        if (gated.answered) c[1]!++;
        if (gated.answers[0] && supports(gated.answers[0].text, e.support, p.lang)) c[2]!++;
        if (open[0] && supports(open[0], e.support, p.lang)) c[3]!++;
        if (open.slice(0, 3).some((a) => supports(a, e.support, p.lang))) c[4]!++;
        if (!off.answered) c[5]!++;
        if (base[0] && supports(base[0], e.support, p.lang)) c[6]!++;
        if (base.some((a) => supports(a, e.support, p.lang))) c[7]!++;
      }
      const scored = scoreUnits(p.index, e.question);
      if (ownUnits[qi]!.size > 0) {
        rt[0]!++;
        if (roundTripOf(scored, ownUnits[qi]!)) rt[1]!++;
      }
      ownUnits.forEach((units, qj) => {
        if (qj === qi || units.size === 0 || [...units].some((u) => ownUnits[qi]!.has(u))) return;
        rt[2]!++;
        if (roundTripOf(scored, units)) rt[3]!++;
      });
    });
  });
  console.log(`Editor FAQ questions (${pages.length} news pages, ../shared/corpora/editor, a tuning set): top answer holds the editor's support sentence`);
  for (const [key, c] of by) {
    const [n, ans, g1, h1, h3, off, b1, b3] = c as [number, number, number, number, number, number, number, number];
    console.log(
      `  ${key.padEnd(5)} ${String(n).padStart(3)} questions: answered ${pct(ans, n)}%, hit@1 ${pct(g1, n)}% gated (${pct(h1, n)}% ungated, BM25 ${pct(b1, n)}%), hit@3 ${pct(h3, n)}% (BM25 ${pct(b3, n)}%); asked of another page, declined ${pct(off, n)}%`,
    );
  }
  console.log(
    `  FAQ round trip (answer within ${ROUND_TRIP} of the best sentence, or second only to its neighbour): editor's question with its own answer passes ${pct(rt[1]!, rt[0]!)}% of ${rt[0]}; with another entry's answer of the same page ${pct(rt[3]!, rt[2]!)}% of ${rt[2]}`,
  );
}

async function main(): Promise<void> {
  const dir = corporaDir();
  if (!dir || !existsSync(join(dir, 'qa'))) {
    console.log('bench:qa: corpora not found (set LEDE_CORPORA or put them at ../shared/corpora); nothing measured.');
    return;
  }
  const maxArg = process.argv.indexOf('--max');
  const max = maxArg >= 0 ? Number(process.argv[maxArg + 1]) : Infinity;
  run('SQuAD v1.1 dev (half)', join(dir, 'qa', 'squad-v1.1-dev-half.json'), 'en', true, max);
  run('CMRC 2018 dev (half)', join(dir, 'qa', 'cmrc2018-dev-half.json'), 'zh', false, max);
  await runEditor(dir);
}

await main();
