/**
 * Finds a passage of article text in a page split into text nodes. The passage comes from the extracted text
 * (whitespace changed, sometimes with quotes or dashes normalised by the source), so matching is done on a
 * folded copy of both sides that keeps a map back to node offsets. Pure: tested in Node.
 */
export interface TextChunk {
  text: string;
}

export interface PassagePosition {
  chunk: number;
  offset: number;
}

/**
 * Folds a character for matching: whitespace is dropped altogether (text nodes split words, CJK has no spaces
 * and inline elements split either anywhere), curly quotes and dashes become ASCII, case is folded.
 */
function fold(ch: string): string {
  if (/\s/.test(ch)) return '';
  if (/[\u2018\u2019\u201b\u2032]/.test(ch)) return "'";
  if (/[\u201c\u201d\u201f\u2033]/.test(ch)) return '"';
  if (/[\u2010-\u2015]/.test(ch)) return '-';
  return ch.toLowerCase();
}

function foldPassage(passage: string): string {
  let out = '';
  for (const ch of passage) out += fold(ch);
  return out;
}

export function findPassage(
  chunks: TextChunk[],
  passage: string,
): { start: PassagePosition; end: PassagePosition } | null {
  const needle = foldPassage(passage);
  if (!needle) return null;
  // Folded haystack with, for each folded code unit, where it came from.
  let hay = '';
  const fromChunk: number[] = [];
  const fromOffset: number[] = [];
  chunks.forEach((c, ci) => {
    for (let i = 0; i < c.text.length; i++) {
      const f = fold(c.text[i]!);
      hay += f;
      // Lower-casing can lengthen a character ("İ"): map every folded code unit back to its source.
      for (let k = 0; k < f.length; k++) {
        fromChunk.push(ci);
        fromOffset.push(i);
      }
    }
  });
  let at = hay.indexOf(needle);
  let length = needle.length;
  if (at < 0) {
    // The page may have changed since extraction, or the source rewrote the ending: take the longest opening
    // of the passage that the page still has, if it is long enough to be unambiguous. Binary search works
    // because every prefix of a found prefix is found too.
    const min = Math.min(needle.length, Math.max(24, Math.floor(needle.length * 0.4)));
    let lo = min;
    let hi = needle.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const i = hay.indexOf(needle.slice(0, mid));
      if (i >= 0) {
        best = mid;
        at = i;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < 0) return null;
    at = hay.indexOf(needle.slice(0, best));
    length = best;
  }
  if (at < 0) return null;
  const last = at + length - 1;
  return {
    start: { chunk: fromChunk[at]!, offset: fromOffset[at]! },
    end: { chunk: fromChunk[last]!, offset: fromOffset[last]! + 1 },
  };
}
