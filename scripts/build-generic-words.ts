/**
 * Builds the per-language lists of generic words (src/core/topics/generic-words.json) from section-labelled
 * news in ../shared/corpora/topics-full: a word is generic when many articles use it (document frequency) and
 * it says nothing of the section (its frequency is about the same in every section: "improve", "moment",
 * "thousands", "Nachmittag"), and it is a common word there (written in lower case, or in German after an
 * article). Such a word is no topic alone and no edge of a phrase. Names never qualify: they are capitalised.
 *
 *   npm run build:generic-words          # prints each list's size and a sample, writes the JSON
 *
 * Only the words are written, never the corpora's text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir } from '../bench/lib/corpora';
import { stopwords } from '../src/core/text/stopwords';

interface Row {
  label: string;
  title?: string;
  text: string;
}

/** Articles per language: the sources with whole texts. */
const SOURCES: Record<string, string[]> = {
  en: ['bbc_news'],
  de: ['gnad10k_de'],
  ja: ['livedoor_ja'],
  zh: ['thucnews_cnews_sample_zh'],
};
/** Share of a language's articles a word must appear in. */
const MIN_DF = Number(process.env.GENERIC_MIN_DF ?? 0.02);
/** Normalised entropy of the word's per-section rate above which it says nothing of the section. */
const MIN_SPREAD = Number(process.env.GENERIC_MIN_SPREAD ?? 0.9);
/** Share of occurrences written in lower case (cased languages) for a word to be common. */
const MIN_LOWER = 0.8;
const DE_DETERMINERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'seine', 'ihre', 'diese', 'dieser', 'diesem', 'diesen']);

function words(text: string, lang: string): string[] {
  if (lang === 'ja' || lang === 'zh') {
    const seg = new Intl.Segmenter(lang, { granularity: 'word' });
    return [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

function build(lang: string, corpora: string): string[] {
  const rows: Row[] = [];
  for (const src of SOURCES[lang]!) {
    for (const line of readFileSync(join(corpora, 'topics-full', src, 'data.jsonl'), 'utf8').split('\n')) {
      if (line.trim()) rows.push(JSON.parse(line) as Row);
    }
  }
  const labels = [...new Set(rows.map((r) => r.label))];
  const perLabel = new Map(labels.map((l) => [l, rows.filter((r) => r.label === l).length]));
  const stop = stopwords(lang);
  const df = new Map<string, Map<string, number>>();
  const lower = new Map<string, number>();
  const total = new Map<string, number>();
  const determined = new Map<string, number>();
  for (const r of rows) {
    const ws = words(`${r.title ?? ''} ${r.text}`, lang);
    const seen = new Set<string>();
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const k = w.toLowerCase();
      if (stop.has(k) || /\d/.test(k) || [...k].length < 2) continue;
      total.set(k, (total.get(k) ?? 0) + 1);
      if (w === k) lower.set(k, (lower.get(k) ?? 0) + 1);
      if (i > 0 && DE_DETERMINERS.has(ws[i - 1]!.toLowerCase())) determined.set(k, (determined.get(k) ?? 0) + 1);
      seen.add(k);
    }
    for (const k of seen) {
      let m = df.get(k);
      if (!m) df.set(k, (m = new Map()));
      m.set(r.label, (m.get(r.label) ?? 0) + 1);
    }
  }
  const out: { w: string; df: number }[] = [];
  for (const [k, m] of df) {
    const n = [...m.values()].reduce((a, b) => a + b, 0);
    if (n / rows.length < MIN_DF) continue;
    // Cased scripts: a word mostly capitalised is a name (or, in German, a noun: then it must follow articles).
    if (lang !== 'ja' && lang !== 'zh') {
      const low = (lower.get(k) ?? 0) / total.get(k)!;
      const det = (determined.get(k) ?? 0) / total.get(k)!;
      if (lang === 'de' ? low < MIN_LOWER && det < 0.25 : low < MIN_LOWER) continue;
    }
    const rates = labels.map((l) => (m.get(l) ?? 0) / perLabel.get(l)!);
    const sum = rates.reduce((a, b) => a + b, 0);
    const h = -rates.reduce((a, r) => (r > 0 ? a + (r / sum) * Math.log(r / sum) : a), 0) / Math.log(labels.length);
    if (h >= MIN_SPREAD) out.push({ w: k, df: n / rows.length });
  }
  return out.sort((a, b) => b.df - a.df || a.w.localeCompare(b.w)).map((x) => x.w);
}

const corpora = corporaDir();
if (!corpora) {
  console.log('build-generic-words: ../shared/corpora (or $LEDE_CORPORA) is absent; nothing built.');
  process.exit(0);
}
const result: Record<string, string[]> = {};
for (const lang of Object.keys(SOURCES)) {
  result[lang] = build(lang, corpora).sort();
  console.log(`${lang}: ${result[lang]!.length} words, e.g. ${result[lang]!.filter((_, i) => i % 25 === 0).slice(0, 20).join(' ')}`);
}
const file = join(import.meta.dirname, '..', 'src', 'core', 'topics', 'generic-words.json');
writeFileSync(file, JSON.stringify(result) + '\n');
console.log(`wrote ${file} (${(readFileSync(file).length / 1024).toFixed(1)} KB)`);
