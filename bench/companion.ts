/**
 * What the reader reads, against an editor: Lede's TL;DR, FAQ, topics and section on the 48 pages of the editor
 * reference set (`../shared/corpora/editor/`, see its README for how each field is meant and scored), through
 * the product's own path (the HTML page -> extractArticle in jsdom -> analyze), with Lead-3 beside the TL;DR.
 *
 *   npm run bench:companion                 the table
 *   npm run bench:companion -- --dump FILE  also write every page's output and reference as JSON lines, to read
 *   npm run bench:companion -- -v           one line per page
 *
 * Scoring follows the editor README: ROUGE on words (lower-cased, Porter-stemmed for English) or on characters
 * for Chinese and Japanese; a sentence hits a gist or support string when one contains the other or their token
 * Jaccard is >= 0.8; topics match after NFKC, case-folding, diacritics, punctuation and a leading article are
 * removed, by word prefixes (up to 3 final letters dropped) or one label's tokens being a subset of the other's,
 * each reference label used at most once. The editor set is a tuning set: the blind reading by the rubric is
 * done on the reading set (`bench/lib/readingSet.ts`), never here.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/core/analyze';
import { sentences } from '../src/core/text/segment';
import type { Analysis, Article } from '../src/core/types';
import { loadArticle } from '../src/cli/load';
import { corporaDir } from './lib/corpora';
import { gistScores, isCjk, primary, rouge, sentenceHits, topicScores } from './lib/editorScore';
import { CATEGORY_PACKS, TRANSFER_LANGS, loadCategoryPack } from '../src/core/topics/category';

// The category packs load on demand, as in the extension: read them all before analysing, the transfer
// lexicons (fr, es, pt) too, which the extension loads with the article's language; without them those pages get no section.
await Promise.all([...CATEGORY_PACKS, ...TRANSFER_LANGS].map((p) => loadCategoryPack(p)));

interface Reference {
  source: string;
  lang: string;
  title: string;
  kind: string;
  tldr: string;
  gist_sentences: string[];
  faq: { question: string; answer: string; support: string[] }[];
  topics: string[];
  category: string | null;
  category_alt?: string[];
}

interface PageScore {
  slug: string;
  lang: string;
  english: boolean;
  ok: boolean;
  tldr: { r1: number; r2: number; rl: number; gistP: number; gistR: number; sentences: number; tooLong: boolean };
  lead3: { r1: number; r2: number; rl: number; gistP: number; gistR: number };
  faqCount: number;
  faqSupported: number;
  faqCovered: number;
  faqRefs: number;
  topicsP: number;
  topicsR: number;
  topicsF: number;
  category: string | null;
  categoryStrict: boolean;
  categoryLenient: boolean;
  langRight: boolean;
}

// ---------- one page ----------

function leadThree(article: Article, lang: string): string[] {
  const out: string[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'h') continue;
    for (const s of sentences(block.text, lang)) {
      out.push(s);
      if (out.length === 3) return out;
    }
  }
  return out;
}

function tooLong(tldr: string[], lang: string): boolean {
  if (isCjk(lang)) return tldr.some((s) => [...s].length > 120);
  // Words as a reader counts them ("$4.8 billion" is two), as the editor README's 60-word limit means.
  return tldr.join(' ').split(/\s+/).filter(Boolean).length > 60;
}

interface Dumped {
  slug: string;
  lang: string;
  title: string;
  tldr: string[];
  lead3: string[];
  faq: { question: string; answer: string; source: string }[];
  topics: string[];
  category: string | null;
  reference: Reference;
}

async function scorePage(corpora: string, slug: string, ref: Reference, dump: Dumped[]): Promise<PageScore> {
  const lang = primary(ref.lang);
  const loaded = await loadArticle(join(corpora, ref.source), {});
  const empty = { r1: 0, r2: 0, rl: 0, gistP: 0, gistR: 0 };
  const base: PageScore = {
    slug,
    lang,
    english: lang === 'en',
    ok: false,
    tldr: { ...empty, sentences: 0, tooLong: false },
    lead3: empty,
    faqCount: 0,
    faqSupported: 0,
    faqCovered: 0,
    faqRefs: ref.faq.length,
    topicsP: 0,
    topicsR: 0,
    topicsF: 0,
    category: null,
    categoryStrict: ref.category === null,
    categoryLenient: ref.category === null,
    langRight: false,
  };
  if (!loaded.ok) return base;
  const analysis: Analysis = analyze(loaded.article);
  const tldr = analysis.tldr.sentences;
  const lead = leadThree(loaded.article, lang);
  const supports = ref.faq.flatMap((f) => f.support);
  const answers = analysis.faq.map((f) => f.answer);
  const answerHits = (answer: string, support: string) =>
    sentenceHits(answer, support, lang) || sentences(answer, lang).some((s) => sentenceHits(s, support, lang));
  const topics = analysis.topics.map((t) => t.label);
  const ts = topicScores(topics, ref.topics);
  const cat = analysis.category?.label ?? null;
  dump.push({
    slug,
    lang,
    title: loaded.article.title,
    tldr,
    lead3: lead,
    faq: analysis.faq.map((f) => ({ question: f.question, answer: f.answer, source: f.source })),
    topics,
    category: cat,
    reference: ref,
  });
  return {
    ...base,
    ok: true,
    tldr: { ...rouge(tldr.join(' '), ref.tldr, lang), ...gistScores(tldr, ref.gist_sentences, lang), sentences: tldr.length, tooLong: tooLong(tldr, lang) },
    lead3: { ...rouge(lead.join(' '), ref.tldr, lang), ...gistScores(lead, ref.gist_sentences, lang) },
    faqCount: answers.length,
    faqSupported: answers.filter((a) => supports.some((s) => answerHits(a, s))).length,
    faqCovered: ref.faq.filter((f) => f.support.some((s) => answers.some((a) => answerHits(a, s)))).length,
    topicsP: ts.p,
    topicsR: ts.r,
    topicsF: ts.f,
    category: cat,
    categoryStrict: cat === ref.category,
    categoryLenient: cat === ref.category || (cat !== null && (ref.category_alt ?? []).includes(cat)),
    langRight: primary(analysis.lang) === lang,
  };
}

// ---------- the table ----------

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const pct = (x: number) => `${(100 * x).toFixed(1)}`.padStart(6);

function summaryRows(label: string, pages: PageScore[]): string[] {
  const n = pages.length;
  const faqAnswers = pages.reduce((a, p) => a + p.faqCount, 0);
  const faqSupported = pages.reduce((a, p) => a + p.faqSupported, 0);
  const faqRefs = pages.reduce((a, p) => a + p.faqRefs, 0);
  const faqCovered = pages.reduce((a, p) => a + p.faqCovered, 0);
  const bucket = (lo: number, hi: number) => pages.filter((p) => p.faqCount >= lo && p.faqCount <= hi).length;
  const withCat = pages.filter((p) => p.category !== null).length;
  const out = [
    `${label} (${n} pages)`,
    `  TL;DR   Lede    R1 ${pct(mean(pages.map((p) => p.tldr.r1)))}  R2 ${pct(mean(pages.map((p) => p.tldr.r2)))}  RL ${pct(mean(pages.map((p) => p.tldr.rl)))}  gist P ${pct(mean(pages.map((p) => p.tldr.gistP)))}  gist R ${pct(mean(pages.map((p) => p.tldr.gistR)))}  sentences ${mean(pages.map((p) => p.tldr.sentences)).toFixed(2)}  over length ${pages.filter((p) => p.tldr.tooLong).length}`,
    `          Lead-3  R1 ${pct(mean(pages.map((p) => p.lead3.r1)))}  R2 ${pct(mean(pages.map((p) => p.lead3.r2)))}  RL ${pct(mean(pages.map((p) => p.lead3.rl)))}  gist P ${pct(mean(pages.map((p) => p.lead3.gistP)))}  gist R ${pct(mean(pages.map((p) => p.lead3.gistR)))}`,
    `  FAQ     entries/page 0: ${bucket(0, 0)}  1-2: ${bucket(1, 2)}  3-5: ${bucket(3, 5)}  6+: ${bucket(6, 99)}  (3-5 on ${pct(bucket(3, 5) / (n || 1))}%)  answers supported ${pct(faqAnswers ? faqSupported / faqAnswers : 0)}% of ${faqAnswers}  editor entries covered ${pct(faqRefs ? faqCovered / faqRefs : 0)}%`,
    `  Topics  P ${pct(mean(pages.map((p) => p.topicsP)))}  R ${pct(mean(pages.map((p) => p.topicsR)))}  F1 ${pct(mean(pages.map((p) => p.topicsF)))}`,
    `  Section given ${withCat}/${n}  strict ${pages.filter((p) => p.categoryStrict).length}/${n} (${pct(pages.filter((p) => p.categoryStrict).length / (n || 1))}%)  lenient ${pages.filter((p) => p.categoryLenient).length}/${n}   language right ${pages.filter((p) => p.langRight).length}/${n}`,
  ];
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dump: { type: 'string' }, v: { type: 'boolean', short: 'v' } } });
  const corpora = corporaDir();
  const editor = corpora ? join(corpora, 'editor') : null;
  if (!corpora || !editor) {
    console.log('bench:companion: ../shared/corpora (or $LEDE_CORPORA) is absent; nothing measured.');
    return;
  }
  const slugs = readdirSync(editor)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const pages: PageScore[] = [];
  const dump: Dumped[] = [];
  for (const slug of slugs) {
    const ref = JSON.parse(readFileSync(join(editor, `${slug}.json`), 'utf8')) as Reference;
    const p = await scorePage(corpora, slug, ref, dump);
    pages.push(p);
    if (values.v) {
      console.log(
        `${slug.padEnd(34)} ${p.lang}  tldr R1 ${pct(p.tldr.r1)} (lead3 ${pct(p.lead3.r1)})  gist ${p.tldr.gistR.toFixed(2)}  faq ${p.faqCount} (${p.faqSupported} supported)  topics F1 ${p.topicsF.toFixed(2)}  section ${p.category ?? '-'}${p.categoryStrict ? '' : p.categoryLenient ? ' (alt)' : ' (x)'}`,
      );
    }
  }
  const failed = pages.filter((p) => !p.ok).map((p) => p.slug);
  const lines = [
    'bench:companion: Lede against the editor reference set (../shared/corpora/editor), Lead-3 beside the TL;DR',
    ...summaryRows('All', pages),
    ...summaryRows('English', pages.filter((p) => p.english)),
    ...summaryRows('Other languages', pages.filter((p) => !p.english)),
    `Pages with no article extracted: ${failed.length ? failed.join(', ') : 'none'}`,
    'Targets: TL;DR above Lead-3; FAQ 3-5 entries on >= 85% and >= 60% of answers supported; topics F1 >= 0.5; section right >= 85%.',
  ];
  console.log(lines.join('\n'));
  if (values.dump) {
    writeFileSync(values.dump, dump.map((d) => JSON.stringify(d)).join('\n') + '\n');
    console.log(`wrote ${dump.length} pages to ${values.dump}`);
  }
}

await main();
