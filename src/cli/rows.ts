/** The JSON rows the command line prints, exactly as ARCHITECTURE.md's contract spells them. */
import type { Analysis, Answer, Article, Category, FaqItem, Source } from '../core/types';
import type { LoadError } from './load';

export interface AnalyzeRow {
  file: string;
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  wordCount: number;
  readingMinutes: number;
  text: string;
  tldr: { source: Source; sentences: string[] } | null;
  faq: Pick<FaqItem, 'question' | 'answer' | 'source'>[];
  topics: { label: string; kind: string; score: number }[];
  category: Pick<Category, 'label' | 'score'> | null;
  error: LoadError | null;
}

export function analyzeRow(file: string, url: string, article: Article, analysis: Analysis): AnalyzeRow {
  return {
    file,
    url: article.url || url,
    title: article.title || null,
    byline: article.byline,
    siteName: article.siteName,
    lang: analysis.lang || article.lang,
    publishedTime: article.publishedTime,
    wordCount: analysis.wordCount,
    readingMinutes: analysis.readingMinutes,
    text: article.text,
    tldr: { source: analysis.tldr.source, sentences: analysis.tldr.sentences },
    faq: analysis.faq.map((f) => ({ question: f.question, answer: f.answer, source: f.source })),
    topics: analysis.topics.map((t) => ({ label: t.label, kind: t.kind, score: t.score })),
    category: analysis.category ? { label: analysis.category.label, score: analysis.category.score } : null,
    error: null,
  };
}

/** A file that could not be read or holds no article: the error, and every other field empty. */
export function errorRow(file: string, url: string | null, error: LoadError): AnalyzeRow {
  return {
    file,
    url,
    title: null,
    byline: null,
    siteName: null,
    lang: null,
    publishedTime: null,
    wordCount: 0,
    readingMinutes: 0,
    text: '',
    tldr: null,
    faq: [],
    topics: [],
    category: null,
    error,
  };
}

export interface AskRow {
  question: string;
  /** False when the article does not answer (its confidence is below the gate): `answers` is then empty. */
  answered: boolean;
  answers: Pick<Answer, 'text' | 'score'>[];
  /** Only when the article could not be read: the question gets no answers and says why. */
  error?: LoadError;
}

/** At most three answers, best first (the contract), whatever the engine returns. */
export function askRow(question: string, answers: Answer[]): AskRow {
  return {
    question,
    answered: answers.length > 0,
    answers: [...answers]
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((a) => ({ text: a.text, score: a.score })),
  };
}
