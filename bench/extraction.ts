/**
 * `npm run bench:extraction`: how much of the article text each extractor keeps, and how much furniture it lets
 * in, on ../shared/corpora/extraction-dev (a third of Trafilatura's evaluation set).
 *
 * For every page, evaldata.json lists `with` segments (must be in the article body) and `without` segments
 * (page furniture that must not be). Scoring, micro-averaged over all segments of all pages:
 *   with segment found in the output     -> true positive      with segment missing    -> false negative
 *   without segment found in the output  -> false positive     without segment missing -> true negative
 *   precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = harmonic mean, accuracy = (TP + TN) / all.
 * Matching is substring search after folding whitespace runs to one space (both sides), as Trafilatura does.
 *
 * Rows, computed in the same run on the same jsdom documents:
 *   readability  raw Readability 0.6 (default options), its `textContent`
 *   lede         extractArticle(...).article.text (empty when it says not-article)
 *
 * Then, on ../shared/corpora/readability-pages (Readability's own test pages), whether any page loses its
 * article: for every page whose expected-metadata.json says readerable, Lede must return an article holding at
 * least half of the distinct words of Readability's expected.html text. Pages that fail are listed.
 *
 * Usage: tsx bench/extraction.ts [--limit N] [--only extraction-dev|readability-pages]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { corpusPath } from './lib/corpora';
import { extractArticle } from '../src/extract/extractArticle';
import { parseHtml } from '../src/cli/load';

interface EvalEntry {
  file: string;
  with: string[];
  without: string[];
}

interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function score(counts: Counts, text: string, entry: EvalEntry): { tp: number; fp: number; fn: number } {
  const hay = fold(text);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const seg of entry.with) {
    if (hay.includes(fold(seg))) tp++;
    else fn++;
  }
  for (const seg of entry.without) {
    if (hay.includes(fold(seg))) fp++;
  }
  counts.tp += tp;
  counts.fn += fn;
  counts.fp += fp;
  counts.tn += entry.without.length - fp;
  return { tp, fp, fn };
}

function metrics(c: Counts): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);
  return { precision, recall, f1, accuracy };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
}

const limitArg = process.argv.indexOf('--limit');
const limit = limitArg >= 0 ? Number(process.argv[limitArg + 1]) : Infinity;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? process.argv[onlyArg + 1] : null;

/** Distinct lower-cased words (letters and digits runs; CJK text by character). */
function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (/[\u3040-\u30ff\u3400-\u9fff]/u.test(w)) for (const ch of w) out.add(ch);
    else out.add(w);
  }
  return out;
}

/** Readability's test pages: no readerable page may lose its article. */
/**
 * Lets the event loop run between pages. jsdom finishes loading each document in callbacks that hold its window;
 * in one synchronous loop none of them ran, every page's window stayed reachable even after close(), and the
 * full run needed more than 4 GB of heap (after a full GC: 742 MB held at page 60, against 69 MB with a turn between pages).
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function readabilityPages(): Promise<void> {
  const dir = corpusPath('readability-pages');
  if (!dir) {
    console.log('\nreadability-pages not found (set LEDE_CORPORA); not checked.');
    return;
  }
  const pages = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'source.html')) && existsSync(join(dir, n, 'expected.html')))
    .slice(0, limit);
  const lost: string[] = [];
  let readerable = 0;
  for (const name of pages) {
    await nextTurn();
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean };
    if (!meta.readerable) continue;
    readerable++;
    const expectedDom = parseHtml(readFileSync(join(dir, name, 'expected.html')), 'http://fakehost/test/page.html');
    const expected = wordSet(expectedDom.window.document.body?.textContent ?? '');
    expectedDom.window.close();
    const dom = parseHtml(readFileSync(join(dir, name, 'source.html')), 'http://fakehost/test/page.html');
    let note = '';
    try {
      const r = extractArticle(dom.window.document);
      if (!r.ok) note = `${r.code}: ${r.message}`;
      else {
        const got = wordSet(r.article.text);
        let hit = 0;
        for (const w of expected) if (got.has(w)) hit++;
        const share = expected.size === 0 ? 1 : hit / expected.size;
        if (share < 0.5) note = `holds ${(100 * share).toFixed(0)}% of the expected words`;
      }
    } catch (err) {
      note = `threw ${String(err)}`;
    }
    dom.window.close();
    if (note) lost.push(`  ${name}: ${note}`);
  }
  console.log(`\nreadability-pages: ${readerable} readerable pages, ${lost.length} lose their article`);
  if (lost.length > 0) console.log(lost.join('\n'));
}

async function main(): Promise<void> {
  if (only !== 'readability-pages') await extractionDev();
  if (only !== 'extraction-dev') await readabilityPages();
}

async function extractionDev(): Promise<void> {
  const dir = corpusPath('extraction-dev');
  if (!dir) {
    console.log('bench:extraction: ../shared/corpora/extraction-dev not found (set LEDE_CORPORA); nothing measured.');
    return;
  }
  const evaldata = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalEntry>;
  const entries = Object.entries(evaldata).slice(0, limit);

  const raw: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const lede: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const rawMs: number[] = [];
  const ledeMs: number[] = [];
  const notes: string[] = [];
  const kinds = { readabilityNull: 0, ledeNotArticle: 0, ledeWins: 0, ledeLoses: 0, unreadable: 0 };
  const started = performance.now();

  for (const [i, [url, entry]] of entries.entries()) {
    await nextTurn();
    let html: Buffer;
    try {
      html = readFileSync(join(dir, 'html', entry.file));
    } catch {
      kinds.unreadable++;
      notes.push(`  ${entry.file}: cannot read the file`);
      continue;
    }
    const dom = parseHtml(html, url);
    const doc = dom.window.document;

    let t = performance.now();
    const rawResult = new Readability(doc.cloneNode(true) as Document).parse();
    rawMs.push(performance.now() - t);
    const rawText = rawResult?.textContent ?? '';

    t = performance.now();
    let ledeText = '';
    let ledeNote = '';
    try {
      const r = extractArticle(doc, { url });
      if (r.ok) ledeText = r.article.text;
      else ledeNote = `${r.code}: ${r.message}`;
    } catch (err) {
      ledeNote = `threw ${String(err)}`;
    }
    ledeMs.push(performance.now() - t);
    dom.window.close();

    const a = score(raw, rawText, entry);
    const b = score(lede, ledeText, entry);
    const diff = b.tp - b.fp - (a.tp - a.fp);
    if (diff > 0) kinds.ledeWins++;
    if (diff < 0) kinds.ledeLoses++;
    if (!rawResult) {
      kinds.readabilityNull++;
      notes.push(`  readability null   ${entry.file}: lede tp ${b.tp}/${entry.with.length}, fp ${b.fp}`);
    }
    if (ledeNote) {
      kinds.ledeNotArticle++;
      notes.push(`  lede no article    ${entry.file}: ${ledeNote} (readability tp ${a.tp}/${entry.with.length})`);
    }
    if (process.env.BENCH_VERBOSE && diff < 0) {
      notes.push(`  lede worse         ${entry.file}: readability tp ${a.tp} fp ${a.fp}, lede tp ${b.tp} fp ${b.fp}`);
    }
    if ((i + 1) % 50 === 0 || i + 1 === entries.length) {
      console.log(`  ${i + 1}/${entries.length} pages, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  }

  const fmt = (name: string, c: Counts, ms: number[]): string => {
    const m = metrics(c);
    return (
      `${name.padEnd(12)} precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  ` +
      `accuracy ${m.accuracy.toFixed(3)}  (tp ${c.tp} fn ${c.fn} fp ${c.fp} tn ${c.tn})  median ${median(ms).toFixed(1)} ms/page`
    );
  };
  console.log(`\nextraction-dev: ${entries.length} pages, segments micro-averaged (with: TP/FN, without: FP/TN)`);
  console.log(fmt('readability', raw, rawMs));
  console.log(fmt('lede', lede, ledeMs));
  const overhead = ledeMs.map((ms, i) => ms - (rawMs[i] ?? 0));
  console.log(
    `lede's cost beyond Readability's own parse (jsdom, per page): median ${median(overhead).toFixed(1)} ms ` +
      `(clone + page signals + TL;DR/FAQ/boilerplate cuts + blocks; retries included)`,
  );
  console.log(
    `pages where lede scores better (tp - fp): ${kinds.ledeWins}, worse: ${kinds.ledeLoses}; ` +
      `readability returned null: ${kinds.readabilityNull}; lede said not-article: ${kinds.ledeNotArticle}; unreadable files: ${kinds.unreadable}`,
  );
  if (notes.length > 0) console.log(`notes:\n${notes.join('\n')}`);
}

await main();
