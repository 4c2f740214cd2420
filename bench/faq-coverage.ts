/**
 * FAQ coverage and answer choice on tuning pages: how many FAQ entries each page gets, by language, and how many
 * generated answers are one of the editor's support sentences (`../shared/corpora/editor/`). Other tuning pages
 * (readability-pages and extraction-dev outside the reading set) are counted too, articles of 150+ words only.
 * The reading set is never loaded.
 *
 * Usage: npm run bench:faq [-- --print] [-- --others]   (--print lists every question and answer)
 * Extracted articles are cached in $TMPDIR/lede-faq-cache (jsdom is the slow part; the FAQ is always recomputed).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article, FaqItem } from '../src/core/types';
import { loadArticle } from '../src/cli/load';
import { detectLanguage } from '../src/core/text/language';
import { generateFaq } from '../src/core/faq/generate';
import { normalizePageFaq } from '../src/core/faq/pageFaqText';
import { corporaDir } from './lib/corpora';
import { developmentPages, editorSources, inReadingBucket } from './lib/readingSet';
import { median } from './lib/stats';

interface EditorRef {
  source: string;
  lang: string;
  faq: { question: string; support: string[] }[];
}

const print = process.argv.includes('--print');
const others = process.argv.includes('--others');
const cacheDir = join(tmpdir(), 'lede-faq-cache');
mkdirSync(cacheDir, { recursive: true });

async function article(corpora: string, source: string): Promise<Article | null> {
  const cached = join(cacheDir, source.replace(/[^\w.-]+/g, '_') + '.json');
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Article | null;
  const path = join(corpora, source);
  const loaded = await loadArticle(path, { url: pathToFileURL(path).href });
  const a = loaded.ok ? loaded.article : null;
  writeFileSync(cached, JSON.stringify(a));
  return a;
}

function faqOf(a: Article): { lang: string; faq: FaqItem[]; ms: number } {
  const lang = detectLanguage(a.text, a.lang);
  const t0 = performance.now();
  const page = normalizePageFaq(a.signals.faq);
  const faq: FaqItem[] = page.length > 0 ? page.map((e) => ({ ...e, source: 'page' as const })) : generateFaq(a, lang);
  return { lang, faq, ms: performance.now() - t0 };
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function bucket(n: number): string {
  return n >= 3 ? (n <= 5 ? '3-5' : '6+') : String(n);
}

function table(title: string, rows: Map<string, number[]>): void {
  console.log(title);
  console.log('  lang   pages   0   1   2  3-5  share 3-5');
  for (const [lang, counts] of [...rows.entries()].sort()) {
    const b = (k: string) => counts.filter((n) => bucket(n) === k).length;
    const ok = b('3-5');
    console.log(
      `  ${lang.padEnd(5)} ${String(counts.length).padStart(5)} ${String(b('0')).padStart(3)} ${String(b('1')).padStart(3)} ${String(b('2')).padStart(3)} ${String(ok).padStart(4)}  ${((100 * ok) / counts.length).toFixed(0).padStart(5)}%`,
    );
  }
  const all = [...rows.values()].flat();
  const ok = all.filter((n) => n >= 3 && n <= 5).length;
  console.log(`  all   ${String(all.length).padStart(5)}  3-5 entries on ${((100 * ok) / all.length).toFixed(1)}%`);
}

async function main(): Promise<void> {
  const corpora = corporaDir();
  if (!corpora) {
    console.log('corpora not found: set LEDE_CORPORA');
    return;
  }
  const dir = join(corpora, 'editor');
  const perLang = new Map<string, number[]>();
  let answers = 0;
  let supported = 0;
  const times: number[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const ref = JSON.parse(readFileSync(join(dir, f), 'utf8')) as EditorRef;
    const a = await article(corpora, ref.source);
    const lang = ref.lang.split('-')[0]!;
    if (!a) {
      perLang.set(lang, [...(perLang.get(lang) ?? []), 0]);
      continue;
    }
    const { faq, ms } = faqOf(a);
    times.push(ms);
    perLang.set(lang, [...(perLang.get(lang) ?? []), faq.length]);
    const supports = ref.faq.flatMap((e) => e.support).map(norm);
    if (print) console.log(`\n# ${f} (${ref.lang}) ${faq.length} entries`);
    for (const e of faq) {
      const ans = norm(e.answer);
      const hit = supports.some((s) => ans.includes(s) || (s.includes(ans) && ans.length > 0.5 * s.length));
      if (e.source === 'generated') {
        answers++;
        if (hit) supported++;
      }
      if (print) console.log(`  ${hit ? '*' : ' '} Q: ${e.question}\n      A: ${e.answer.slice(0, 220)}`);
    }
  }
  table('Editor set (48 pages): FAQ entries per page', perLang);
  console.log(`  generated answers that are an editor's support sentence: ${supported}/${answers} (${((100 * supported) / Math.max(1, answers)).toFixed(1)}%)`);
  console.log(`  FAQ time per page: median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`);

  if (!others) return;
  const editor = editorSources(corpora);
  const sources = developmentPages(corpora).filter((s) => !inReadingBucket(s) && !editor.has(s));
  const rows = new Map<string, number[]>();
  for (const s of sources) {
    const a = await article(corpora, s);
    if (!a || a.text.length < 900) continue;
    const { lang, faq } = faqOf(a);
    const l = lang.split('-')[0]!;
    rows.set(l, [...(rows.get(l) ?? []), faq.length]);
    if (print) {
      console.log(`\n# ${s} (${lang}) ${faq.length} entries`);
      for (const e of faq) console.log(`    Q: ${e.question}\n      A: ${e.answer.slice(0, 220)}`);
    }
  }
  table('Other tuning pages (not the reading set, 900+ characters): FAQ entries per page', rows);
}

await main();
