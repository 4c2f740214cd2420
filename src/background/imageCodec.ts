/**
 * Downscaling and re-encoding in the worker (or Firefox's background page): createImageBitmap decodes, an
 * OffscreenCanvas draws at the kept size, WebP (JPEG where the browser cannot encode WebP) comes out. Nothing of
 * the page's file survives but its pixels: no metadata, no second frame, no embedded anything.
 */
import { keptSize, type ImageCaps } from '../core/images/caps';
import type { Encoded } from './offlineImages';

/** Tries from best to smallest: scale of the kept size, then quality. */
const ATTEMPTS: Array<[scale: number, quality: number]> = [
  [1, 0.8],
  [1, 0.6],
  [0.7, 0.6],
  [0.5, 0.5],
];

async function decode(blob: Blob, width: number, height: number): Promise<ImageBitmap> {
  try {
    // Decoding straight to the kept size spares a full-size bitmap where the browser supports it.
    return await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  } catch {
    return createImageBitmap(blob);
  }
}

async function encodeAt(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(bitmap, 0, 0, width, height);
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality });
  if (webp.type === 'image/webp') return webp;
  // No WebP encoder (the browser gave PNG instead): JPEG, on white since JPEG has no transparency.
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality });
}

export async function encodeImage(bytes: Uint8Array, size: { width: number; height: number }, caps: ImageCaps): Promise<Encoded | 'too-large' | null> {
  const target = keptSize(size.width, size.height, caps.maxEdge);
  let bitmap: ImageBitmap;
  try {
    bitmap = await decode(new Blob([bytes as Uint8Array<ArrayBuffer>]), target.width, target.height);
  } catch {
    return null;
  }
  try {
    for (const [scale, quality] of ATTEMPTS) {
      const width = Math.max(1, Math.round(target.width * scale));
      const height = Math.max(1, Math.round(target.height * scale));
      const blob = await encodeAt(bitmap, width, height, quality);
      if (blob.size <= caps.maxImageBytes) return { data: await blob.arrayBuffer(), type: blob.type, width, height };
    }
    return 'too-large';
  } finally {
    bitmap.close();
  }
}
