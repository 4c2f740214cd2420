/**
 * ROUGE-1/2/L F1 through js-rouge with one tokenisation for every system: lower-case, split on anything
 * that is not a letter or digit. Published numbers use the Perl script's own tokeniser; figures here compare
 * rows of the same run, not with papers.
 */
import { l, n } from 'js-rouge';

export function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

export function rouge(candidate: string, reference: string): RougeScores {
  if (!candidate.trim()) return { r1: 0, r2: 0, rl: 0 };
  // Sentences are not marked consistently across systems, so ROUGE-L is the LCS of the whole text.
  const whole = (s: string) => [s];
  return {
    r1: n(candidate, reference, { n: 1, tokenizer: tokenize }),
    r2: n(candidate, reference, { n: 2, tokenizer: tokenize }),
    rl: l(candidate, reference, { tokenizer: tokenize, segmenter: whole }),
  };
}
