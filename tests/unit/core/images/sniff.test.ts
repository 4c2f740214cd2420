import { describe, expect, it } from 'vitest';
import { decodable, sniffImage } from '../../../../src/core/images/sniff';

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const text = (s: string) => new TextEncoder().encode(s);

/** A PNG signature and IHDR chunk declaring width x height (no pixel data: the header is what is read). */
function pngHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...text('IHDR'), ...be32(width), ...be32(height), 8, 6, 0, 0, 0]);
}

/** A JPEG with an APP0 segment, then a baseline start-of-frame declaring its size. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0, 16, ...text('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0]);
}

describe('what a downloaded file is', () => {
  it('reads the size a PNG, a JPEG, a GIF and a WebP declare', () => {
    expect(sniffImage(pngHeader(1600, 900))).toEqual({ kind: 'raster', type: 'png', width: 1600, height: 900 });
    expect(sniffImage(jpegHeader(4032, 3024))).toEqual({ kind: 'raster', type: 'jpeg', width: 4032, height: 3024 });
    expect(sniffImage(new Uint8Array([...text('GIF89a'), 0x20, 0x03, 0x58, 0x02, 0, 0]))).toEqual({ kind: 'raster', type: 'gif', width: 800, height: 600 });
    const vp8x = new Uint8Array([...text('RIFF'), 0, 0, 0, 0, ...text('WEBPVP8X'), 10, 0, 0, 0, 0, 0, 0, 0, 0xff, 0x04, 0x00, 0x1f, 0x03, 0x00]);
    expect(sniffImage(vp8x)).toEqual({ kind: 'raster', type: 'webp', width: 1280, height: 800 });
  });

  it('tells SVG and HTML served as images apart from images', () => {
    expect(sniffImage(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toEqual({ kind: 'svg' });
    expect(sniffImage(text('  <!doctype html><html><script>steal()</script>'))).toEqual({ kind: 'not-image' });
    expect(sniffImage(text('alert(document.cookie)'))).toEqual({ kind: 'not-image' });
    expect(sniffImage(new Uint8Array(0))).toEqual({ kind: 'not-image' });
  });

  it('refuses to decode a decompression bomb, or an image whose header names no size', () => {
    expect(decodable(sniffImage(pngHeader(30_000, 30_000)), 40_000_000)).toBe(false);
    expect(decodable(sniffImage(pngHeader(4000, 3000)), 40_000_000)).toBe(true);
    expect(decodable(sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 40_000_000)).toBe(false);
    expect(decodable(sniffImage(pngHeader(0, 10)), 40_000_000)).toBe(false);
  });
});
