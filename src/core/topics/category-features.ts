/**
 * The features the category classifier sees: hashed word unigrams and bigrams, weighted by log term
 * frequency and L2-normalised. The training script (scripts/train-topics.ts) and the runtime classifier
 * (category.ts) both call this one function, so a retrained model can never disagree with the code reading it.
 * It lives apart from category.ts so training does not import the weights it is about to write.
 */
import { normalizeToken, words } from '../text/segment';

/** Bits of the hashed feature space. Changing it invalidates category-model.json: retrain. */
export const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;

/**
 * Only the first words count. A category is set by the title and the lead; the rest of a long page adds
 * asides, comments and boilerplate, and (with more features) confidence the text has not earned.
 */
export const MAX_TOKENS = 400;

/** Characters read before segmenting, so a 100,000-word page costs no more than a 1,000-word one. */
const MAX_CHARS = 6000;

/** Sparse feature vector: parallel arrays of bucket ids and values (L2 norm 1 unless empty). */
export interface FeatureVector {
  ids: Int32Array;
  values: Float32Array;
  /** Word tokens considered (after the cap). */
  tokens: number;
}

/** FNV-1a over UTF-16 code units: tiny, fast and identical in every JavaScript context. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche step: plain FNV clusters short strings that differ only in their last character.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & HASH_MASK;
}

const NUMBER_RE = /^[\d.,:%]+$/;

/**
 * Word tokens as the model sees them: NFKC + lower case, English possessive "'s" removed (the HuffPost
 * training headlines are pre-tokenised as "smith 's", real pages write "Smith's"), bare numbers dropped.
 */
export function categoryTokens(text: string, lang: string): string[] {
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const out: string[] = [];
  for (const w of words(sample, lang)) {
    let t = normalizeToken(w);
    if (t.endsWith("'s") || t.endsWith('’s')) t = t.slice(0, -2);
    if (!t || t === 's' || NUMBER_RE.test(t)) continue;
    out.push(t);
    if (out.length >= MAX_TOKENS) break;
  }
  return out;
}

/** Hashed unigrams + bigrams of `text`, log-tf weighted, L2-normalised. */
export function categoryFeatures(text: string, lang: string): FeatureVector {
  const tokens = categoryTokens(text, lang);
  const counts = new Map<number, number>();
  const add = (s: string): void => {
    const id = hashFeature(s);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    add(t);
    // A space cannot occur inside a word token, so "a b" never collides with a unigram by construction.
    if (i > 0) add(`${tokens[i - 1]!} ${t}`);
  }
  const ids = new Int32Array(counts.size);
  const values = new Float32Array(counts.size);
  let norm = 0;
  let k = 0;
  for (const [id, c] of counts) {
    const v = 1 + Math.log(c);
    ids[k] = id;
    values[k] = v;
    norm += v * v;
    k++;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < values.length; i++) values[i]! *= inv;
  }
  return { ids, values, tokens: tokens.length };
}
