/**
 * Readability's content element -> Lede's blocks in reading order: headings with their level, paragraphs,
 * list items, block quotes, figure captions and preformatted code.
 */
import type { Block } from '../core/types';

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER',
  'DL', 'DT', 'DD', 'DETAILS', 'SUMMARY', 'ADDRESS', 'NAV', 'FORM', 'FIELDSET', 'CAPTION', 'HR', 'CENTER',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Pathological nesting gets flattened instead of recursed into (hostile pages must not blow the stack). */
const MAX_DEPTH = 120;
/**
 * Blocks read from one article. A real article has hundreds; a page of 10,000 FAQ entries or 100,000 divs has
 * tens of thousands, and the boilerplate filter then judges each one on the page's main thread (about 10 µs a
 * block in Chromium: 5,000 blocks cost 50 ms of the 200 ms Lede may add to Readability's parse). Past this the
 * rest of the page is left unread rather than freezing the tab.
 */
export const MAX_BLOCKS = 2_000;

function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Text of an element with `<br>` read as a space (textContent would glue the two lines together). `cleaned` is
 * clean(el.textContent) when the caller has it already.
 */
function textWithBreaks(el: Element, cleaned?: string): string {
  if (!el.querySelector('br')) return cleaned ?? clean(el.textContent ?? '');
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n: Node | null = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if ((n as Element).tagName === 'BR') out += '\n';
  }
  return clean(out);
}

/**
 * A short paragraph that is nothing but one link: a section kicker ("Growth & Life"), "Read more", a related
 * headline. Never article prose.
 */
function isLinkLabel(link: Element, text: string): boolean {
  return text.length > 0 && text.length < 80 && clean(link.textContent ?? '') === text;
}

/** The paragraph's only link, when it has exactly one and it is not mailto: or tel:. */
function onlyLink(p: Element): Element | null {
  const links = p.querySelectorAll('a');
  if (links.length !== 1 || /^(mailto|tel):/i.test(links[0]!.getAttribute('href') ?? '')) return null;
  return links[0]!;
}

export function blocksFrom(root: Element): Block[] {
  const blocks: Block[] = [];
  const push = (kind: Block['kind'], text: string, level?: number): void => {
    if (!text || blocks.length >= MAX_BLOCKS) return;
    blocks.push(level === undefined ? { kind, text } : { kind, text, level });
  };

  const walk = (el: Element, depth: number): void => {
    let inline = '';
    const flush = (): void => {
      push('p', clean(inline));
      inline = '';
    };
    // Sibling links rather than Array.from(childNodes): nothing here changes the tree.
    for (let node = el.firstChild; node && blocks.length < MAX_BLOCKS; node = node.nextSibling) {
      if (node.nodeType === 3) {
        inline += node.nodeValue ?? '';
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        inline += '\n';
        continue;
      }
      if (!BLOCK_TAGS.has(tag)) {
        inline += ' ' + (child.textContent ?? '') + ' ';
        continue;
      }
      flush();
      if (depth >= MAX_DEPTH) {
        push('p', clean(child.textContent ?? ''));
        continue;
      }
      const heading = /^H([1-6])$/.exec(tag);
      if (heading) push('h', clean(child.textContent ?? ''), Number(heading[1]));
      else if (tag === 'P') {
        const link = onlyLink(child);
        if (!link) push('p', textWithBreaks(child));
        else {
          // The paragraph's text is read once for both the link-label test and the block.
          const text = clean(child.textContent ?? '');
          if (!isLinkLabel(link, text)) push('p', textWithBreaks(child, text));
        }
      }
      else if (tag === 'FIGCAPTION' || tag === 'CAPTION') push('caption', clean(child.textContent ?? ''));
      else if (tag === 'PRE') push('pre', (child.textContent ?? '').replace(/^\n+|(?<!\s)\s+$/g, ''));
      else if (tag === 'BLOCKQUOTE') push('quote', textWithBreaks(child));
      else if (tag === 'LI') {
        // A list item that holds paragraphs or a nested list is a container; a plain one is one block.
        if (child.querySelector('p, ul, ol, div > p')) walkListItem(child, depth + 1);
        else push('li', textWithBreaks(child));
      } else if (tag === 'HR') continue;
      else walk(child, depth + 1);
    }
    flush();
  };

  const walkListItem = (li: Element, depth: number): void => {
    const start = blocks.length;
    walk(li, depth);
    // The item's first paragraph reads as the list item itself.
    const first = blocks[start];
    if (first && first.kind === 'p') first.kind = 'li';
  };

  walk(root, 0);
  return blocks;
}
