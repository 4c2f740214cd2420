/**
 * Whether a file's bytes can be a page or a text at all. Images, executables, archives and random bytes decode
 * (as latin1, or as whatever charset jsdom guesses) into "words", and the extractor would then find an article in
 * them: a garbage TL;DR with no error. This looks at the bytes before any parsing and names why they are not text.
 *
 * HTML may legitimately be in a legacy charset (GBK, Shift_JIS, latin1...), which is invalid UTF-8, so invalid
 * UTF-8 alone refuses only `--text` inputs (read as UTF-8). NUL bytes and C0 control characters refuse both
 * when they are more than a stray few (real saved pages carry the odd NUL, which browsers show as U+FFFD): no
 * text encoding Lede reads puts them in prose, except UTF-16, which announces itself with a byte order mark.
 * Random bytes hold ~0.4% NULs and ~10% other controls; text holds next to none.
 */

/** File signatures of common binary formats (magic numbers at offset 0). */
const SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Windows executable', [0x4d, 0x5a]],
  ['Mach-O executable', [0xcf, 0xfa, 0xed, 0xfe]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['zstd archive', [0x28, 0xb5, 0x2f, 0xfd]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['Ogg media', [0x4f, 0x67, 0x67, 0x53]],
  ['MP3 audio', [0x49, 0x44, 0x33]],
];

/** How much of the file is looked at: enough to see a binary, little enough to stay instant on 20 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of NUL bytes above which a file is binary. */
const MAX_NUL_SHARE = 0.001;
/** Share of C0 control bytes (other than tab, newlines, form feed, escape) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

/** Why these bytes are not text (a short phrase for the error row), or null when they may be. */
export function whyNotText(bytes: Uint8Array, opts: { utf8Only: boolean }): string | null {
  for (const [name, sig] of SIGNATURES) if (startsWith(bytes, sig)) return `it is a ${name}, not text`;
  if (hasUtf16Bom(bytes)) return null;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    // \t \n \v \f \r and ESC (ISO-2022 charsets) occur in text; the other C0 controls do not.
    else if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) control++;
  }
  // Plain text read as UTF-8 has no business holding a NUL at all.
  if (nul > 0 && (opts.utf8Only || nul / sample.length > MAX_NUL_SHARE)) return 'it holds NUL bytes, so it is binary, not text';
  if (sample.length > 0 && (nul + control) / sample.length > MAX_CONTROL_SHARE) return 'it is full of control bytes, not text';
  if (opts.utf8Only) {
    try {
      utf8.decode(bytes);
    } catch {
      return 'it is not valid UTF-8 text';
    }
  }
  return null;
}
