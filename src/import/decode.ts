/** Bytes to text, refusing what is not text: a wrong encoding should fail loudly, not import mojibake. */
import { ImportError } from './types';

export function decodeText(bytes: Uint8Array): string {
  let label = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, start] = ['utf-16be', 2];
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new ImportError('bad-encoding');
  }
  // NUL bytes mean a binary file (or UTF-16 without its byte-order mark): not something we can read as text.
  if (text.includes('\u0000')) throw new ImportError('bad-encoding');
  return text;
}

