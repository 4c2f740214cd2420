/**
 * Reading zips safely. fflate inflates each entry into a buffer of the size the zip's directory declares, so
 * memory is bounded by the declared sizes; we cap their total (and the entry count) before inflating anything,
 * which is what stops a zip bomb.
 */
import { unzipSync } from 'fflate';
import { ImportError, LIMITS, type ParseOptions } from './types';

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Entries whose names pass `want`, as bytes. Throws `zip-too-large` or `bad-zip`. */
export function readZip(bytes: Uint8Array, want: (name: string) => boolean, opts: ParseOptions = {}): Map<string, Uint8Array> {
  const maxTotal = opts.maxUnzippedBytes ?? LIMITS.maxUnzippedBytes;
  const maxEntries = opts.maxZipEntries ?? LIMITS.maxZipEntries;
  let total = 0;
  let entries = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(f) {
        entries++;
        if (entries > maxEntries) tooLarge = true;
        if (tooLarge || f.name.endsWith('/') || !want(f.name)) return false;
        total += f.originalSize;
        if (total > maxTotal) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch (e) {
    if (tooLarge) throw new ImportError('zip-too-large');
    throw new ImportError('bad-zip', e instanceof Error ? e.message : String(e));
  }
  if (tooLarge) throw new ImportError('zip-too-large');
  return new Map(Object.entries(files));
}
