/**
 * What a downloaded file really is, from its first bytes, and how many pixels it would decode to, read from its
 * header before anything decodes it. A server's Content-Type is not trusted: an HTML error page, a script or an
 * SVG (markup that can carry script, never shown inline) served as `image/png` is caught here, and a
 * decompression bomb (a small file that decodes to gigabytes) is refused from its declared size.
 */

export type RasterType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'bmp';

export type Sniffed =
  | { kind: 'raster'; type: RasterType; width: number | null; height: number | null }
  | { kind: 'svg' }
  | { kind: 'not-image' };

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + ((b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!);
const i32le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);

function ascii(b: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < start + length && i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

function startsWith(b: Uint8Array, sig: number[], at = 0): boolean {
  return b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
}

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  // Walk the segments to the first start-of-frame marker (SOF0..SOF15 but DHT, JPG and DAC).
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8 ' && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return null;
}

/** AVIF/HEIF: the first `ispe` (image spatial extents) property, searched within the header. */
function avifSize(b: Uint8Array): { width: number; height: number } | null {
  const end = Math.min(b.length - 16, 64 * 1024);
  for (let i = 4; i < end; i++) {
    if (b[i] === 0x69 && b[i + 1] === 0x73 && b[i + 2] === 0x70 && b[i + 3] === 0x65) {
      // box: size(4) 'ispe' version/flags(4) width(4) height(4)
      return { width: u32be(b, i + 8), height: u32be(b, i + 12) };
    }
  }
  return null;
}

/** Text that is markup (SVG, HTML, XML), judged from the first non-space characters. */
function markupKind(b: Uint8Array): 'svg' | 'markup' | null {
  let i = 0;
  if (startsWith(b, [0xef, 0xbb, 0xbf])) i = 3;
  while (i < b.length && i < 1024 && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  if (b[i] !== 0x3c) return null; // '<'
  const head = ascii(b, i, 4096).toLowerCase();
  if (head.includes('<svg')) return 'svg';
  return 'markup';
}

export function sniffImage(bytes: Uint8Array): Sniffed {
  const b = bytes;
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return b.length >= 24 && ascii(b, 12, 4) === 'IHDR'
      ? { kind: 'raster', type: 'png', width: u32be(b, 16), height: u32be(b, 20) }
      : { kind: 'raster', type: 'png', width: null, height: null };
  }
  if (startsWith(b, [0xff, 0xd8, 0xff])) {
    const size = jpegSize(b);
    return { kind: 'raster', type: 'jpeg', width: size?.width ?? null, height: size?.height ?? null };
  }
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') {
    return { kind: 'raster', type: 'gif', width: b.length >= 10 ? u16le(b, 6) : null, height: b.length >= 10 ? u16le(b, 8) : null };
  }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    const size = webpSize(b);
    return { kind: 'raster', type: 'webp', width: size?.width ?? null, height: size?.height ?? null };
  }
  if (ascii(b, 4, 4) === 'ftyp' && ['avif', 'avis', 'mif1', 'heic'].includes(ascii(b, 8, 4))) {
    const size = avifSize(b);
    return { kind: 'raster', type: 'avif', width: size?.width ?? null, height: size?.height ?? null };
  }
  if (ascii(b, 0, 2) === 'BM' && b.length >= 26) {
    return { kind: 'raster', type: 'bmp', width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) };
  }
  return markupKind(b) === 'svg' ? { kind: 'svg' } : { kind: 'not-image' };
}

/**
 * Whether a sniffed image may be decoded: its declared size is known, non-zero and at most `maxPixels`. An image
 * whose header names no size is not decoded (the size is what keeps a bomb out).
 */
export function decodable(s: Sniffed, maxPixels: number): boolean {
  return s.kind === 'raster' && !!s.width && !!s.height && s.width * s.height <= maxPixels;
}
