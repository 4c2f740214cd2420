/**
 * Injected on demand when the reader clicks a TL;DR sentence or an FAQ answer: finds the passage in the page's
 * text and highlights it with the CSS Custom Highlight API, which paints ranges without touching the DOM (the
 * ::highlight(lede) style is inserted by the worker with scripting.insertCSS). Falls back to the selection.
 */
import { contentApi } from './protocol';
import { findPassage, type TextChunk } from './findPassage';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'TEXTAREA']);

function textChunks(root: Node): { chunks: TextChunk[]; nodes: Text[] } {
  const chunks: TextChunk[] = [];
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  // Bounded: a hostile page with millions of text nodes must not freeze the tab.
  for (let n = walker.nextNode(); n && nodes.length < 200_000; n = walker.nextNode()) {
    nodes.push(n as Text);
    chunks.push({ text: (n as Text).data });
  }
  return { chunks, nodes };
}

function highlight(passage: string): boolean {
  const { chunks, nodes } = textChunks(document.body ?? document.documentElement);
  const hit = findPassage(chunks, passage);
  if (!hit) return false;
  const range = document.createRange();
  range.setStart(nodes[hit.start.chunk]!, hit.start.offset);
  range.setEnd(nodes[hit.end.chunk]!, hit.end.offset);
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (highlights && HighlightCtor) {
    highlights.set('lede', new HighlightCtor(range));
  } else {
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

const api = contentApi();
api.highlight = highlight;
api.clearHighlight = () => (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.delete('lede');
