/**
 * Netscape bookmarks HTML, which every browser imports. Tags go in `TAGS` (Firefox reads them); status and
 * favourite go in attributes browsers ignore but Lede's importer reads back.
 */
import type { ArticleRecord } from '../storage/types';
import { escapeHtml } from './cells';

export function toNetscape(rows: readonly ArticleRecord[], folder = 'Lede'): string {
  const out = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
    `    <DT><H3>${escapeHtml(folder)}</H3>`,
    '    <DL><p>',
  ];
  for (const r of rows) {
    const added = Math.floor((r.savedAt ?? r.visitedAt ?? r.updatedAt) / 1000);
    const attrs = [`HREF="${escapeHtml(r.url)}"`, `ADD_DATE="${added}"`];
    if (r.tags.length) attrs.push(`TAGS="${escapeHtml(r.tags.join(','))}"`);
    if (r.status === 'archived') attrs.push('STATUS="archived"');
    if (r.favourite) attrs.push('FAVOURITE="1"');
    out.push(`        <DT><A ${attrs.join(' ')}>${escapeHtml(r.title || r.url)}</A>`);
    if (r.excerpt) out.push(`        <DD>${escapeHtml(r.excerpt)}`);
  }
  out.push('    </DL><p>', '</DL><p>', '');
  return out.join('\n');
}
