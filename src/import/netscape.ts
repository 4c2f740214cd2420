/**
 * Netscape bookmark files (what every browser exports): nested `<DL>` folders under `<H3>` headings become tags,
 * `ADD_DATE` the saved date, `TAGS` more tags, a following `<DD>` the excerpt. Browser root folders ("Bookmarks
 * bar", "Other bookmarks") are not the reader's own labels and are left out.
 */
import { ResultBuilder, type RawItem } from './build';
import { LineCounter, tokenize } from './html';
import { fromUnix } from './safety';

export function isNetscape(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i.test(text.slice(0, 4096));
}

export function parseNetscape(text: string): ResultBuilder {
  const out = new ResultBuilder();
  const lines = new LineCounter(text);
  const folders: (string | null)[] = [];
  let heading: { text: string; tag: string | null } | null = null;
  let nextFolder: string | null = null;
  let link: { raw: RawItem; line: number; text: string } | null = null;
  let pending: { raw: RawItem; line: number } | null = null;
  let inDd = false;

  const flush = () => {
    if (pending) out.add(pending.line, pending.raw);
    pending = null;
    inDd = false;
  };

  for (const tok of tokenize(text)) {
    if (tok.type === 'text') {
      if (link) link.text += tok.text;
      else if (heading) heading.text += tok.text;
      else if (inDd && pending) pending.raw.excerpt = (pending.raw.excerpt ?? '') + tok.text;
      continue;
    }
    const name = tok.name;
    if (tok.type === 'open') {
      if (name === 'a') {
        flush();
        const a = tok.attrs;
        const tags = [...folders.filter((f): f is string => !!f), ...(a.tags ?? '').split(',')];
        const status = (a.status ?? '').toLowerCase() === 'archived' ? 'archived' : 'unread';
        link = {
          line: lines.at(tok.offset),
          text: '',
          raw: { url: a.href, title: '', savedAt: fromUnix(a.add_date), status, favourite: a.favourite === '1', tags },
        };
      } else if (name === 'h3') {
        flush();
        const root = 'personal_toolbar_folder' in tok.attrs || 'unfiled_bookmarks_folder' in tok.attrs;
        heading = { text: '', tag: root ? null : '' };
      } else if (name === 'dl') {
        flush();
        folders.push(nextFolder);
        nextFolder = null;
      } else if (name === 'dd') {
        inDd = pending !== null;
      } else if (name === 'dt') {
        flush();
      }
    } else {
      if (name === 'a' && link) {
        link.raw.title = link.text;
        pending = { raw: link.raw, line: link.line };
        link = null;
      } else if (name === 'h3' && heading) {
        nextFolder = heading.tag === null ? null : heading.text.trim() || null;
        heading = null;
      } else if (name === 'dl') {
        flush();
        folders.pop();
      }
    }
  }
  if (link) pending = { raw: { ...link.raw, title: link.text }, line: link.line };
  flush();
  return out;
}
