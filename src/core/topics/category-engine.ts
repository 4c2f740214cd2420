/**
 * The category classifier's engine: the features it sees (hashed word unigrams and bigrams, log term
 * frequency, L2-normalised), the compact weights format and the scoring. The training script
 * (scripts/train-topics.ts) and the runtime (category.ts) both go through this module, so the figures the
 * trainer prints are those of the exact model that ships. It lives apart from category.ts so training does
 * not import the weights it is about to write.
 */
import { normalizeToken } from '../text/segment';
import { isWordChar, wordCharRunEnd } from '../text/charClass';
import { UNSPACED_RE } from '../text/scripts';

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

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    let locale: string | undefined = lang;
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      locale = undefined; // a malformed lang attribute must not break classification
    }
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}


/** Sparse feature vector: parallel arrays of bucket ids and values (L2 norm 1 unless empty). */
export interface FeatureVector {
  ids: Int32Array;
  values: Float32Array;
  /** Word tokens considered (after the cap). */
  tokens: number;
}

const FNV_BASIS = 0x811c9dc5;

/** FNV-1a state `h` extended over the code units of `s` from `from` to `to`. */
function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a state `h` extended over one code unit. */
function fnvUnit(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** A final avalanche step: plain FNV clusters short strings that differ only in their last character. */
function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & HASH_MASK;
}

/** FNV-1a over UTF-16 code units: tiny, fast and identical in every JavaScript context. */
export function hashFeature(s: string): number {
  return finish(fnv(FNV_BASIS, s));
}

const NUMBER_RE = /^[\d.,:%]+$/;

/**
 * English function words and the reporting verbs of news prose. They carry no section, yet a model trained
 * on HuffPost's descriptions (half of them politics) learns "the", "that", "said" as politics evidence, and a
 * long page is mostly such words: every long article came out as politics. Dropped before features are made,
 * so bigrams join the content words around them ("secretary of state" -> "secretary state").
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here where when while what which who whom whose why how " +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ' +
    "is am are was were be been being do does did done doing have has had having will would shall should can could may might must " +
    "not no yes to of in on at by for from with without about into onto over under after before since until up down out off " +
    'as also just only even still very too more most much many some any all each every both either neither such other another ' +
    "own same s t don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't it’s i'm i've i'd you're we're they're " +
    "that's there's what's said says say saying told tells according reported added including via per like get got gets going go goes " +
    'new now well back way make makes made see first last year years time day week month'
  ).split(' '),
);

/**
 * Word tokens as the model sees them, at most MAX_TOKENS: NFKC + lower case, English possessive "'s" removed (the HuffPost
 * training headlines are pre-tokenised as "smith 's", real pages write "Smith's"), bare numbers and English
 * function words dropped.
 */
export function categoryTokens(text: string, lang: string): string[] {
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const out: string[] = [];
  const push = (w: string): boolean => {
    let t = normalizeToken(w);
    if (t.endsWith("'s") || t.endsWith('’s')) t = t.slice(0, -2);
    if (t && !NUMBER_RE.test(t) && !FUNCTION_WORDS.has(t)) out.push(t);
    return out.length < MAX_TOKENS;
  };
  // Intl.Segmenter is the slow part (an object per segment, spaces included), so space-separated words are
  // split by a regular expression and only runs of unspaced scripts go through ICU's dictionaries.
  // Letter/digit runs, with inner apostrophes and dots kept ("don't", "u.s"): the matches of
  // /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu, found by a scan over code points (no match object per word).
  const len = sample.length;
  for (let i = 0; i < len; ) {
    const cp = sample.codePointAt(i)!;
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = wordCharRunEnd(sample, i);
    for (;;) {
      const j = sample.charCodeAt(i);
      if ((j === 0x27 || j === 0x2019 || j === 0x2e) && i + 1 < len && isWordChar(sample.codePointAt(i + 1)!)) i = wordCharRunEnd(sample, i + 1);
      else break;
    }
    const run = sample.slice(start, i);
    if (!UNSPACED_RE.test(run)) {
      if (!push(run)) break;
      continue;
    }
    let more = true;
    for (const seg of wordSegmenter(lang).segment(run)) {
      if (seg.isWordLike && !(more = push(seg.segment))) break;
    }
    if (!more) break;
  }
  return out;
}

/** Hashed unigrams, bigrams and long-word prefixes of `text`, log-tf weighted, L2-normalised. */
export function categoryFeatures(text: string, lang: string): FeatureVector {
  const tokens = categoryTokens(text, lang);
  const counts = new Map<number, number>();
  const add = (h: number): void => {
    const id = finish(h);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  // Features are hashed as the strings they stand for ("a b", "~vaccin") without building those strings:
  // FNV reads code units in order, so hashing on from the previous token's state is the same hash.
  let prevState = FNV_BASIS;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const state = fnv(FNV_BASIS, t);
    add(state);
    // A space cannot occur inside a word token, so "a b" never collides with a unigram by construction.
    if (i > 0) add(fnv(fnvUnit(prevState, 0x20), t));
    // A crude stem for long Latin-script words ("vaccine", "vaccines", "vaccinated" share "~vaccin"): the
    // headlines are short, so sharing evidence across inflections is worth about a point of accuracy.
    if (t.length > 6 && t.charCodeAt(0) < 0x250) add(fnv(fnvUnit(FNV_BASIS, 0x7e), t, 0, 6));
    prevState = state;
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

/** The committed weights file (category-model.json), as written by scripts/train-topics.ts. */
export interface CategoryModelFile {
  version: 1;
  hashBits: number;
  maxTokens: number;
  /** Taxonomy ids, in the order of each weight row. */
  classes: string[];
  /** Kept feature buckets, ascending, delta-encoded as LEB128 varints, base64. */
  ids: string;
  /** int8 weights, one row of `classes.length` per kept bucket, base64; the real weight is q * scale. */
  weights: string;
  scale: number;
  bias: number[];
  /** Softmax temperature fitted on the calibration split. */
  temperature: number;
  /** Below this calibrated probability the classifier answers null. */
  threshold: number;
  /** Fewer word tokens than this: too little text to judge, null. */
  minTokens: number;
  /** Fewer features the model knows than this: nothing recognisable (gibberish, another language), null. */
  minEvidence: number;
  /** Figures from the training run, for the record (not read at runtime). */
  metrics?: Record<string, number>;
}

export interface CategoryModel {
  classes: string[];
  /**
   * Bucket id -> row index into `weights`: open addressing over `keys` (-1 = empty slot), linear probing.
   * Typed arrays rather than a Map of 20,000 entries: the index is built on a fresh service worker's first
   * click, where 20,000 Map insertions in cold code cost milliseconds.
   */
  keys: Int32Array;
  rows: Int32Array;
  /** Number of kept buckets (rows). */
  size: number;
  /**
   * int8 weights, one row of `classes.length` per kept bucket. Rows are decoded from the file's base64 when
   * first read (`decoded`): a page touches a few hundred of the 20,000 rows, and decoding all 240 KB up
   * front was most of the first classification's cost.
   */
  weights: Int8Array;
  decoded: Uint8Array;
  weightsB64: string;
  scale: number;
  bias: Float64Array;
  temperature: number;
  threshold: number;
  minTokens: number;
  minEvidence: number;
}

export interface Prediction {
  /** Best class. */
  label: string;
  /** Its calibrated probability. */
  score: number;
  /** Calibrated probabilities of all classes, in `model.classes` order. */
  probs: Float64Array;
  /** Features of the text found in the model. */
  evidence: number;
  tokens: number;
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

/** Sorted bucket ids -> base64 of LEB128 deltas (small gaps take one byte, not four). */
export function encodeIds(ids: readonly number[]): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const id of ids) {
    let d = id - prev;
    if (d < 0) throw new Error('ids must be ascending');
    prev = id;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
  }
  return bytesToBase64(Uint8Array.from(bytes));
}

export function decodeIds(b64: string): number[] {
  const bytes = base64ToBytes(b64);
  const out: number[] = [];
  let prev = 0;
  let d = 0;
  let shift = 0;
  for (const b of bytes) {
    d |= (b & 0x7f) << shift;
    if (b & 0x80) {
      shift += 7;
    } else {
      prev += d;
      out.push(prev);
      d = 0;
      shift = 0;
    }
  }
  return out;
}

export function encodeWeights(q: Int8Array): string {
  return bytesToBase64(new Uint8Array(q.buffer, q.byteOffset, q.byteLength));
}

/** Base64 alphabet -> 6-bit value (255 outside it), built on first use. */
let b64Values: Uint8Array | null = null;

function base64Table(): Uint8Array {
  if (!b64Values) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    b64Values = new Uint8Array(128).fill(255);
    for (let i = 0; i < alphabet.length; i++) b64Values[alphabet.charCodeAt(i)] = i;
  }
  return b64Values;
}

/** Bytes base64 text decodes to (what atob() would return, counted without decoding). */
function base64ByteLength(b64: string): number {
  let n = b64.length;
  while (n > 0 && b64.charCodeAt(n - 1) === 0x3d) n--; // '=' padding
  return Math.floor((n * 3) / 4);
}

/** Slot of bucket `id` in the model's index: where it is, or the empty slot where it would go. */
function slotOf(keys: Int32Array, id: number): number {
  const mask = keys.length - 1;
  // Fibonacci hashing (the product's high bits): the table's length is a power of two.
  let slot = Math.imul(id, 0x9e3779b1) >>> (Math.clz32(keys.length) + 1);
  while (keys[slot] !== -1 && keys[slot] !== id) slot = (slot + 1) & mask;
  return slot;
}

/** Row of bucket `id`, or -1 when the model did not keep it. */
function rowOf(model: CategoryModel, id: number): number {
  const slot = slotOf(model.keys, id);
  return model.keys[slot] === -1 ? -1 : model.rows[slot]!;
}

/** Fills row `row` of `model.weights` from the base64 text: exactly the bytes atob() gives at those offsets. */
function decodeRow(model: CategoryModel, row: number): void {
  const table = base64Table();
  const b64 = model.weightsB64;
  const C = model.classes.length;
  const from = row * C;
  const to = from + C;
  // Bytes [3g, 3g + 3) come from characters [4g, 4g + 4).
  for (let g = Math.floor(from / 3); 3 * g < to; g++) {
    const c = 4 * g;
    const v =
      (table[b64.charCodeAt(c) & 0x7f]! << 18) |
      (table[b64.charCodeAt(c + 1) & 0x7f]! << 12) |
      ((table[b64.charCodeAt(c + 2) & 0x7f]! & 0x3f) << 6) |
      (table[b64.charCodeAt(c + 3) & 0x7f]! & 0x3f);
    for (let k = 0; k < 3; k++) {
      const b = 3 * g + k;
      // Int8Array stores the byte's two's-complement value, as the view over atob()'s bytes did.
      if (b >= from && b < to) model.weights[b] = (v >>> (16 - 8 * k)) & 0xff;
    }
  }
  model.decoded[row] = 1;
}

export function decodeModel(file: CategoryModelFile): CategoryModel {
  if (file.hashBits !== HASH_BITS || file.maxTokens !== MAX_TOKENS) {
    // The weights were trained on other features: scores would be noise. Retrain (npm run train:topics).
    throw new Error('category model does not match the feature code; run npm run train:topics');
  }
  const C = file.classes.length;
  const size = base64ByteLength(file.weights) / C;
  if (!Number.isInteger(size) || file.weights.length % 4 !== 0) {
    throw new Error('category model is corrupt');
  }
  // The ids are decoded straight into the index (LEB128 deltas, as decodeIds reads them).
  let capacity = 16;
  while (capacity < 2 * size) capacity *= 2;
  const keys = new Int32Array(capacity).fill(-1);
  const rows = new Int32Array(capacity);
  const hashShift = Math.clz32(capacity) + 1;
  const mask = capacity - 1;
  const bytes = base64ToBytes(file.ids);
  let n = 0;
  let prev = 0;
  let d = 0;
  let shift = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    d |= (b & 0x7f) << shift;
    if (b & 0x80) {
      shift += 7;
    } else {
      prev += d;
      if (n < size) {
        // slotOf(), written out: this loop runs 20,000 times in code not yet optimised (a fresh worker).
        let slot = Math.imul(prev, 0x9e3779b1) >>> hashShift;
        while (keys[slot] !== -1 && keys[slot] !== prev) slot = (slot + 1) & mask;
        // A repeated id keeps its last row, as Map.set did.
        keys[slot] = prev;
        rows[slot] = n;
      }
      n++;
      d = 0;
      shift = 0;
    }
  }
  if (n !== size) throw new Error('category model is corrupt');
  return {
    classes: file.classes,
    keys,
    rows,
    size,
    weights: new Int8Array(size * C),
    decoded: new Uint8Array(size),
    weightsB64: file.weights,
    scale: file.scale,
    bias: Float64Array.from(file.bias),
    temperature: file.temperature,
    threshold: file.threshold,
    minTokens: file.minTokens,
    minEvidence: file.minEvidence,
  };
}

/** Scores a feature vector: calibrated class probabilities and how much of the text the model knew. */
export function predict(model: CategoryModel, fv: FeatureVector): Prediction {
  const C = model.classes.length;
  const logits = Float64Array.from(model.bias);
  let evidence = 0;
  for (let i = 0; i < fv.ids.length; i++) {
    const row = rowOf(model, fv.ids[i]!);
    if (row < 0) continue;
    if (model.decoded[row] === 0) decodeRow(model, row);
    evidence++;
    const x = fv.values[i]! * model.scale;
    const base = row * C;
    for (let c = 0; c < C; c++) logits[c]! += x * model.weights[base + c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < C; c++) {
    logits[c]! /= model.temperature;
    if (logits[c]! > max) max = logits[c]!;
  }
  let sum = 0;
  const probs = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    probs[c] = Math.exp(logits[c]! - max);
    sum += probs[c]!;
  }
  let best = 0;
  for (let c = 0; c < C; c++) {
    probs[c]! /= sum;
    if (probs[c]! > probs[best]!) best = c;
  }
  return { label: model.classes[best]!, score: probs[best]!, probs, evidence, tokens: fv.tokens };
}

/** The classifier's answer: the best class when there is enough text and enough confidence, else null. */
export function decide(model: CategoryModel, p: Prediction): { label: string; score: number } | null {
  if (p.tokens < model.minTokens || p.evidence < model.minEvidence || p.score < model.threshold) return null;
  return { label: p.label, score: Math.round(p.score * 1000) / 1000 };
}
