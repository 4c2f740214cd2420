/**
 * Omnivore's export zip: `metadata_<from>_to_<to>.json` batches of saved items, `content/<slug>.html` (the
 * offline copy, sanitized before it is kept) and `highlights/<slug>.md`.
 */
import { ResultBuilder } from './build';
import { fromIso } from './safety';

const META = /(?:^|\/)metadata_\d+_to_\d+\.json$/;
const CONTENT = /(?:^|\/)content\/([^/]+)\.html$/;
const HIGHLIGHTS = /(?:^|\/)highlights\/([^/]+)\.md$/;

export function isOmnivoreEntry(name: string): boolean {
  return META.test(name) || CONTENT.test(name) || HIGHLIGHTS.test(name);
}

export function hasOmnivoreMetadata(names: Iterable<string>): boolean {
  for (const n of names) if (META.test(n)) return true;
  return false;
}

/** One highlight per quoted paragraph of the Markdown file, notes that follow a quote kept with it. */
export function splitHighlights(md: string): string[] {
  const out: string[] = [];
  for (const raw of md.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const chunk = raw.trim();
    if (!chunk) continue;
    const last = out.length - 1;
    if (!chunk.startsWith('>') && last >= 0) out[last] = `${out[last]}\n\n${chunk}`;
    else out.push(chunk);
  }
  return out.slice(0, 1000);
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((l: unknown) => (typeof l === 'string' ? l : l && typeof l === 'object' ? (l as { name?: unknown }).name : null))
    .filter((l): l is string => typeof l === 'string');
}

export function parseOmnivore(files: Map<string, Uint8Array>, decode: (b: Uint8Array) => string): ResultBuilder {
  const out = new ResultBuilder();
  const content = new Map<string, Uint8Array>();
  const highlights = new Map<string, Uint8Array>();
  for (const [name, bytes] of files) {
    const c = CONTENT.exec(name);
    if (c) content.set(c[1]!, bytes);
    const h = HIGHLIGHTS.exec(name);
    if (h) highlights.set(h[1]!, bytes);
  }
  const metaFiles = [...files.keys()].filter((n) => META.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of metaFiles) {
    const batch = new ResultBuilder(name);
    let data: unknown;
    try {
      data = JSON.parse(decode(files.get(name)!));
    } catch {
      batch.problem(1, 'bad-json');
      out.merge(batch);
      continue;
    }
    if (!Array.isArray(data)) {
      batch.problem(1, 'bad-json');
      out.merge(batch);
      continue;
    }
    data.forEach((entry: unknown, i) => {
      if (!entry || typeof entry !== 'object') return batch.problem(i + 1, 'bad-row');
      const e = entry as Record<string, unknown>;
      const state = String(e.state ?? '').toLowerCase();
      if (state === 'deleted') {
        batch.skipped++;
        return;
      }
      const slug = typeof e.slug === 'string' ? e.slug : '';
      const progress = typeof e.readingProgress === 'number' ? e.readingProgress : Number(e.readingProgress);
      const item: Parameters<ResultBuilder['add']>[1] = {
        url: e.url,
        title: e.title,
        savedAt: fromIso(e.savedAt),
        status: state === 'archived' ? 'archived' : 'unread',
        favourite: false,
        tags: labelNames(e.labels),
      };
      if (typeof e.description === 'string') item.excerpt = e.description;
      if (typeof e.author === 'string' && e.author.trim()) item.author = e.author.trim().slice(0, 500);
      const published = fromIso(e.publishedAt);
      if (published !== null) item.publishedTime = new Date(published).toISOString();
      // Omnivore stores a percentage; Lede a fraction.
      if (Number.isFinite(progress) && progress > 0) item.readingProgress = Math.min(1, progress > 1 ? progress / 100 : progress);
      const html = slug ? content.get(slug) : undefined;
      if (html) {
        // Kept as the export has it: stored HTML is untrusted and sanitized only at display (the reader view).
        try {
          const copy = decode(html);
          if (copy.trim()) item.html = copy;
        } catch {
          // An unreadable offline copy: the item is still a good link whose content arrives when opened.
        }
      }
      const md = slug ? highlights.get(slug) : undefined;
      if (md) {
        try {
          const list = splitHighlights(decode(md));
          if (list.length) item.highlights = list;
        } catch {
          // Same: highlights are a bonus, not a reason to lose the item.
        }
      }
      batch.add(i + 1, item);
    });
    out.merge(batch);
  }
  return out;
}
