/**
 * TL;DR quality: ROUGE-1/2/L F1 of Lede's extractive TL;DR on CNN/DailyMail (100, RealSumm) and Newsroom (60),
 * beside Lead-3 computed here and the published systems shipped with the data, in the same run.
 *
 * The "Lede (--text)" row goes through the product's own plain-text path, as `lede analyze --text` does: the
 * source written one paragraph per line with no title line, read by articleFromText, summarised by the
 * analysis' lead step. The targets are read off that row.
 *
 *   npm run bench:quality            all rows
 *   LEDE_CORPORA=/path npm run ...   corpora elsewhere
 *
 * To add a row (e.g. an AI provider), append to `summarizers`: it receives the Article built from the source.
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../src/core/types';
import { summarize } from '../src/core/summarize/tldr';
import { articleFromText } from '../src/core/articleFromText';
import { analyzeInTwo } from '../src/core/analyze';
import { corpusPath } from './lib/corpora';
import { plainArticle } from './lib/plainArticle';
import { rouge, tokenize, type RougeScores } from './lib/rouge';
import { providerSummarizers } from './lib/providerRows';

export interface Summarizer {
  name: string;
  summarize(article: Article): string[] | Promise<string[]>;
}

interface Row {
  id: string;
  source: string;
  reference: string;
  systems: Record<string, string>;
}

/** The corpora are tokenised: a sentence ends with a spaced ". ", "! " or "? " (a closing quote may follow). */
export function corpusSentences(source: string): string[] {
  return source
    .split(/(?<=\s[.!?])\s+(?=\S)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function articleOf(row: Row): Article {
  // One paragraph per sentence: CNN and Daily Mail paragraphs are mostly one sentence long.
  return plainArticle(corpusSentences(row.source));
}

/** The article as `lede analyze --text` reads a file with one paragraph per line and no title line. */
function throughTextPath(a: Article): string[] {
  const article = articleFromText(a.blocks.map((b) => b.text).join('\n'));
  return analyzeInTwo(article).lead.tldr.sentences;
}

const TEXT_PATH = 'Lede (--text)';
const LEAD3 = 'Lead-3 (computed)';

export const summarizers: Summarizer[] = [
  { name: TEXT_PATH, summarize: throughTextPath },
  { name: 'Lede (engine, no title)', summarize: (a) => summarize(a, 'en').sentences },
  { name: LEAD3, summarize: (a) => a.blocks.slice(0, 3).map((b) => b.text) },
];

interface Tally {
  r1: number;
  r2: number;
  rl: number;
  words: number;
  sentences: number;
  n: number;
}

function add(t: Tally, s: RougeScores, text: string, sentences: number): void {
  t.r1 += s.r1;
  t.r2 += s.r2;
  t.rl += s.rl;
  t.words += tokenize(text).length;
  t.sentences += sentences;
  t.n++;
}

function pct(x: number, n: number): string {
  return ((100 * x) / n).toFixed(2).padStart(6);
}

async function scoreFile(file: string, label: string): Promise<Map<string, Tally>> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const tallies = new Map<string, Tally>();
  const tally = (name: string) => {
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = { r1: 0, r2: 0, rl: 0, words: 0, sentences: 0, n: 0 }));
    return t;
  };
  for (const [index, row] of rows.entries()) {
    const article = articleOf(row);
    for (const s of summarizers) {
      const out = await s.summarize(article);
      const text = out.join(' ');
      const scores = rouge(text, row.reference);
      add(tally(s.name), scores, text, out.length);
      // Halves by index parity: tune on one, read the other, so a gain that holds on both is not fitted.
      add(tally(`${s.name} ${index % 2 ? 'odd' : 'even'}`), scores, text, out.length);
    }
    for (const [name, text] of Object.entries(row.systems)) {
      add(tally(`${name.replace(/_out\.txt$|\.txt$/, '')} (published)`), rouge(text, row.reference), text, corpusSentences(text).length);
    }
  }
  console.log(`\n${label}: ${rows.length} articles, ROUGE F1 x100 (lower-case, split on non-alphanumerics)`);
  console.log(`${'system'.padEnd(34)} ${'R-1'.padStart(6)} ${'R-2'.padStart(6)} ${'R-L'.padStart(6)}  words  sents`);
  for (const [name, t] of tallies) {
    if (/ (?:even|odd)$/.test(name)) continue;
    console.log(
      `${name.padEnd(34)} ${pct(t.r1, t.n)} ${pct(t.r2, t.n)} ${pct(t.rl, t.n)}  ${(t.words / t.n).toFixed(1).padStart(5)}  ${(t.sentences / t.n).toFixed(2).padStart(5)}`,
    );
  }
  const halves = (name: string) =>
    ['even', 'odd'].map((h) => {
      const t = tallies.get(`${name} ${h}`);
      return `${h} ${t ? pct(t.r1, t.n).trim() : '-'}`;
    });
  console.log(`R-1 by half (index parity): ${summarizers.map((s) => `${s.name}: ${halves(s.name).join(', ')}`).join('; ')}`);
  return tallies;
}

async function main(): Promise<void> {
  const cnndm = corpusPath('summaries', 'cnndm-realsumm-100.jsonl');
  const newsroom = corpusPath('summaries', 'newsroom-60.jsonl');
  if (!cnndm || !newsroom) {
    console.log('bench:quality skipped: ../shared/corpora/summaries not found (set LEDE_CORPORA).');
    return;
  }
  // One row per AI provider the reader configured and that answers (LEDE_OPENAI_BASE_URL / _MODEL / _API_KEY).
  const providers = await providerSummarizers();
  summarizers.push(...providers);
  if (providers.length === 0) console.log('(no AI provider configured or reachable: local engine and baselines only)');
  const c = await scoreFile(cnndm, 'CNN/DailyMail (RealSumm 100)');
  const nr = await scoreFile(newsroom, 'Newsroom 60');
  const r1 = (m: Map<string, Tally>, name: string) => {
    const t = m.get(name);
    return t ? (100 * t.r1) / t.n : NaN;
  };
  const lede = r1(c, TEXT_PATH);
  const lead3 = r1(c, LEAD3);
  console.log(`\nTarget CNN/DM: ${TEXT_PATH} R-1 ${lede.toFixed(2)} >= Lead-3 ${lead3.toFixed(2)} + 1.0: ${lede >= lead3 + 1 ? 'met' : 'NOT met'}`);
  const nLede = r1(nr, TEXT_PATH);
  const nLead = r1(nr, LEAD3);
  const nText = r1(nr, 'textrank (published)');
  console.log(
    `Target Newsroom: ${TEXT_PATH} R-1 ${nLede.toFixed(2)} > Lead-3 ${nLead.toFixed(2)} (textrank ${nText.toFixed(2)}): ${nLede > nLead ? 'met' : 'NOT met'}`,
  );
  for (const p of providers) {
    console.log(`${p.name}: ${p.failures.count} article(s) failed${p.failures.last ? ` (last: ${p.failures.last})` : ''}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
