/**
 * The page's own FAQ, cleaned for display: JSON-LD answers often carry HTML ("<p>Yes, <a href=...>see</a></p>"),
 * microdata answers carry the page's line breaks. Text only, whitespace collapsed, empty and repeated entries
 * dropped; page order and language kept (nothing is translated or reordered).
 */
import type { PageFaqEntry } from '../types';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** HTML (or text that may hold some) as plain text: block ends become spaces, tags and scripts go. No DOM here. */
export function htmlToText(s: string): string {
  if (!/[<&]/.test(s)) return s.replace(/\s+/g, ' ').trim();
  const stripped = s
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|dd|dt|blockquote)\s*>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, ''); // [^<>]: one scan per tag, not per '<' to the end
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

function key(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase().replace(/[\s\p{P}]+/gu, '');
}

export function normalizePageFaq(entries: PageFaqEntry[]): PageFaqEntry[] {
  const out: PageFaqEntry[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const question = htmlToText(String(e.question ?? ''));
    const answer = htmlToText(String(e.answer ?? ''));
    if (!question || !answer) continue;
    // The same question twice (JSON-LD and the visible section both found): keep the first.
    const k = key(question);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push({ question, answer });
  }
  return out;
}
