/**
 * One pass over the clone's elements that collects everything the extractor looks for by tag, class or id.
 * Many attribute-substring selectors (`[class*="share" i]`...) each walk the whole tree, which costs hundreds of
 * milliseconds under jsdom on a large page; one walk with a few regex tests is cheap everywhere.
 */

export type Mark = 'tldr' | 'faq' | 'comments' | 'share' | 'newsletter' | 'ad' | 'related';

/** Tested against the lower-cased "class id" string, in this order; the first match wins. */
const MARKS: [Mark, RegExp][] = [
  ['tldr', /tl[-_]?dr|takeaway|key-?points|story-highlights|in-brief|article-summary-box/],
  ['faq', /faq/],
  ['comments', /(^|\s)(comments?|comment-list|commentlist|comments-area|comment-section|comments-section|comment-thread|disqus_thread|respond)(\s|$)/],
  ['share', /share|sharing|social/],
  ['newsletter', /newsletter|subscribe|signup|sign-up/],
  ['ad', /advert|(^|[\s_-])ads?($|[\s_-])|adslot|dfp|sponsored|outbrain|taboola/],
  ['related', /related|recommended|more-stories|read-?more|most-popular|trending/],
];
const ANY_MARK = new RegExp(MARKS.map(([, re]) => re.source).join('|'));

export interface Scan {
  /** h1-h6, plus `<p><strong>Label</strong></p>` pseudo-headings, in document order. */
  headings: Element[];
  paragraphs: Element[];
  marked: { el: Element; mark: Mark }[];
}

export function scanBody(body: Element): Scan {
  const scan: Scan = { headings: [], paragraphs: [], marked: [] };
  // A TreeWalker, not getElementsByTagName('*'): jsdom's live collections cost O(n) per indexed access.
  const walker = body.ownerDocument.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const tag = el.tagName;
    if (tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6') scan.headings.push(el);
    else if (tag === 'P') scan.paragraphs.push(el);
    else if ((tag === 'STRONG' || tag === 'B') && el.parentElement?.tagName === 'P' && el.parentElement.childElementCount === 1) {
      scan.headings.push(el);
    }
    // Most elements carry no attribute at all; for them every lookup below would come back null.
    if (!el.hasAttributes()) continue;
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    const itemtype = el.getAttribute('itemtype');
    if (itemtype && /FAQPage/i.test(itemtype)) {
      scan.marked.push({ el, mark: 'faq' });
      continue;
    }
    if (!cls && !id) {
      const aria = el.getAttribute('aria-label');
      if (aria && /share/i.test(aria)) scan.marked.push({ el, mark: 'share' });
      continue;
    }
    const key = `${cls ?? ''} ${id ?? ''}`.toLowerCase();
    if (!ANY_MARK.test(key)) continue;
    for (const [mark, re] of MARKS) {
      if (re.test(key)) {
        scan.marked.push({ el, mark });
        break;
      }
    }
  }
  return scan;
}
