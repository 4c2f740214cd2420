/**
 * Sections per language, without the rest of the analysis: on the editor set (given and right against the
 * editor's section) and on the other tuning pages of readability-pages/ and extraction-dev/ (given only: they
 * have no reference section). Reading-set pages are never opened (bench/lib/readingSet.ts).
 *
 *   npx tsx bench/sections.ts        per-language table
 *   npx tsx bench/sections.ts -v     also one line per page: language, where the section came from, hints, best guess
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticle } from '../src/cli/load';
import { detectLanguage } from '../src/core/text/language';
import { CATEGORY_PACKS, loadCategoryPack, classify, explainCategory } from '../src/core/topics/category';
import { sectionFromHints } from '../src/core/topics/sectionHints';
import { corporaDir } from './lib/corpora';
import { editorSources, inReadingBucket } from './lib/readingSet';

const verbose = process.argv.includes('-v');
const corpora = corporaDir();
if (!corpora) {
  console.error('No corpora: set LEDE_CORPORA or put them at ../shared/corpora.');
  process.exit(1);
}
await Promise.all([...CATEGORY_PACKS, 'fr', 'es', 'pt'].map((p) => loadCategoryPack(p)));

interface Row {
  set: 'editor' | 'tuning';
  lang: string;
  given: boolean;
  right: boolean | null;
}
const rows: Row[] = [];

async function page(source: string, ref: { category: string | null; category_alt?: string[] } | null): Promise<void> {
  const loaded = await loadArticle(join(corpora!, source), {});
  if (!loaded.ok) return;
  const a = loaded.article;
  const lang = detectLanguage(a.text, a.lang);
  const hints = a.signals.sectionHints ?? [];
  const hinted = sectionFromHints(hints);
  const text = `${a.title}\n${a.text.slice(0, 8000)}`;
  const label = hinted ?? classify(text, lang)?.label ?? null;
  const p = lang.split('-')[0]!;
  rows.push({ set: ref ? 'editor' : 'tuning', lang: p, given: label !== null, right: ref ? label === ref.category : null });
  if (verbose) {
    const guess = explainCategory(text, lang) ?? { label: "-", score: 0, evidence: 0 };
    console.log(
      `${(ref ? 'E ' : 'T ') + source.slice(0, 44).padEnd(44)} ${p.padEnd(3)} ${(label ?? '-').padEnd(13)} ${hinted ? 'hint' : 'clf '} ref=${ref?.category ?? '?'}  guess=${guess.label}@${guess.score.toFixed(2)} ev=${guess.evidence.toFixed(1)}  hints=${JSON.stringify(hints).slice(0, 90)}`,
    );
  }
}

const editor = editorSources(corpora);
for (const f of readdirSync(join(corpora, 'editor')).filter((x) => x.endsWith('.json'))) {
  const ref = JSON.parse(readFileSync(join(corpora, 'editor', f), 'utf8')) as { source: string; category: string | null };
  await page(ref.source, ref);
}
const others = [
  ...readdirSync(join(corpora, 'readability-pages')).map((d) => `readability-pages/${d}/source.html`),
  ...readdirSync(join(corpora, 'extraction-dev', 'html')).filter((f) => f.endsWith('.html')).map((f) => `extraction-dev/html/${f}`),
].filter((s) => !inReadingBucket(s) && !editor.has(s));
for (const s of others) await page(s, null);

for (const set of ['editor', 'tuning'] as const) {
  const rs = rows.filter((r) => r.set === set);
  const langs = [...new Set(rs.map((r) => r.lang))].sort();
  console.log(`\n${set} set (${rs.length} pages)         n  given  right`);
  for (const l of [...langs, 'all']) {
    const x = l === 'all' ? rs : rs.filter((r) => r.lang === l);
    const right = set === 'editor' ? String(x.filter((r) => r.right).length).padStart(5) : '    -';
    console.log(`  ${l.padEnd(24)} ${String(x.length).padStart(4)}  ${String(x.filter((r) => r.given).length).padStart(5)}  ${right}`);
  }
}
