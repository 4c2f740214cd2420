/**
 * Related topics: the keyphrases and names of an article, statistical and local. Candidates are runs of
 * content words between stopwords and punctuation (RAKE's idea) and their sub-phrases, up to four words;
 * each is scored by how often it recurs, how early it first appears, whether the title or the page's own
 * keywords name it, and by its length (a concept that is multi-word is clicked as a whole). Variants merge
 * (plural, case, acronym and expansion), a phrase inside a better one is dropped, and generic words never
 * stand alone. Chinese and Japanese words come from Intl.Segmenter.
 */
import type { Article, Topic } from '../types';
import { CJK_RE, sentences, words } from '../text/segment';
import { stopwords } from '../text/stopwords';
import { isGeneric } from './generic';
import { acronymKey, initialsKey, variantKey } from './variants';

const MAX_TOPICS = 8;
const MAX_WORDS = 4;
/** Enough text to find what an article is about; keeps a 100,000-word page's cost bounded. */
const MAX_CHARS = 60_000;

interface Occurrence {
  tokens: string[];
  /** Character offset of the first occurrence, over the text read. */
  first: number;
  /** Every token capitalised where it appears mid-sentence (a name), counted per occurrence. */
  capitalised: number;
  count: number;
  surface: Map<string, number>;
}

const NUMBERISH_RE = /^[\p{N}.,%$€£¥:/-]+$/u;
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function isContent(token: string, stop: ReadonlySet<string>): boolean {
  const lower = token.toLowerCase();
  if (!/[\p{L}\p{N}]/u.test(token)) return false;
  return !stop.has(lower) && !stop.has(lower.replace(/['’]s$/, ''));
}

function isEdgeOk(token: string, lang: string): boolean {
  const lower = token.toLowerCase();
  return !NUMBERISH_RE.test(token) && !isGeneric(lower, lang) && lower.length > 1;
}

/** Tokens of a sentence: words (CJK via the segmenter) and punctuation marks, which end a run. */
function tokenize(sentence: string, lang: string, cjk: boolean): string[] {
  if (!cjk) return sentence.match(TOKEN_RE) ?? [];
  const out: string[] = [];
  let last = 0;
  for (const w of words(sentence, lang)) {
    const at = sentence.indexOf(w, last);
    // Punctuation between words breaks the run, as in spaced text.
    if (at > last && /[^\s]/.test(sentence.slice(last, at))) out.push('|');
    out.push(w);
    last = at + w.length;
  }
  return out;
}

function collect(text: string, lang: string): Map<string, Occurrence> {
  const stop = stopwords(lang);
  const cjk = lang === 'zh' || lang === 'ja' || CJK_RE.test(text.slice(0, 2000));
  const found = new Map<string, Occurrence>();
  let offset = 0;
  for (const sentence of sentences(text, lang)) {
    const tokens = tokenize(sentence, lang, cjk);
    let run: string[] = [];
    const flush = (runStart: boolean) => {
      for (let i = 0; i < run.length; i++) {
        for (let len = 1; len <= MAX_WORDS && i + len <= run.length; len++) {
          const phrase = run.slice(i, i + len);
          if (!isEdgeOk(phrase[0]!, lang) || !isEdgeOk(phrase[len - 1]!, lang)) continue;
          if (cjk && len === 1 && phrase[0]!.length < 2) continue;
          const key = variantKey(phrase, lang);
          let occ = found.get(key);
          if (!occ) found.set(key, (occ = { tokens: phrase, first: offset, capitalised: 0, count: 0, surface: new Map() }));
          occ.count++;
          const surface = phrase.join(cjk ? '' : ' ');
          occ.surface.set(surface, (occ.surface.get(surface) ?? 0) + 1);
          const atStart = runStart && i === 0;
          if (!cjk && !atStart && phrase.every((t) => /^\p{Lu}/u.test(t))) occ.capitalised++;
        }
      }
    };
    let runStart = true;
    let first = true;
    for (const t of tokens) {
      if (isContent(t, stop) && t !== '|') {
        if (run.length === 0) runStart = first;
        run.push(t);
      } else {
        flush(runStart);
        run = [];
      }
      first = false;
    }
    flush(runStart);
    offset += sentence.length + 1;
  }
  return found;
}

interface Scored {
  key: string;
  label: string;
  tokens: string[];
  entity: boolean;
  score: number;
  count: number;
}

function bestSurface(occ: Occurrence): string {
  let best = '';
  let n = -1;
  for (const [s, c] of occ.surface) if (c > n || (c === n && s < best)) [best, n] = [s, c];
  return best;
}

export function extractTopics(article: Article, lang: string): Topic[] {
  const body = article.text.length > MAX_CHARS ? article.text.slice(0, MAX_CHARS) : article.text;
  const text = `${article.title}\n${body}`;
  if (!text.trim()) return [];
  const found = collect(text, lang);
  const boost = new Set<string>();
  for (const k of article.signals.keywords) {
    const toks = k.match(TOKEN_RE) ?? [];
    if (toks.length) boost.add(variantKey(toks, lang));
  }
  const titleKeys = new Set<string>();
  const titleOcc = collect(article.title, lang);
  for (const k of titleOcc.keys()) titleKeys.add(k);

  // Acronyms and their expansions share one entry: "LLMs" and "large language models".
  const acronyms = new Map<string, string>();
  for (const [key, occ] of found) {
    const a = occ.tokens.length === 1 ? acronymKey(occ.tokens[0]!) : null;
    if (a) acronyms.set(a, key);
  }
  for (const [key, occ] of found) {
    const init = initialsKey(occ.tokens);
    const target = init ? acronyms.get(init) : undefined;
    if (!target || target === key) continue;
    const acr = found.get(target)!;
    acr.count += occ.count;
    acr.first = Math.min(acr.first, occ.first);
    found.delete(key);
  }

  // A word that nearly always occurs inside one longer phrase ("Yann" in "Yann LeCun") is that phrase.
  const subsumed = new Set<string>();
  for (const occ of found.values()) {
    const n = occ.tokens.length;
    for (let i = 0; i < n; i++)
      for (let len = 1; i + len <= n && len < n; len++) {
        const sub = found.get(variantKey(occ.tokens.slice(i, i + len), lang));
        if (sub && occ.count >= 0.8 * sub.count) subsumed.add(variantKey(sub.tokens, lang));
      }
  }

  const length = Math.max(text.length, 1);
  const scored: Scored[] = [];
  for (const [key, occ] of found) {
    if (subsumed.has(key)) continue;
    const multi = occ.tokens.length > 1;
    const entity = occ.capitalised > 0 && occ.capitalised >= occ.count / 2;
    const acronym = occ.tokens.length === 1 && acronymKey(occ.tokens[0]!) !== null;
    const inTitle = titleKeys.has(key);
    // A single common word needs to recur to count; names and acronyms less so.
    const minCount = multi || entity || acronym || inTitle ? 2 : 3;
    if (occ.count < minCount && !boost.has(key)) continue;
    const position = 1 - Math.min(occ.first / length, 1) * 0.5;
    let score = Math.log2(1 + occ.count) * position * (multi ? 1.6 + 0.2 * (occ.tokens.length - 2) : 1);
    if (entity || acronym) score *= 1.3;
    if (inTitle) score *= 1.5;
    if (boost.has(key)) score *= 1.5;
    scored.push({ key, label: bestSurface(occ), tokens: occ.tokens, entity: entity || acronym, score, count: occ.count });
  }
  scored.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));

  // "Yann" and "LeCun" inside "Yann LeCun": the longer phrase takes the place of a part it mostly occurs
  // with; a part of a phrase already chosen is dropped.
  const chosen: Scored[] = [];
  for (const s of scored) {
    if (chosen.some((c) => contains(c.key, s.key))) continue;
    const part = chosen.findIndex((c) => contains(s.key, c.key));
    if (part >= 0) {
      // A full name beats the surname it is later shortened to; other phrases must recur often enough.
      const prev = chosen[part]!;
      const isName = s.entity && prev.entity && acronymKey(prev.tokens[0]!) === null;
      if (isName || s.count * 3 >= prev.count) {
        chosen[part] = { ...s, score: Math.max(s.score, prev.score) };
        // The replacement may also cover another chosen part ("Yann" after "LeCun").
        for (let i = chosen.length - 1; i >= 0; i--) if (i !== part && contains(s.key, chosen[i]!.key)) chosen.splice(i, 1);
      }
      continue;
    }
    if (chosen.length < MAX_TOPICS) chosen.push(s);
  }
  chosen.sort((a, b) => b.score - a.score);
  const top = chosen[0]?.score ?? 1;
  return chosen.map((c) => ({
    label: c.label,
    kind: c.entity ? 'entity' : 'keyphrase',
    score: Math.round((c.score / top) * 1000) / 1000,
  }));
}

/** Whether phrase key `outer` contains `inner` as whole words (or, for CJK keys, as a substring). */
function contains(outer: string, inner: string): boolean {
  if (outer === inner) return false;
  if (!outer.includes(' ') && !inner.includes(' ')) return outer.includes(inner) && CJK_RE.test(inner);
  return ` ${outer} `.includes(` ${inner} `);
}
