/**
 * Scoring against the editor reference set, as its README says: ROUGE on words (lower-cased, Porter-stemmed for
 * English) or characters (Chinese, Japanese); sentence hits by containment or token Jaccard >= 0.8; topic labels
 * matched after normalisation by word prefixes or token subsets. Used by bench/companion.ts.
 */
import { stemmer } from 'stemmer';

// ---------- tokens, ROUGE ----------

export const primary = (lang: string | null | undefined) => (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
export const isCjk = (lang: string) => lang === 'zh' || lang === 'ja';

function normalizeSpace(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function tokens(text: string, lang: string): string[] {
  const t = normalizeSpace(text).toLowerCase();
  if (isCjk(lang)) return [...t].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const words = t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return lang === 'en' ? words.map((w) => stemmer(w)) : words;
}

function ngrams(toks: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= toks.length; i++) {
    const k = toks.slice(i, i + n).join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, cand: number, ref: number): number {
  if (!overlap || !cand || !ref) return 0;
  const p = overlap / cand;
  const r = overlap / ref;
  return (2 * p * r) / (p + r);
}

function rougeN(c: string[], r: string[], n: number): number {
  const a = ngrams(c, n);
  const b = ngrams(r, n);
  let overlap = 0;
  for (const [k, v] of a) overlap += Math.min(v, b.get(k) ?? 0);
  return f1(overlap, Math.max(0, c.length - n + 1), Math.max(0, r.length - n + 1));
}

function rougeL(c: string[], r: string[]): number {
  if (!c.length || !r.length) return 0;
  let prev = new Array<number>(r.length + 1).fill(0);
  for (let i = 1; i <= c.length; i++) {
    const cur = new Array<number>(r.length + 1).fill(0);
    for (let j = 1; j <= r.length; j++) cur[j] = c[i - 1] === r[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return f1(prev[r.length]!, c.length, r.length);
}

export function rouge(candidate: string, reference: string, lang: string) {
  const c = tokens(candidate, lang);
  const r = tokens(reference, lang);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: rougeL(c, r) };
}

// ---------- sentence hits (gist, support) ----------

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  const union = A.size + B.size - inter;
  return union ? inter / union : 0;
}

/** The editor README's rule: containment either way (whitespace normalised; for CJK also without spaces), or token Jaccard >= 0.8. */
export function sentenceHits(system: string, ref: string, lang: string): boolean {
  const a = normalizeSpace(system);
  const b = normalizeSpace(ref);
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  if (isCjk(lang)) {
    const a2 = a.replace(/\s/g, '');
    const b2 = b.replace(/\s/g, '');
    if (a2.includes(b2) || b2.includes(a2)) return true;
  }
  return jaccard(tokens(a, lang), tokens(b, lang)) >= 0.8;
}

export function gistScores(system: string[], gist: string[], lang: string) {
  const hitsP = system.filter((s) => gist.some((g) => sentenceHits(s, g, lang))).length;
  const hitsR = gist.filter((g) => system.some((s) => sentenceHits(s, g, lang))).length;
  return { gistP: system.length ? hitsP / system.length : 0, gistR: gist.length ? hitsR / gist.length : 0 };
}

// ---------- topics ----------

const LEADING_ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'der', 'die', 'das', 'el', 'los', 'las', 'o', 'os', 'as', 'il', 'lo', 'gli']);

export function topicTokens(label: string): string[] {
  const t = label
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (t.length > 1 && LEADING_ARTICLES.has(t[0]!)) t.shift();
  return t;
}

function wordMatches(a: string, b: string): boolean {
  if (a === b) return true;
  // CJK labels are one "word": containment stands for the subset rule.
  if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(a + b)) return a.includes(b) || b.includes(a);
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  for (let drop = 0; drop <= 3; drop++) {
    const stem = s.slice(0, s.length - drop);
    if (stem.length < 3) break;
    if (l.startsWith(stem) && l.length - stem.length <= 3) return true;
  }
  return false;
}

export function topicMatches(sys: string, ref: string): boolean {
  const a = topicTokens(sys);
  const b = topicTokens(ref);
  if (!a.length || !b.length) return false;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => big.some((v) => wordMatches(w, v)));
}

export function topicScores(system: string[], refs: string[]) {
  const used = new Set<number>();
  let matched = 0;
  for (const s of system) {
    const i = refs.findIndex((r, j) => !used.has(j) && topicMatches(s, r));
    if (i >= 0) {
      used.add(i);
      matched++;
    }
  }
  const p = system.length ? matched / system.length : 0;
  const r = refs.length ? used.size / refs.length : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
