/**
 * The sentences a TL;DR may quote: body paragraphs and list items in reading order, split into sentences,
 * without headings, captions, code, pull quotes or page furniture (see boilerplate.ts).
 */
import type { Article, Block } from '../types';
import { CJK_RE, cjkRatio, clip, sentences } from '../text/segment';
import { cjkCharRe } from '../text/scripts';
import { isBoilerplate, stripDateline } from '../text/boilerplate';
import { isLetterOrNumber, letterOrNumberRunEnd, nextLetterOrNumber } from '../text/charClass';
import { isEnded, isQuestion, isSignpost } from './standalone';

export interface Candidate {
  /** The sentence as it will be shown: trimmed, dateline removed. */
  text: string;
  /** Position among candidates, 0-based. */
  order: number;
  /** Index of the block it came from (among body blocks). */
  para: number;
  /** Length in the unit of the budget: words, or characters for Chinese and Japanese. */
  size: number;
  /** Position among all sentences of the body, headings included: tells whether two candidates are adjacent. */
  raw: number;
  /**
   * The candidate continues the one before it: only sentences the boilerplate filter dropped lie between them,
   * no heading, caption or unended line (a subheading), which would start a new passage.
   */
  follows: boolean;
  /**
   * The sentence answers a question heading the TL;DR does not show (an FAQ-style page: "How much does it cost?"
   * then "About $40."): it cannot open a passage, which would answer a question the reader never saw.
   */
  answers: boolean;
}

interface Read extends Candidate {
  /** The sentence is a question making up its paragraph alone. */
  questionBlock: boolean;
  /** A numbered list item ("1. Drink water", "#3: ..."): one tip of a listicle, not the article's gist. */
  numbered: boolean;
  /** The sentence comes right after a one-question paragraph, which is a subheading on some pages only. */
  afterQuestionBlock: boolean;
}

/**
 * A URL or an e-mail address: a TL;DR line is read, not clicked. A bare domain ("Amazon.com") is a name; a
 * domain with a path ("bit.ly/x") is an address.
 */
const ADDRESS_RE = /\bhttps?:\/\/|\bwww\.[\w-]|[\w.+-]@[\w-]{1,63}\.[a-z]{2}|\b[\w-]{1,63}\.[a-z]{2,12}\/[\w%~-]/iu;
/** An address in brackets, set apart so the sentence reads without it ("… the report (www.x.org/r) says …"). */
const BRACKETED_ADDRESS_RE = /\s?[(（][^()（）]{0,300}[)）]/gu;

/**
 * The sentence without a bracketed address, or null when an address is part of the sentence itself ("Read more
 * at www.x.com.", "Write to tips@x.com."), which a TL;DR never shows.
 */
function withoutAddress(text: string): string | null {
  if (!ADDRESS_RE.test(text)) return text;
  const cut = text.replace(BRACKETED_ADDRESS_RE, (m) => (ADDRESS_RE.test(m) ? '' : m));
  return ADDRESS_RE.test(cut) ? null : cut;
}

/** Letters and digits only, lower-cased: a heading and the title compared whatever their punctuation. */
function bare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The heading repeats the title, or the title holds the heading (a site name added to it). */
function sameText(heading: string, title: string): boolean {
  const h = bare(heading);
  return h.length > 0 && bare(title).includes(h);
}

/**
 * A numbered list item: "1. …", "2) …", "#3 …", "No. 4: …". German ordinals that name things ("1. FC Köln",
 * "2. Bundesliga") are not items.
 */
const NUMBERED_RE = /^(?:#\s?\d{1,3}|\d{1,2}[.)]|no\.\s?\d{1,3}[.:])\s+(?!FC\b|Bundesliga\b|Liga\b|Mannschaft\b)/iu;

const CHAR_LANGS = new Set(['zh', 'ja']);
/**
 * Characters of text split into sentences at most, per block and for a page without blocks: far more than the
 * candidates read, so a page that is one enormous paragraph costs no more than a normal one.
 */
const MAX_BLOCK_CHARS = 60_000;
const LATIN_WORD_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const CJK_CHAR_RE = cjkCharRe();

/** True when the TL;DR budget counts characters rather than words for this language. */
export function countsCharacters(lang: string): boolean {
  return CHAR_LANGS.has(lang);
}

/** Budget units of a sentence: words, or for Chinese/Japanese its CJK characters plus embedded Latin words. */
export function sentenceSize(text: string, lang: string): number {
  if (countsCharacters(lang) || CJK_RE.test(text)) {
    const cjk = text.match(CJK_CHAR_RE)?.length ?? 0;
    const latin = text.replace(CJK_CHAR_RE, ' ').match(LATIN_WORD_RE)?.length ?? 0;
    return cjk + latin * 2;
  }
  return countLatinWords(text);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Matches of LATIN_WORD_RE, counted. Runs for every sentence of the page: ASCII text (most sentences) is
 * scanned by character codes, which the expression's Unicode classes reduce to there; other text is matched.
 */
function countLatinWords(text: string): number {
  let n = 0;
  const len = text.length;
  for (let i = 0; i < len; ) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return countWordsScan(text);
    if (!isAsciiAlnum(c)) {
      i++;
      continue;
    }
    // A word: alphanumerics, joined across ' . - when more alphanumerics follow.
    n++;
    for (;;) {
      while (i < len && isAsciiAlnum(text.charCodeAt(i))) i++;
      const j = text.charCodeAt(i);
      if ((j === 0x27 || j === 0x2e || j === 0x2d) && i + 1 < len && isAsciiAlnum(text.charCodeAt(i + 1))) i++;
      else break;
    }
  }
  return n;
}

/**
 * Matches of LATIN_WORD_RE counted by a scan over code points, for text beyond ASCII (curly quotes, dashes,
 * accented letters): runs of letters and digits, joined across ' ’ . - when a letter or digit follows.
 */
function countWordsScan(text: string): number {
  let n = 0;
  const len = text.length;
  for (let i = nextLetterOrNumber(text, 0); i < len; i = nextLetterOrNumber(text, i)) {
    n++;
    i = letterOrNumberRunEnd(text, i);
    for (;;) {
      const j = text.charCodeAt(i);
      if ((j === 0x27 || j === 0x2019 || j === 0x2e || j === 0x2d) && i + 1 < len && isLetterOrNumber(text.codePointAt(i + 1)!)) i = letterOrNumberRunEnd(text, i + 1);
      else break;
    }
  }
  return n;
}

/** Body blocks of the article; plain paragraphs of `text` when the extractor gave no blocks. */
function bodyBlocks(article: Article): Block[] {
  if (article.blocks.length > 0) return article.blocks;
  return clip(article.text, MAX_BLOCK_CHARS)
    .split(/\n\s*\n|\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'p' as const, text }));
}

/** Headings, captions, code and block quotes (often pull quotes repeating the body) never go in a TL;DR. */
function isBody(block: Block): boolean {
  return block.kind === 'p' || block.kind === 'li';
}

/** Too short to carry the gist, or a lead-in to something else ("He said:"). */
function unusable(text: string, size: number, lang: string): boolean {
  const min = countsCharacters(lang) || CJK_RE.test(text) ? 10 : 5;
  if (size < min) return true;
  if (/[:：]\s*$/.test(text) || isSignpost(text)) return true;
  // A Chinese line in an English article (or the reverse) is a quotation or a translation aside.
  const cjk = cjkRatio(text);
  if (countsCharacters(lang) ? cjk < 0.2 : cjk > 0.5) return true;
  return isBoilerplate(text, lang);
}

/** Sentences per paragraph above which a paragraph of one question reads as a subheading. */
const PARAGRAPH_SENTENCES = 1.5;

/** Whole sentences a page needs before lines without an ending are left out. */
const MIN_ENDED = 3;

/** How far into the article a dateline still marks the start of the story (captions and notes come first). */
const DATELINE_WINDOW = 8;

/**
 * Candidate sentences, at most `max` of them (the TL;DR reads the top of long pages only, which keeps the
 * cost flat however long the page is).
 */
export function candidates(article: Article, lang: string, max: number): Candidate[] {
  const out: Read[] = [];
  let para = 0;
  let seen = 0;
  let rawIndex = -1;
  // A heading, a caption or a cut line since the last candidate: the next one starts a new passage.
  let broken = true;
  let blocks = 0;
  let sentenceCount = 0;
  // The last heading was a question (or the last paragraph one question) and no sentence was taken since.
  let afterQuestion = false;
  let afterQuestionBlock = false;
  for (const block of bodyBlocks(article)) {
    if (out.length >= max) break;
    if (!isBody(block)) {
      // A heading or a caption between two sentences: the second no longer follows the first.
      rawIndex++;
      broken = true;
      // The headline set again as the page's first heading is shown above the TL;DR: its answer may open it.
      if (block.kind === 'h') {
        afterQuestion = isQuestion(block.text.trim()) && !sameText(block.text, article.title);
        afterQuestionBlock = false;
      }
      continue;
    }
    const split = sentences(clip(block.text, MAX_BLOCK_CHARS), lang);
    blocks++;
    sentenceCount += split.length;
    const questionBlock = split.length === 1 && isQuestion(split[0]!);
    // The number may come out as a sentence of its own ("1." then "“Drink water…”"): the block says it.
    const numberedBlock = NUMBERED_RE.test(block.text.trimStart());
    for (const raw of split) {
      rawIndex++;
      if (out.length >= max) break;
      let text = raw;
      if (seen < DATELINE_WINDOW) {
        const stripped = stripDateline(raw);
        if (stripped !== null) {
          // Whatever came before the dateline was a caption, an editor's note or a teaser.
          out.length = 0;
          text = stripped;
          broken = true;
        }
      }
      seen++;
      const shown = withoutAddress(text);
      if (shown === null) {
        // The sentence after a dropped one no longer continues what the passage was saying.
        broken = true;
        continue;
      }
      text = shown;
      const size = sentenceSize(text, lang);
      if (unusable(text, size, lang)) continue;
      const numbered = numberedBlock || NUMBERED_RE.test(text);
      out.push({ text, order: out.length, para, size, raw: rawIndex, follows: !broken, answers: afterQuestion, questionBlock, numbered, afterQuestionBlock });
      broken = false;
      // A one-question paragraph after the story has begun is a question subheading; above the first sentence it
      // is a teaser of the deck ("出国后：国家未来将如何发展？"), which the lead does not answer.
      afterQuestion = false;
      afterQuestionBlock = questionBlock && out.some((c) => !c.questionBlock && isEnded(c.text));
    }
    para++;
  }
  // Lines without an ending (subheadings, teasers, captions set as paragraphs) read as cut in a TL;DR: they are
  // candidates only on a page that has too few whole sentences to choose from.
  // Where paragraphs hold several sentences, a paragraph that is one question is a subheading ("¿Cómo ha sido el
  // comportamiento con el subsidio?"); where every sentence is its own paragraph, that says nothing.
  const questionHeads = sentenceCount >= blocks * PARAGRAPH_SENTENCES;
  const heading = (c: Read) => questionHeads && c.questionBlock;
  for (const c of out) c.answers ||= questionHeads && c.afterQuestionBlock;
  const ended = out.filter((c) => isEnded(c.text) && !heading(c));
  // A listicle's numbered items are its tips, not its gist: they are candidates only on a page with too few
  // other whole sentences (no lead to speak of).
  const prose = ended.filter((c) => !c.numbered);
  const kept = prose.length >= MIN_ENDED ? prose : ended.length >= MIN_ENDED ? ended : out;
  if (kept !== out) {
    // A line left out here was a subheading, a caption or a list item: the sentence after it starts a new passage.
    const keptSet = new Set(kept);
    let gap = false;
    for (const c of out) {
      if (!keptSet.has(c)) gap = true;
      else if (gap) {
        c.follows = false;
        gap = false;
      }
    }
  }
  kept.forEach((c, i) => (c.order = i));
  return kept.map(({ questionBlock: _q, numbered: _n, afterQuestionBlock: _a, ...c }) => c);
}
