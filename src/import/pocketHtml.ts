/**
 * Pocket's older HTML export: `<h1>Unread</h1>` and `<h1>Read Archive</h1>`, each followed by a list of
 * `<a href time_added tags>` links (tags comma-separated).
 */
import { ResultBuilder, type RawItem } from './build';
import { LineCounter, tokenize } from './html';
import { fromUnix } from './safety';

export function isPocketHtml(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return /<a\s[^>]*\btime_added\s*=/i.test(head) && /<h1[^>]*>\s*(Unread|Read Archive)\s*<\/h1>/i.test(head);
}

export function parsePocketHtml(text: string): ResultBuilder {
  const out = new ResultBuilder();
  const lines = new LineCounter(text);
  let archived = false;
  let h1: string | null = null;
  let link: { raw: RawItem; line: number; text: string } | null = null;
  for (const tok of tokenize(text)) {
    if (tok.type === 'text') {
      if (link) link.text += tok.text;
      else if (h1 !== null) h1 += tok.text;
    } else if (tok.type === 'open' && tok.name === 'h1') {
      h1 = '';
    } else if (tok.type === 'close' && tok.name === 'h1' && h1 !== null) {
      archived = /archive/i.test(h1);
      h1 = null;
    } else if (tok.type === 'open' && tok.name === 'a') {
      const a = tok.attrs;
      link = {
        line: lines.at(tok.offset),
        text: '',
        raw: {
          url: a.href,
          title: '',
          savedAt: fromUnix(a.time_added),
          status: archived ? 'archived' : 'unread',
          favourite: false,
          tags: (a.tags ?? '').split(','),
        },
      };
    } else if (tok.type === 'close' && tok.name === 'a' && link) {
      out.add(link.line, { ...link.raw, title: link.text });
      link = null;
    }
  }
  if (link) out.add(link.line, { ...link.raw, title: link.text });
  return out;
}
