/**
 * The plain data that crosses every boundary in Lede: the extractor (DOM side) produces an `Article`,
 * the core turns it into an `Analysis`. Both are structured-clone safe (no classes, no functions), so they
 * travel through extension messages and IndexedDB unchanged.
 */

/** One block of the article body, in reading order. */
export interface Block {
  /** `h` heading, `p` paragraph, `li` list item, `quote` block quote, `caption` figure caption, `pre` code. */
  kind: 'h' | 'p' | 'li' | 'quote' | 'caption' | 'pre';
  text: string;
  /** Heading level 1-6 for `h`. */
  level?: number;
}

/** A question and answer the page itself carries (JSON-LD FAQPage, microdata, an FAQ section...). */
export interface PageFaqEntry {
  question: string;
  answer: string;
}

export interface PageSignals {
  /** The page's own TL;DR / "Key takeaways" block, one string per sentence or bullet, or null. */
  tldr: string[] | null;
  /** The page's own FAQ, in page order; empty when it has none. */
  faq: PageFaqEntry[];
  canonicalUrl: string | null;
  /** `<meta name="keywords">`, `article:tag`, JSON-LD keywords. */
  keywords: string[];
  /** `article:section` or JSON-LD articleSection. */
  section: string | null;
  /**
   * Every name the site files the article under, most explicit first: article:section, JSON-LD
   * articleSection, breadcrumbs, URL path segments. Absent on articles stored before it existed.
   */
  sectionHints?: string[];
  /** Lead image URL (og:image), absolute. */
  image: string | null;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 language tag from the page, or detected from the text; null when unknown. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** ISO 8601 when known. */
  publishedTime: string | null;
  excerpt: string | null;
  /** The body as plain text, blocks separated by blank lines. */
  text: string;
  /** The body as blocks in reading order; `text` is these joined. */
  blocks: Block[];
  /** Readability's content HTML. Untrusted: sanitize with DOMPurify before rendering anywhere. */
  html: string;
  signals: PageSignals;
  /**
   * True when `title` was made from the start of the text (plain text with no title line): shown to the reader,
   * never ranked against as a headline, since it is only the first sentence again.
   */
  titleDerived?: boolean;
}

/** Where a TL;DR or FAQ came from: the page itself, the local engine, or a named AI provider. */
export type Source = 'page' | 'extractive' | 'generated' | (string & {});

export interface Tldr {
  source: Source;
  sentences: string[];
}

export interface FaqItem {
  question: string;
  answer: string;
  source: Source;
}

export type TopicKind = 'keyphrase' | 'entity' | 'category';

/** What a topic names, when the rules of core/topics/topicType.ts settle it. */
export type TopicType = 'person' | 'organisation' | 'place' | 'product' | 'event' | 'theme';

export interface Topic {
  label: string;
  kind: TopicKind;
  /** Person, organisation, place, product, event or theme; absent when unsure. */
  type?: TopicType;
  /** Relative importance in the article, 0..1, best first. */
  score: number;
}

export interface Category {
  /** One of the taxonomy ids in core/topics/taxonomy.ts. */
  label: string;
  /** Calibrated probability. */
  score: number;
}

export interface Analysis {
  lang: string;
  wordCount: number;
  readingMinutes: number;
  tldr: Tldr;
  faq: FaqItem[];
  topics: Topic[];
  category: Category | null;
  /** Stable hash of the article text: the cache key together with the URL. */
  contentHash: string;
}

export interface Answer {
  /** Quoted verbatim from the article: one sentence, or two adjacent ones. */
  text: string;
  score: number;
}
