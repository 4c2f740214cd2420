/**
 * Tune on one set, judge on another. Pages of `readability-pages/` and `extraction-dev/` whose corpus path hashes
 * into the first 5 of 16 buckets, less the editor set's pages, are the reading set: they are read blind by the
 * rubric (`../shared/quality/RUBRIC.md`) and never looked at while tuning the engine. Everything else, the editor
 * set included, is the tuning set. The split is by hash so that it needs no list and cannot drift.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `source` is a corpus-relative path, e.g. `readability-pages/bbc-1/source.html` or `extraction-dev/html/x.html`. */
export function inReadingBucket(source: string): boolean {
  const first = createHash('sha1').update(source).digest('hex')[0]!;
  return parseInt(first, 16) < 5;
}

/** Corpus-relative sources of the editor reference set (always tuning pages). */
export function editorSources(corpora: string): Set<string> {
  const dir = join(corpora, 'editor');
  const out = new Set<string>();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json')) continue;
    const ref = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { source?: string };
    if (ref.source) out.add(ref.source);
  }
  return out;
}

/** Every development page (Readability's test pages and extraction-dev), as sources under the corpora folder. */
export function developmentPages(corpora: string): string[] {
  return [
    ...readdirSync(join(corpora, 'readability-pages')).map((d) => `readability-pages/${d}/source.html`),
    ...readdirSync(join(corpora, 'extraction-dev', 'html'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `extraction-dev/html/${f}`),
  ];
}

/** The reading set: every page in the reading bucket that is not an editor page, sorted. */
export function readingSet(corpora: string): string[] {
  const editor = editorSources(corpora);
  return developmentPages(corpora)
    .filter((s) => inReadingBucket(s) && !editor.has(s))
    .sort();
}
