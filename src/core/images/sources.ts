/**
 * Which URL to fetch for one image of an offline copy, from the attributes the saved HTML gave it. Pure: the
 * reader view reads the attributes while sanitizing (src/shared/sanitize.ts) and the worker checks the result
 * again before fetching (background/offlineImages.ts).
 */
import { IMAGE_CAPS } from './caps';

/** The raw attributes of one `<img>` of the stored HTML (untrusted). */
export interface RawImage {
  src?: string | null;
  srcset?: string | null;
  /** Lazy-loading attributes pages use instead of `src` / `srcset` until the image scrolls into view. */
  dataSrc?: string | null;
  dataSrcset?: string | null;
}

export interface SrcsetCandidate {
  url: string;
  /** Width descriptor (`640w`), when given. */
  width?: number;
  /** Density descriptor (`2x`); 1 when neither is given. */
  density?: number;
}

/** Longest URL considered: a longer one is a data: payload or an attack, not an image address. */
const MAX_URL = 2048;

/**
 * Parses a `srcset` list. Splits on commas that end a candidate (a comma inside a URL, as image CDNs write
 * `w_640,h_480`, belongs to the URL when no whitespace precedes the next token). Linear, no backtracking.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const s = value.length > 8 * MAX_URL ? value.slice(0, 8 * MAX_URL) : value;
  let i = 0;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  while (i < s.length) {
    while (i < s.length && (isSpace(s[i]) || s[i] === ',')) i++;
    if (i >= s.length) break;
    const start = i;
    while (i < s.length && !isSpace(s[i])) i++;
    let url = s.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      // "a.jpg," : a candidate with no descriptor.
      let end = url.length;
      while (end > 0 && url[end - 1] === ',') end--;
      url = url.slice(0, end);
    } else {
      while (i < s.length && isSpace(s[i])) i++;
      const dStart = i;
      while (i < s.length && s[i] !== ',') i++;
      descriptor = s.slice(dStart, i).trim();
      i++;
    }
    if (!url) continue;
    const c: SrcsetCandidate = { url };
    const m = /^(\d+(?:\.\d+)?)([wx])$/.exec(descriptor.split(/\s+/)[0] ?? '');
    if (m) {
      const n = Number(m[1]);
      if (n > 0) {
        if (m[2] === 'w') c.width = n;
        else c.density = n;
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * The candidate to keep: with width descriptors the narrowest one at least `targetWidth` wide (else the widest);
 * with densities the highest at most 2x (else the lowest). Mixed lists are judged by widths when any are given.
 */
export function chooseCandidate(candidates: SrcsetCandidate[], targetWidth: number = IMAGE_CAPS.maxEdge): SrcsetCandidate | null {
  if (!candidates.length) return null;
  const widths = candidates.filter((c) => c.width !== undefined);
  if (widths.length) {
    const sorted = widths.slice().sort((a, b) => a.width! - b.width!);
    return sorted.find((c) => c.width! >= targetWidth) ?? sorted[sorted.length - 1]!;
  }
  const byDensity = candidates.slice().sort((a, b) => (a.density ?? 1) - (b.density ?? 1));
  const upTo2 = byDensity.filter((c) => (c.density ?? 1) <= 2);
  return upTo2.length ? upTo2[upTo2.length - 1]! : byDensity[0]!;
}

/** Why an image has no address to fetch. */
export type NoSource = 'none' | 'data-url' | 'not-http';

/** An absolute http(s) URL, or why `value` is not one (resolved against the article's URL). */
export function httpUrl(value: string, baseUrl: string): { url: string } | { skip: NoSource } {
  const v = value.trim();
  if (!v) return { skip: 'none' };
  if (/^data:/i.test(v)) return { skip: 'data-url' };
  if (v.length > MAX_URL) return { skip: 'not-http' };
  try {
    const u = new URL(v, baseUrl || undefined);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { skip: 'not-http' };
    // Credentials in an image URL would be sent to its host: never.
    if (u.username || u.password) return { skip: 'not-http' };
    u.hash = '';
    return { url: u.toString() };
  } catch {
    return { skip: 'not-http' };
  }
}

/**
 * The one URL to fetch for an image: the best `srcset` candidate (lazy `data-srcset` first, since a page's
 * `srcset` may still hold a placeholder), else `data-src`, else `src`. A data: URL is never fetched nor decoded:
 * it is the page's inline placeholder or payload, so the image keeps its placeholder.
 */
export function imageSource(raw: RawImage, baseUrl: string, targetWidth: number = IMAGE_CAPS.maxEdge): { url: string } | { skip: NoSource } {
  const tries: string[] = [];
  for (const set of [raw.dataSrcset, raw.srcset]) {
    if (!set) continue;
    const best = chooseCandidate(parseSrcset(set).filter((c) => !/^data:/i.test(c.url)), targetWidth);
    if (best) tries.push(best.url);
  }
  if (raw.dataSrc) tries.push(raw.dataSrc);
  if (raw.src) tries.push(raw.src);
  let firstSkip: NoSource | null = null;
  for (const t of tries) {
    const r = httpUrl(t, baseUrl);
    if ('url' in r) return r;
    firstSkip ??= r.skip;
  }
  return { skip: firstSkip ?? 'none' };
}

/** The http(s) origin pattern a host permission names for `url` (`https://img.example.com/*`). */
export function originPatternOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}
