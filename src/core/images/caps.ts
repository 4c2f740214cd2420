/**
 * How much of the reader's disk the offline copies' images may take, and the accounting that keeps to it. The
 * figures are the product's promise (README, docs/offline-images.md): a saved article's pictures are kept small
 * enough to read them, and never enough to fill a profile.
 */

export const IMAGE_CAPS = {
  /** Bytes downloaded for one image before it is given up (a larger file is refused unread). */
  maxSourceBytes: 12 * 1024 * 1024,
  /** Decoded pixels of one source image (width x height): a decompression bomb is refused from its header. */
  maxSourcePixels: 40_000_000,
  /** The longest side of a kept image, in pixels: the reader's column at twice its width. */
  maxEdge: 1280,
  /** Bytes of one kept (re-encoded) image. */
  maxImageBytes: 400 * 1024,
  /** Images kept per article. */
  maxImagesPerArticle: 40,
  /** Bytes kept per article. */
  maxArticleBytes: 5 * 1024 * 1024,
  /** Bytes kept for every offline copy together. */
  maxTotalBytes: 200 * 1024 * 1024,
} as const;

export type ImageCaps = { -readonly [K in keyof typeof IMAGE_CAPS]: number };

/** Which cap stopped an image from being kept. */
export type CapHit = 'article-count' | 'article-bytes' | 'total-bytes';

/**
 * A running budget for one article's images. `othersBytes` is what every other article's images already take;
 * the article's own earlier images are replaced, so they do not count.
 */
export class ImageBudget {
  private count = 0;
  private bytes = 0;

  constructor(
    private readonly othersBytes: number,
    private readonly caps: ImageCaps = IMAGE_CAPS,
  ) {}

  /** Whether one more image of `size` bytes fits; when it does it is counted. */
  admit(size: number): { ok: true } | { ok: false; cap: CapHit } {
    if (this.count >= this.caps.maxImagesPerArticle) return { ok: false, cap: 'article-count' };
    if (this.bytes + size > this.caps.maxArticleBytes) return { ok: false, cap: 'article-bytes' };
    if (this.othersBytes + this.bytes + size > this.caps.maxTotalBytes) return { ok: false, cap: 'total-bytes' };
    this.count++;
    this.bytes += size;
    return { ok: true };
  }

  /** True once no image at all could still fit (the remaining sources need not be fetched). */
  get full(): boolean {
    return this.count >= this.caps.maxImagesPerArticle || this.othersBytes + this.bytes >= this.caps.maxTotalBytes;
  }

  get keptBytes(): number {
    return this.bytes;
  }

  get keptCount(): number {
    return this.count;
  }
}

/** The size (width, height) an image of `width` x `height` is kept at: the longest side at most `maxEdge`. */
export function keptSize(width: number, height: number, maxEdge: number = IMAGE_CAPS.maxEdge): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= maxEdge) return { width, height };
  const scale = maxEdge / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
