/**
 * Topics to read, not to score: every tuning page's title, language, section hints and topic chips, one JSON line
 * each, so a reader can judge them by `../shared/quality/RUBRIC.md` before and after a change. Reading-set pages
 * (bench/lib/readingSet.ts) are never opened.
 *
 *   npx tsx bench/topics-read.ts OUT.jsonl [REGEX]    REGEX: only the sources it matches
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { loadArticle } from '../src/cli/load';
import { corporaDir } from './lib/corpora';
import { developmentPages, editorSources, inReadingBucket } from './lib/readingSet';
import { CATEGORY_PACKS, TRANSFER_LANGS, loadCategoryPack } from '../src/core/topics/category';

await Promise.all([...CATEGORY_PACKS, ...TRANSFER_LANGS].map((p) => loadCategoryPack(p)));
const corpora = corporaDir();
if (!corpora) throw new Error('no corpora: set LEDE_CORPORA');
const editor = editorSources(corpora);
const all = developmentPages(corpora);
const out: string[] = [];
const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
for (const source of all.filter((s) => !inReadingBucket(s) && (!only || only.test(s))).sort()) {
  const loaded = await loadArticle(join(corpora, source), {});
  if (!loaded.ok) continue;
  const a = analyze(loaded.article);
  out.push(
    JSON.stringify({
      source,
      editor: editor.has(source),
      lang: a.lang,
      title: loaded.article.title,
      hints: loaded.article.signals.sectionHints ?? [],
      topics: a.topics.map((t) => (t.type ? `${t.label} <${t.type}>` : t.label)),
    }),
  );
}
writeFileSync(process.argv[2] ?? 'topics-read.jsonl', out.join('\n') + '\n');
console.log(`${out.length} pages`);
