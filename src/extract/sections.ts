/**
 * Finds the page's own TL;DR block and its FAQ section as DOM regions, so the extractor can read the TL;DR and
 * cut both out of the body before Readability sees it (the summariser must not summarise the page's summary or
 * its FAQ). Works on the extractor's clone; the caller removes what this returns.
 */
import { sentences } from '../core/text/segment';
import type { Scan } from './scan';

const TLDR_HEADING_RE =
  /^[\p{P}\p{S}\s]*(tl\s*;?\s*dr|too long;? didn'?t read|key takeaways?|the takeaways?|takeaways|in brief|at a glance|the gist|key points|the short version|what you need to know|要点|本文要点|重点|摘要|太长不看|速览|一句话总结|要點|重點|ポイント|要約)[\p{P}\p{S}\s]*$/iu;
/** A paragraph that opens with its own label: "<strong>TL;DR:</strong> ..." */
const TLDR_PREFIX_RE = /^\s*(tl\s*;?\s*dr|in brief|key takeaways?|要点|摘要)\s*[:：—–-]\s*/iu;

const FAQ_HEADING_RE =
  /^[\p{P}\p{S}\s]*(faqs?|frequently asked questions|常见问题(解答)?|常見問題(解答)?|よくある質問|preguntas frecuentes|questions fréquentes|häufig gestellte fragen|häufige fragen)[\p{P}\p{S}\s]*$/iu;

/**
 * Substrings one of which a label must hold to match TLDR_HEADING_RE / TLDR_PREFIX_RE / FAQ_HEADING_RE: most
 * headings fail these plain tests, so the costly Unicode patterns are rarely compiled on a click. No "k" or "s"
 * in them: the `iu` patterns match those as KELVIN SIGN and LONG S too.
 */
const TLDR_HEADING_HINT = /dr|read|eaway|brief|glance|the gi|point|hort|need|要点|重点|摘要|太长不看|速览|一句话总结|要點|重點|ポイント|要約/i;
const TLDR_PREFIX_HINT = /dr|brief|eaway|要点|摘要/i;
const FAQ_HEADING_HINT = /faq|frequently|常见问题|常見問題|よくある質問|pregunta|fréquent|ufig/i;

const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6';
const CONTAINER_TAGS = new Set(['SECTION', 'DIV', 'ASIDE', 'DETAILS', 'HEADER', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE', 'DL']);
/** A TL;DR is short by definition; anything longer is the article itself or a page region. */
const MAX_TLDR_CHARS = 1500;

function headingLevel(el: Element): number {
  const m = /^H([1-6])$/.exec(el.tagName);
  return m ? Number(m[1]) : 7;
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The region a heading introduces: its parent container when the heading opens it (`<section><h2>TL;DR</h2>..`),
 * else the heading and the siblings after it up to the next heading of the same or a higher level.
 */
function regionOf(heading: Element, maxChars: number): Element[] {
  const parent = heading.parentElement;
  if (parent && CONTAINER_TAGS.has(parent.tagName) && parent.firstElementChild === heading) {
    const len = textOf(parent).length;
    // The container must be the heading's own region, not the article or the page around it.
    const otherHeadings = Array.from(parent.querySelectorAll(HEADING_SELECTOR)).filter(
      (h) => h !== heading && headingLevel(h) <= headingLevel(heading),
    );
    if (len <= maxChars && otherHeadings.length === 0) return [parent];
  }
  const level = headingLevel(heading);
  const region: Element[] = [heading];
  let total = 0;
  for (let sib = heading.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (headingLevel(sib) <= level) break;
    const inner = sib.querySelector(HEADING_SELECTOR);
    if (inner && headingLevel(inner) <= level) break;
    total += textOf(sib).length;
    if (total > maxChars) break;
    region.push(sib);
  }
  return region;
}

export interface TldrRegion {
  items: string[];
  elements: Element[];
}

/** Bullets when the block has a list, else its sentences; the label itself is left out. */
function tldrItems(elements: Element[], label: Element | null, lang: string | null): string[] {
  const lis = elements.flatMap((el) => (el.tagName === 'LI' ? [el] : Array.from(el.querySelectorAll('li'))));
  if (lis.length > 0) return lis.map(textOf).filter(Boolean);
  const parts: string[] = [];
  for (const el of elements) {
    if (el === label) continue;
    const paras = el.matches('p') ? [el] : Array.from(el.querySelectorAll('p'));
    if (paras.length > 0) {
      for (const p of paras) parts.push(textOf(p));
    } else {
      const clone = el.cloneNode(true) as Element;
      for (const h of Array.from(clone.querySelectorAll(HEADING_SELECTOR))) h.remove();
      if (!(label && el.contains(label) && el !== label && !el.querySelector(HEADING_SELECTOR))) parts.push(textOf(clone));
      else parts.push(textOf(clone).replace(textOf(label), '').trim());
    }
  }
  return parts
    .map((p) => p.replace(TLDR_PREFIX_RE, ''))
    .flatMap((p) => sentences(p, lang))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The page's own TL;DR, or null. Looked for among the clone's scanned elements. */
export function findTldr(scan: Scan, lang: string | null): TldrRegion | null {
  // 1. A heading that says TL;DR / Key takeaways / 要点.
  for (const h of scan.headings) {
    const label = textOf(h);
    if (label.length > 40 || !TLDR_HEADING_HINT.test(label) || !TLDR_HEADING_RE.test(label)) continue;
    const heading = h.tagName === 'STRONG' || h.tagName === 'B' ? h.parentElement! : h;
    const elements = regionOf(heading, MAX_TLDR_CHARS);
    const items = tldrItems(elements, heading, lang);
    if (items.length > 0) return { items, elements };
  }
  // 2. A paragraph labelled inline: "TL;DR: the whole story in one line."
  for (const p of scan.paragraphs) {
    const raw = p.textContent ?? '';
    if (raw.length > MAX_TLDR_CHARS * 2) continue;
    const start = raw.trimStart().slice(0, 40);
    if (!TLDR_PREFIX_HINT.test(start) || !TLDR_PREFIX_RE.test(start)) continue;
    const t = textOf(p);
    if (t.length > 20 && t.length < MAX_TLDR_CHARS && TLDR_PREFIX_RE.test(t)) {
      const items = sentences(t.replace(TLDR_PREFIX_RE, ''), lang);
      if (items.length > 0) return { items, elements: [p] };
    }
  }
  // 3. A block whose class or id says so.
  for (const { el, mark } of scan.marked) {
    if (mark !== 'tldr' || ['BODY', 'HTML', 'ARTICLE', 'MAIN'].includes(el.tagName)) continue;
    const len = textOf(el).length;
    if (len < 20 || len > MAX_TLDR_CHARS) continue;
    const label = el.querySelector(HEADING_SELECTOR);
    const items = tldrItems([el], label, lang).filter((s) => !(label && s === textOf(label)));
    if (items.length > 0) return { items, elements: [el] };
  }
  return null;
}

/**
 * The page's FAQ regions: sections under an "FAQ" / "常见问题" heading, FAQPage microdata, and containers
 * whose class or id says faq. Used only to cut them out of the body.
 */
export function findFaqRegions(scan: Scan, bodyTextLength: number): Element[] {
  const out = new Set<Element>();
  for (const h of scan.headings) {
    if (!h.isConnected || !/^H[1-6]$/.test(h.tagName)) continue;
    const label = textOf(h);
    if (label.length <= 60 && FAQ_HEADING_HINT.test(label) && FAQ_HEADING_RE.test(label)) for (const el of regionOf(h, 20000)) out.add(el);
  }
  for (const { el, mark } of scan.marked) {
    if (mark !== 'faq' || !el.isConnected || ['BODY', 'HTML', 'MAIN', 'ARTICLE'].includes(el.tagName)) continue;
    // A wrapper around the whole article must stay: only regions holding questions, not the story.
    if (el.getElementsByTagName('h1').length > 0 || (el.textContent ?? '').length > bodyTextLength * 0.5) continue;
    out.add(el);
  }
  // Keep the outermost regions only, so removal never touches a detached node.
  return [...out].filter((el) => ![...out].some((o) => o !== el && o.contains(el)));
}
