/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder[,Timestamp[,Tags]]`. Folder is Unread, Archive, Starred or
 * one of the reader's own folders (kept as a tag); Tags is a JSON array.
 */
import { ResultBuilder } from './build';
import { readCsv } from './csv';
import { fromUnix } from './safety';

export function isInstapaperHeader(headers: string[]): boolean {
  return headers.includes('url') && headers.includes('title') && headers.includes('folder');
}

function parseTags(raw: string | undefined): string[] {
  const s = (raw ?? '').trim();
  if (!s) return [];
  try {
    const v: unknown = JSON.parse(s);
    if (Array.isArray(v)) return v.filter((t): t is string => typeof t === 'string');
  } catch {
    // Hand-edited files: a plain comma-separated list is the obvious intent.
  }
  return s.split(',');
}

export function parseInstapaperCsv(text: string, file?: string): ResultBuilder {
  const out = new ResultBuilder(file);
  for (const row of readCsv(text).rows) {
    if (row.ragged && !row.get('url')) {
      out.problem(row.line, 'bad-row');
      continue;
    }
    const folder = (row.get('folder') ?? '').trim();
    const key = folder.toLowerCase();
    const tags = parseTags(row.get('tags'));
    if (folder && key !== 'unread' && key !== 'archive' && key !== 'starred') tags.unshift(folder);
    out.add(row.line, {
      url: row.get('url'),
      title: row.get('title'),
      savedAt: fromUnix(row.get('timestamp')),
      status: key === 'archive' ? 'archived' : 'unread',
      favourite: key === 'starred',
      tags,
      excerpt: row.get('selection') ?? '',
    });
  }
  return out;
}
