/**
 * Keeping an offline copy's images, when the reader asks for them ("Load images" in the reader view): each
 * image the reader view found in the copy is fetched by the worker (no cookies, no referrer), checked to be a
 * raster image by its bytes, downscaled and re-encoded (imageCodec.ts), and kept in IndexedDB within the caps
 * of src/core/images/caps.ts. The page's own bytes are never stored or shown: only the re-encoded pixels.
 *
 * Nothing here runs unless the reader clicked: saving an article fetches nothing, and reading a copy fetches
 * nothing (the reader view shows stored images from blob: URLs, or placeholders).
 */
import { IMAGE_CAPS, ImageBudget, type ImageCaps } from '../core/images/caps';
import { httpUrl } from '../core/images/sources';
import { decodable, sniffImage } from '../core/images/sniff';
import { getArticle, imageTotals, replaceArticleImages, sweepOrphanImages, toStorageError, type ImageRow } from '../storage';
import type { StorageErrorCode } from '../storage';

/** What became of one image. */
export type ImageOutcome =
  | 'kept'
  | 'failed' // the request failed: offline, refused, timed out, a redirect to a host that gives no access
  | 'not-image' // the answer is not a raster image (an HTML page, a script, an unreadable file)
  | 'svg' // SVG is markup that can carry script: never shown, and not rasterised
  | 'too-large' // over the download or pixel cap, or too big even downscaled
  | 'over-cap'; // the article's or the library's image budget is used up

export interface ImageLoadSummary {
  outcomes: Array<{ src: string; outcome: ImageOutcome }>;
  /** Images and bytes now kept for this article. */
  kept: number;
  bytes: number;
  /** Bytes every offline copy's images take, this one's included. */
  totalBytes: number;
}

export type ImageLoadReport = ({ ok: true } & ImageLoadSummary) | { ok: false; error: 'no-article' | StorageErrorCode };

export interface Encoded {
  data: ArrayBuffer;
  type: string;
  width: number;
  height: number;
}

export interface ImageDeps {
  fetch: typeof fetch;
  /** Decodes `bytes` and re-encodes them at most `caps.maxEdge` on a side and `caps.maxImageBytes` long. */
  encode: (bytes: Uint8Array, size: { width: number; height: number }, caps: ImageCaps) => Promise<Encoded | 'too-large' | null>;
  caps?: ImageCaps;
  now?: () => number;
  /**
   * Called as each image settles. Chrome stops an extension service worker after 30 s without an event or an
   * extension API call, and fetches are neither: the worker passes a cheap API call here so a long load lives.
   */
  keepAlive?: () => void;
}

/** Longest wait for one image. */
const TIMEOUT_MS = 20_000;
/** Images fetched at once. */
const PARALLEL = 3;
/** Most source URLs one request may name (the article cap decides how many are fetched). */
const MAX_SOURCES = 500;

type Fetched = { ok: true; image: Omit<ImageRow, 'article'> } | { ok: false; outcome: Exclude<ImageOutcome, 'kept' | 'over-cap'> };

/** The body, read up to `max` bytes; null when it is longer. */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => {});
    return null;
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

async function fetchOne(src: string, deps: ImageDeps, caps: ImageCaps): Promise<Fetched> {
  let res: Response;
  try {
    res = await deps.fetch(src, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      headers: { Accept: 'image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { ok: false, outcome: 'failed' };
  }
  // A redirect may only end at an http(s) image (the browser follows no other scheme; checked all the same).
  if (!res.ok || res.type === 'opaque' || res.type === 'opaqueredirect' || (res.url && !('url' in httpUrl(res.url, '')))) {
    await res.body?.cancel().catch(() => {});
    return { ok: false, outcome: 'failed' };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(res, caps.maxSourceBytes);
  } catch {
    return { ok: false, outcome: 'failed' };
  }
  if (!bytes) return { ok: false, outcome: 'too-large' };
  const sniffed = sniffImage(bytes);
  if (sniffed.kind === 'svg') return { ok: false, outcome: 'svg' };
  if (sniffed.kind !== 'raster' || !sniffed.width || !sniffed.height) return { ok: false, outcome: 'not-image' };
  if (!decodable(sniffed, caps.maxSourcePixels)) return { ok: false, outcome: 'too-large' };
  let encoded: Encoded | 'too-large' | null;
  try {
    encoded = await deps.encode(bytes, { width: sniffed.width, height: sniffed.height }, caps);
  } catch {
    encoded = null;
  }
  if (encoded === 'too-large') return { ok: false, outcome: 'too-large' };
  if (!encoded) return { ok: false, outcome: 'not-image' };
  return { ok: true, image: { src, type: encoded.type, data: encoded.data, width: encoded.width, height: encoded.height, bytes: encoded.data.byteLength } };
}

/** The distinct http(s) URLs among `sources`, in order (the reader view's choice, checked again here). */
export function validSources(sources: unknown): string[] {
  if (!Array.isArray(sources)) return [];
  const seen = new Set<string>();
  for (const s of sources.slice(0, MAX_SOURCES)) {
    if (typeof s !== 'string') continue;
    const r = httpUrl(s, '');
    if ('url' in r) seen.add(r.url);
  }
  return [...seen];
}

/**
 * Fetches, downscales and keeps the images of the saved article `url`, replacing any it had. Images are admitted
 * in the order they appear in the copy, so the first pictures are the ones kept when a cap is reached.
 */
export async function loadArticleImages(url: string, sources: unknown, deps: ImageDeps): Promise<ImageLoadReport> {
  const caps = deps.caps ?? IMAGE_CAPS;
  try {
    if (!(await getArticle(url))) return { ok: false, error: 'no-article' };
    await sweepOrphanImages();
    const others = await imageTotals(url);
    const list = validSources(sources);
    const budget = new ImageBudget(others.bytes, caps);
    const fetchable = budget.full ? [] : list.slice(0, caps.maxImagesPerArticle);
    const results: Fetched[] = new Array(fetchable.length);
    let next = 0;
    const worker = async () => {
      while (next < fetchable.length) {
        const i = next++;
        results[i] = await fetchOne(fetchable[i]!, deps, caps);
        deps.keepAlive?.();
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, fetchable.length) }, worker));

    const kept: Omit<ImageRow, 'article'>[] = [];
    const outcomes = list.map((src, i): { src: string; outcome: ImageOutcome } => {
      const r = results[i];
      if (!r) return { src, outcome: 'over-cap' };
      if (!r.ok) return { src, outcome: r.outcome };
      if (!budget.admit(r.image.bytes).ok) return { src, outcome: 'over-cap' };
      kept.push(r.image);
      return { src, outcome: 'kept' };
    });
    if (!(await replaceArticleImages(url, kept, deps.now?.()))) return { ok: false, error: 'no-article' };
    return { ok: true, outcomes, kept: kept.length, bytes: budget.keptBytes, totalBytes: others.bytes + budget.keptBytes };
  } catch (err) {
    return { ok: false, error: toStorageError(err).code };
  }
}
