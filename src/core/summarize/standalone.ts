/**
 * How well a sentence stands on its own as a TL;DR line: one that leans on the sentence before it or quotes
 * someone reads as a fragment when shown alone.
 */

/** Sentences that lean on the one before them ("He added...", "But...") or quote someone: weaker alone. */
const DEPENDENT_RE = /^(?:and|but|or|so|also|he|she|it|they|this|that|these|those|his|her|their|its)\b/i;
const QUOTED_RE = /^\s*['"‘“«「『]/u;

/** A multiplier in (0, 1] for how well a sentence stands on its own as a TL;DR line. */
export function standalone(sentence: string): number {
  let f = 1;
  if (QUOTED_RE.test(sentence)) f *= 0.75;
  if (DEPENDENT_RE.test(sentence)) f *= 0.85;
  // A question raises the topic without telling the reader anything about it.
  if (/[?？]\s*['"’”»」』]?\s*$/u.test(sentence)) f *= 0.6;
  return f;
}
