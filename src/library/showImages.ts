/**
 * Puts an offline copy's kept images in place of their placeholders, from blob: URLs of the stored (re-encoded)
 * pixels: the only image source the library page's CSP allows besides the extension. Returns the way back
 * (placeholders again, URLs revoked), for "Remove images" and for leaving the article.
 */
import type { ImageSlot } from '../shared/sanitize';
import type { ImageRow } from '../storage';

export function showImages(slots: readonly ImageSlot[], rows: readonly ImageRow[]): { shown: number; undo: () => void } {
  const bySrc = new Map(rows.map((r) => [r.src, r]));
  const urls: string[] = [];
  const swapped: Array<[HTMLImageElement, HTMLElement]> = [];
  for (const slot of slots) {
    const row = slot.source ? bySrc.get(slot.source) : undefined;
    if (!row || !slot.placeholder.isConnected) continue;
    const url = URL.createObjectURL(new Blob([row.data], { type: row.type }));
    urls.push(url);
    const img = slot.placeholder.ownerDocument.createElement('img');
    img.className = 'lede-kept-image';
    img.alt = slot.alt;
    img.width = row.width;
    img.height = row.height;
    img.decoding = 'async';
    img.src = url;
    slot.placeholder.replaceWith(img);
    swapped.push([img, slot.placeholder]);
  }
  return {
    shown: swapped.length,
    undo: () => {
      for (const [img, placeholder] of swapped) if (img.isConnected) img.replaceWith(placeholder);
      for (const url of urls) URL.revokeObjectURL(url);
    },
  };
}
