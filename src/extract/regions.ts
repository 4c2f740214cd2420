/**
 * Regions of the page that are furniture (comment threads, share bars, ads, newsletter boxes, related-link
 * lists), cut from the clone before Readability scores it so a long comment thread cannot win as the main
 * candidate. The lines Readability keeps are judged afterwards by the one filter, core/text/boilerplate.
 */
import type { Mark, Scan } from './scan';

/** The most text a marked region may hold and still count as furniture rather than the article. */
const MAX_REGION_CHARS: Partial<Record<Mark, number>> = {
  // Comment threads: often longer than the article, the classic wrong candidate.
  comments: Infinity,
  share: 200,
  newsletter: 600,
  ad: 300,
  related: 1500,
};

/** Removes boilerplate regions found by the scan from the clone. Never removes the article's own wrapper. */
export function removeBoilerplateRegions(scan: Scan, bodyTextLength: number): void {
  for (const { el, mark } of scan.marked) {
    const max = MAX_REGION_CHARS[mark];
    if (max === undefined || !el.isConnected) continue;
    if (['HTML', 'BODY', 'ARTICLE', 'MAIN'].includes(el.tagName)) continue;
    const len = (el.textContent ?? '').length;
    if (len > max || len > bodyTextLength * 0.5) continue;
    if (el.getElementsByTagName('h1').length > 0 || el.getElementsByTagName('article').length > 0) continue;
    if (el.getAttribute('itemprop') === 'articleBody' || el.querySelector('[itemprop="articleBody"]')) continue;
    el.remove();
  }
}
