/**
 * Sheets for a blind reading by the rubric (`../shared/quality/RUBRIC.md`): for pages of the reading set
 * (`bench/lib/readingSet.ts`, never used for tuning), the article as extracted (its first lines) followed by what
 * Lede shows: TL;DR, the article's first three sentences (the rubric's comparison), FAQ, topics and section.
 * Pages are taken in a fixed order spread over languages, so two runs on two commits read the same pages.
 *
 *   npm run bench:reading -- --out DIR [--pages 36] [--lines 40] [--same-as OTHER_DIR/index.tsv]
 *
 * `--text-sets livedoor_ja,thucnews_cnews_sample_zh --text-pages 4` adds whole articles of `topics-full` (taken
 * from the same hash bucket as the reading set, through the product's plain-text path with the source's title), so
 * that languages the page sets lack are read too.
 * `--same-as` reads the pages listed by an earlier run, so that two commits are read on exactly the same pages.
 * `--skip N` (and `--text-skip N` for the text sets) passes over the first pages of the fixed order, so that a new
 * reading can be held on pages no earlier reading (and so no fix made after one) has looked at.
 *
 * Writes DIR/<n>.txt, one sheet a page, and DIR/index.tsv (sheet, source, language). Give a reader the sheets and
 * the rubric, nothing else.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/core/analyze';
import { sentences } from '../src/core/text/segment';
import { loadArticle } from '../src/cli/load';
import { corporaDir } from './lib/corpora';
import { inReadingBucket, readingSet } from './lib/readingSet';
import { articleFromText } from '../src/core/articleFromText';
import type { Article } from '../src/core/types';
import { primary } from './lib/editorScore';
import { CATEGORY_PACKS, loadCategoryPack } from '../src/core/topics/category';

// The category packs load on demand, as in the extension: read them all before analysing.
await Promise.all(CATEGORY_PACKS.map((p) => loadCategoryPack(p)));

const { values } = parseArgs({
  options: { out: { type: 'string' }, 'same-as': { type: 'string' }, 'text-sets': { type: 'string', default: '' }, 'text-pages': { type: 'string', default: '4' }, pages: { type: 'string', default: '36' }, skip: { type: 'string', default: '0' }, 'text-skip': { type: 'string', default: '0' }, lines: { type: 'string', default: '40' } },
});
const corpora = corporaDir();
if (!corpora) {
  console.log('bench:reading: ../shared/corpora (or $LEDE_CORPORA) is absent; nothing written.');
  process.exit(0);
}
if (!values.out) {
  console.error('usage: npm run bench:reading -- --out DIR [--pages N] [--lines N]');
  process.exit(2);
}
const want = Number(values.pages);
const maxLines = Number(values.lines);
mkdirSync(values.out, { recursive: true });

/**
 * Readability's test pages include parser tests (lorem ipsum, a table of links, a lazy image) that are not news a
 * reader would open; a reading of them says nothing about the companion. A Readability page is read only when its
 * expected metadata says it is readerable and names a site or a date, the marks of a page taken from the web.
 */
function realPage(source: string): boolean {
  if (!source.startsWith('readability-pages/')) return true;
  const meta = join(corpora!, source.replace(/source\.html$/, 'expected-metadata.json'));
  if (!existsSync(meta)) return false;
  const m = JSON.parse(readFileSync(meta, 'utf8')) as { readerable?: boolean; siteName?: string | null; publishedTime?: string | null };
  return m.readerable !== false && Boolean(m.siteName || m.publishedTime);
}

// Round-robin over languages so that a small sample still holds every language of the set.
const byLang = new Map<string, string[]>();
for (const source of values['same-as'] ? [] : readingSet(corpora)) {
  if (!realPage(source)) continue;
  const loaded = await loadArticle(join(corpora, source), {});
  if (!loaded.ok || loaded.article.text.length < 600) continue;
  const lang = primary(analyze(loaded.article).lang) || '?';
  const list = byLang.get(lang) ?? [];
  list.push(source);
  byLang.set(lang, list);
}
const picked: string[] = [];
let toSkip = Number(values.skip);
if (values['same-as']) {
  const rows = readFileSync(values['same-as'], 'utf8').trim().split('\n').slice(1);
  picked.push(...rows.map((r) => r.split('\t')[1]!).slice(0, want));
}
const queues = [...byLang.entries()].sort((a, b) => b[1].length - a[1].length).map(([, l]) => [...l]);
while (picked.length < want && queues.some((q) => q.length)) {
  for (const q of queues) {
    const next = q.shift();
    if (next && toSkip > 0) toSkip--;
    else if (next && picked.length < want) picked.push(next);
  }
}

// Whole articles of topics-full, named `topics-full/<set>#<id>` so that `--same-as` finds them again.
const textSets = values['text-sets'] ? values['text-sets'].split(',').filter(Boolean) : [];
const textArticles = new Map<string, Article>();
for (const set of textSets) {
  const rows = readFileSync(join(corpora, 'topics-full', set, 'data.jsonl'), 'utf8').trim().split('\n');
  let taken = 0;
  let textSkip = Number(values['text-skip']);
  for (const line of rows) {
    const row = JSON.parse(line) as { id: string; title: string; text: string; lang: string };
    const key = `topics-full/${set}#${row.id}`;
    const sameAs = values['same-as'] !== undefined;
    if (sameAs ? !picked.includes(key) : taken >= Number(values['text-pages']) || !inReadingBucket(key)) continue;
    if (!sameAs && textSkip > 0) {
      textSkip--;
      continue;
    }
    // The title often runs into the body in these sets; the body then begins after it.
    const body = row.text.startsWith(row.title) ? row.text.slice(row.title.length) : row.text;
    textArticles.set(key, articleFromText(body.replace(/\s*\n\s*/g, '\n').trim(), { title: row.title, lang: row.lang }));
    if (!sameAs) picked.push(key);
    taken++;
  }
}

const index: string[] = ['sheet\tsource\tlang'];
let n = 0;
for (const source of picked) {
  const fromText = textArticles.get(source);
  const loaded = fromText ? null : await loadArticle(join(corpora, source), {});
  if (loaded && !loaded.ok) continue;
  const a = fromText ?? loaded!.article;
  const analysis = analyze(a);
  const lead3: string[] = [];
  for (const b of a.blocks) {
    if (b.kind === 'h') continue;
    for (const s of sentences(b.text, analysis.lang)) if (lead3.length < 3) lead3.push(s);
  }
  const body = a.text.split('\n').filter((l) => l.trim()).slice(0, maxLines);
  n++;
  const sheet = [
    `TITLE: ${a.title}`,
    `LANGUAGE: ${analysis.lang}`,
    '',
    `ARTICLE (first ${body.length} lines of ${a.text.split('\n').filter((l) => l.trim()).length}):`,
    ...body,
    '',
    '=== WHAT LEDE SHOWS ===',
    'TL;DR:',
    ...analysis.tldr.sentences.map((s) => `  - ${s}`),
    '',
    "THE ARTICLE'S FIRST THREE SENTENCES:",
    ...lead3.map((s) => `  - ${s}`),
    '',
    `FAQ (${analysis.faq.length} entries):`,
    ...analysis.faq.flatMap((f, i) => [`  Q${i + 1}: ${f.question}`, `  A${i + 1}: ${f.answer}`]),
    '',
    `TOPICS: ${analysis.topics.map((t) => t.label).join(' | ')}`,
    `SECTION: ${analysis.category?.label ?? '(none)'}`,
    '',
  ];
  writeFileSync(join(values.out, `${String(n).padStart(2, '0')}.txt`), sheet.join('\n'));
  index.push(`${String(n).padStart(2, '0')}\t${source}\t${analysis.lang}`);
}
writeFileSync(join(values.out, 'index.tsv'), index.join('\n') + '\n');
console.log(`bench:reading: wrote ${n} sheets to ${values.out} (languages: ${[...byLang.keys()].join(', ')})`);
