/**
 * What a provider writes is checked against the article before the reader sees it. A model can be wrong, and a
 * page can try to steer it ("ignore previous instructions..."), so:
 * - sentences with links, markup or instruction-like text are dropped, and output length is bounded;
 * - a TL;DR sentence stays only if its words are the article's words and an article sentence supports it;
 * - an FAQ answer stays only with the article sentence that supports it (found by the core's `ask`), shown
 *   beside it; an answer with no supporting sentence is dropped.
 * Instruction-like sentences in the page never count as support: echoing an injected line proves nothing.
 */
import type { Article, Block, FaqItem, Source } from '../core/types';
import { ask, createAskIndex, type AskIndex } from '../core/faq/ask';
import { terms } from '../core/faq/askTerms';
import { sentences } from '../core/text/segment';

export const LIMITS = {
  tldrSentences: 5,
  sentenceChars: 400,
  faqItems: 6,
  questionChars: 200,
  answerChars: 500,
  /** Share of a generated sentence's terms that must occur in the article. */
  articleCoverage: 0.7,
  /** Share of an answer's terms that must occur in its supporting sentence(s). */
  supportCoverage: 0.5,
};

/** An FAQ entry written by a provider, with the article passage that supports it. */
export interface GroundedFaqItem extends FaqItem {
  /** Quoted verbatim from the article: what the reader can check the answer against. */
  support: string;
}

const INSTRUCTION_RE =
  /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|directions|above|previous)\b|\b(?:system prompt|you are now|act as|new instructions?|jailbreak)\b|\b(?:assistant|AI|model|LLM|chatbot)s?\b.{0,30}\b(?:must|should|shall)\b|忽略.{0,10}(?:指令|指示|说明|提示)|无视.{0,10}(?:指令|指示)/i;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|ru|xyz|info|biz|top)\b(?:\/\S*)?/i;
const MARKUP_RE = /<\/?[a-z][^>]*>|\]\(|!\[|```|<script|javascript:/i;

export function looksLikeInstruction(text: string): boolean {
  return INSTRUCTION_RE.test(text);
}

/** Markdown list markers, emphasis and headings off; whitespace folded. */
export function plainText(text: string): string {
  return text
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/^(?:TL;?DR|Summary|摘要|总结)\s*[:：]\s*/gim, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function unsafe(text: string): boolean {
  return URL_RE.test(text) || MARKUP_RE.test(text) || looksLikeInstruction(text);
}

/** The article without instruction-like sentences: what support may be drawn from. */
function trustedBlocks(article: Pick<Article, 'text' | 'blocks'>, lang: string): Block[] {
  const blocks = article.blocks.length ? article.blocks : article.text.split(/\n{2,}/).map((text) => ({ kind: 'p' as const, text }));
  const out: Block[] = [];
  for (const b of blocks) {
    const kept = sentences(b.text, lang).filter((s) => !looksLikeInstruction(s));
    if (kept.length) out.push({ ...b, text: kept.join(' ') });
  }
  return out;
}

export interface Grounder {
  /** The TL;DR sentences that survive validation, in order, bounded. */
  tldr(raw: string): string[];
  /** One sentence as it would be judged while streaming: null when dropped. */
  tldrSentence(sentence: string): string | null;
  /** FAQ entries that survive, each with its supporting passage. */
  faq(items: { question: string; answer: string }[], source: Source): GroundedFaqItem[];
  /** The article passage that supports `text`, or null. */
  support(text: string): string | null;
}

export function createGrounder(article: Pick<Article, 'text' | 'blocks'>, lang: string): Grounder {
  const blocks = trustedBlocks(article, lang);
  const trusted = { text: blocks.map((b) => b.text).join('\n\n'), blocks };
  const index: AskIndex = createAskIndex(trusted, lang);
  const vocabulary = new Set(terms(trusted.text, lang));

  const coverage = (text: string, within: Set<string>): { share: number; n: number } => {
    const ts = [...new Set(terms(text, lang))];
    if (ts.length === 0) return { share: 0, n: 0 };
    return { share: ts.filter((t) => within.has(t)).length / ts.length, n: ts.length };
  };

  const support = (text: string): string | null => {
    const { share, n } = coverage(text, vocabulary);
    if (n < 2 || share < LIMITS.articleCoverage) return null;
    for (const a of ask(index, text, lang, { limit: 2 })) {
      if (coverage(text, new Set(terms(a.text, lang))).share >= LIMITS.supportCoverage) return a.text;
    }
    return null;
  };

  const tldrSentence = (s: string): string | null => {
    const text = plainText(s);
    if (!text || text.length > LIMITS.sentenceChars || unsafe(text)) return null;
    return support(text) ? text : null;
  };

  return {
    support,
    tldrSentence,
    tldr(raw) {
      const out: string[] = [];
      for (const s of sentences(plainText(raw), lang)) {
        const ok = tldrSentence(s);
        if (ok && !out.includes(ok)) out.push(ok);
        if (out.length >= LIMITS.tldrSentences) break;
      }
      return out;
    },
    faq(items, source) {
      const out: GroundedFaqItem[] = [];
      for (const item of items) {
        if (out.length >= LIMITS.faqItems) break;
        const question = plainText(item.question);
        const answer = plainText(item.answer);
        if (!question || !answer || question.length > LIMITS.questionChars || answer.length > LIMITS.answerChars) continue;
        if (unsafe(question) || unsafe(answer)) continue;
        const passage = support(answer);
        if (!passage) continue;
        if (out.some((o) => o.question === question)) continue;
        out.push({ question, answer, source, support: passage });
      }
      return out;
    },
  };
}

/** Pulls the FAQ array out of a model's answer: bare JSON, fenced JSON, or JSON inside some chatter. */
export function parseFaqJson(raw: string): { question: string; answer: string }[] {
  const candidates = [raw.trim(), raw.replace(/^[\s\S]*?```(?:json)?\s*|```[\s\S]*$/g, '').trim()];
  const start = raw.indexOf('[');
  const end = raw.lastIndexOf(']');
  if (start >= 0 && end > start) candidates.push(raw.slice(start, end + 1));
  for (const c of candidates) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(c);
    } catch {
      continue;
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { faq?: unknown; items?: unknown } | null)?.faq ?? (parsed as { items?: unknown } | null)?.items;
    if (!Array.isArray(list)) continue;
    return list
      .filter((x): x is { question: unknown; answer: unknown } => typeof x === 'object' && x !== null)
      .filter((x) => typeof x.question === 'string' && typeof x.answer === 'string')
      .map((x) => ({ question: x.question as string, answer: x.answer as string }));
  }
  return [];
}
