/**
 * The page's own FAQ, in every form sites publish it: JSON-LD FAQPage (alone, in arrays, in @graph), schema.org
 * microdata and RDFa Question/Answer, an "FAQ" section of question headings with answer paragraphs (in many
 * languages), <details><summary> lists and <dl> lists. Runs in the page on every click and under jsdom: it only
 * reads the document, and every walk is bounded so a huge page costs no more than a normal one.
 */
import type { PageFaqEntry } from '../core/types';
import { htmlToText, normalizePageFaq } from '../core/faq/pageFaqText';

/** Caps on the work per page: more entries than this is not an FAQ a popup can show anyway. */
const MAX_ENTRIES = 40;
const MAX_NODES = 400;
const MAX_JSONLD_CHARS = 500_000;
/** Elements looked at in one walk of the page; past this, a page is not going to grow an FAQ worth the time. */
const MAX_WALK = 30_000;
/**
 * Characters read from one question or answer (the worker keeps 2,000 and 10,000 of them): an entry holding a
 * megabyte is cut before any regular expression reads it.
 */
const MAX_QUESTION_CHARS = 2_000;
const MAX_ANSWER_CHARS = 10_000;

interface Candidates {
  scripts: Element[];
  questions: Element[];
  headings: Element[];
  details: Element[];
  lists: Element[];
}

/**
 * One bounded walk of the page collects every element the forms below look at: a selector per form would walk
 * the whole page five times (and jsdom's selector engine is slow on big pages).
 */
function collect(doc: Document): Candidates {
  const c: Candidates = { scripts: [], questions: [], headings: [], details: [], lists: [] };
  const root = doc.documentElement;
  if (!root) return c;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = 0, el = walker.currentNode as Element | null; el && n < MAX_WALK; n++, el = walker.nextNode() as Element | null) {
    const tag = el.tagName;
    if (tag === 'SCRIPT') {
      if (el.getAttribute('type') === 'application/ld+json' && c.scripts.length < 20) c.scripts.push(el);
    } else if (tag === 'DETAILS') {
      if (c.details.length < MAX_ENTRIES) c.details.push(el);
    } else if (tag === 'DL') {
      if (c.lists.length < 20) c.lists.push(el);
    } else if (/^H[1-6]$/.test(tag) || (el.hasAttributes() && el.getAttribute('role') === 'heading')) {
      if (c.headings.length < MAX_NODES) c.headings.push(el);
    }
    // Most elements carry no attribute: two lookups fewer for each of them.
    if (!el.hasAttributes()) continue;
    const type = el.getAttribute('itemtype') ?? el.getAttribute('typeof');
    if (type && /(?:^|[/:\s])Question(?:\s|$)/.test(type) && c.questions.length < MAX_ENTRIES) c.questions.push(el);
  }
  return c;
}

const FAQ_HEADING_RE =
  /^(?:faqs?|f\.a\.q\.?|frequently asked questions?|common questions|questions (?:and|&) answers|q\s*&\s*a|常见问题|常見問題|常见问答|常見問答|问答|問答|よくある質問|よくあるご質問|자주 묻는 질문|preguntas frecuentes|questions fréquentes|foire aux questions|häufig gestellte fragen|häufige fragen|domande frequenti|perguntas frequentes|veelgestelde vragen|часто задаваемые вопросы)\s*[:：]?$/i;

/** The element's text with white space folded, at most `max` characters of it read. */
const text = (el: Element | null | undefined, max = MAX_ANSWER_CHARS): string =>
  (el?.textContent ?? '').slice(0, max).replace(/\s+/g, ' ').trim();

/** Appends `more` to an answer, which stops growing at MAX_ANSWER_CHARS. */
const joinAnswer = (answer: string, more: string): string =>
  answer.length >= MAX_ANSWER_CHARS ? answer : (answer ? `${answer} ${more}` : more).slice(0, MAX_ANSWER_CHARS);

/** Hidden template junk: hidden attributes, inline display:none, <template>, aria-hidden. */
function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.tagName === 'TEMPLATE' || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    const style = e.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}

function typeMatches(t: unknown, name: string): boolean {
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && (x === name || x.endsWith(`/${name}`) || x.endsWith(`:${name}`)));
}

function answerText(a: unknown): string {
  if (typeof a === 'string') return a;
  if (Array.isArray(a)) return answerText(a[0]);
  if (a && typeof a === 'object') {
    const o = a as Record<string, unknown>;
    return typeof o.text === 'string' ? o.text : typeof o.description === 'string' ? o.description : '';
  }
  return '';
}

function questionsFromJsonLd(node: unknown, out: PageFaqEntry[], depth = 0): void {
  if (depth > 6 || out.length >= MAX_ENTRIES || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) questionsFromJsonLd(n, out, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeMatches(o['@type'], 'Question')) {
    const q = typeof o.name === 'string' ? o.name : typeof o.text === 'string' ? o.text : '';
    out.push({ question: q.slice(0, MAX_QUESTION_CHARS), answer: answerText(o.acceptedAnswer ?? o.suggestedAnswer).slice(0, MAX_ANSWER_CHARS) });
    return;
  }
  if (o['@graph']) questionsFromJsonLd(o['@graph'], out, depth + 1);
  if (typeMatches(o['@type'], 'FAQPage') || typeMatches(o['@type'], 'QAPage')) questionsFromJsonLd(o.mainEntity, out, depth + 1);
  else if (o.mainEntity && typeof o.mainEntity === 'object') questionsFromJsonLd(o.mainEntity, out, depth + 1);
}

function fromJsonLd(scripts: Element[]): PageFaqEntry[] {
  const out: PageFaqEntry[] = [];
  let budget = MAX_JSONLD_CHARS;
  for (const s of scripts) {
    const raw = s.textContent ?? '';
    if (raw.length > budget || !/Question/.test(raw)) continue;
    budget -= raw.length;
    try {
      questionsFromJsonLd(JSON.parse(raw), out);
    } catch {
      // Broken JSON-LD is common; the other forms may still hold the FAQ.
    }
  }
  return out;
}

/** schema.org microdata (itemtype=".../Question", itemprop name / acceptedAnswer > text) and RDFa (typeof). */
function fromMicrodata(qs: Element[]): PageFaqEntry[] {
  const out: PageFaqEntry[] = [];
  for (const q of qs) {
    if (isHidden(q)) continue;
    const nameEl = q.querySelector('[itemprop="name"], [property="name"], [property$=":name"]');
    const ans = q.querySelector('[itemprop="acceptedAnswer"], [itemprop="suggestedAnswer"], [property="acceptedAnswer"], [property$=":acceptedAnswer"], [rel="acceptedAnswer"]');
    const ansText = ans?.querySelector('[itemprop="text"], [property="text"], [property$=":text"]') ?? ans;
    out.push({ question: text(nameEl, MAX_QUESTION_CHARS), answer: text(ansText) });
  }
  return out;
}

function headingLevel(el: Element): number {
  const m = /^H([1-6])$/.exec(el.tagName);
  if (m) return Number(m[1]);
  const aria = el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level') ?? 2) : 0;
  return aria;
}

/**
 * The elements after `start` in document order, within its parent chain: an FAQ heading is often the first
 * child of a <section> whose questions follow as siblings, or it is a sibling of them itself.
 */
function following(start: Element): Element[] {
  const out: Element[] = [];
  let node: Element | null = start;
  while (node && out.length < MAX_NODES) {
    for (let s = node.nextElementSibling; s && out.length < MAX_NODES; s = s.nextElementSibling) out.push(s);
    // Climb only out of wrappers that the heading starts (its section), not out of the whole page.
    const parent: Element | null = node.parentElement;
    if (!parent || parent.firstElementChild !== node || /^(?:BODY|MAIN|ARTICLE|HTML)$/.test(parent.tagName)) break;
    node = parent;
  }
  return out;
}

/** "FAQ" heading, then question headings each followed by answer blocks, until a heading of the FAQ's level. */
function fromHeadings(headings: Element[]): PageFaqEntry[] {
  const out: PageFaqEntry[] = [];
  for (const h of headings) {
    if (!FAQ_HEADING_RE.test(text(h, MAX_QUESTION_CHARS)) || isHidden(h)) continue;
    const level = headingLevel(h) || 2;
    let current: PageFaqEntry | null = null;
    for (const el of following(h)) {
      const lvl = headingLevel(el) || (el.querySelector('h1,h2,h3,h4,h5,h6') ? headingLevel(el.querySelector('h1,h2,h3,h4,h5,h6')!) : 0);
      if (lvl && lvl <= level) break;
      if (isHidden(el)) continue;
      if (lvl > level) {
        if (current) out.push(current);
        const inner = headingLevel(el) ? null : el.querySelector('h1,h2,h3,h4,h5,h6');
        if (inner) {
          // <div class="qa"><h3>Question</h3><p>Answer</p></div>: the wrapper holds both.
          const question = text(inner, MAX_QUESTION_CHARS);
          const whole = text(el, MAX_QUESTION_CHARS + MAX_ANSWER_CHARS);
          current = { question, answer: whole.slice(whole.indexOf(question) + question.length).trim().slice(0, MAX_ANSWER_CHARS) };
        } else current = { question: text(el, MAX_QUESTION_CHARS), answer: '' };
        continue;
      }
      if (el.tagName === 'DETAILS' || el.tagName === 'DL') continue; // their own forms below
      if (current && current.answer.length < MAX_ANSWER_CHARS) current.answer = joinAnswer(current.answer, text(el));
    }
    if (current) out.push(current);
    if (out.length) break;
  }
  return out;
}

function fromDetails(details: Element[]): PageFaqEntry[] {
  const out: PageFaqEntry[] = [];
  for (const d of details) {
    let summary = d.firstElementChild;
    while (summary && summary.tagName !== 'SUMMARY') summary = summary.nextElementSibling;
    if (!summary || isHidden(d)) continue;
    const question = text(summary, MAX_QUESTION_CHARS);
    // Questions only: a <details> of "Show more" or a cookie notice is not an FAQ entry.
    if (!/[?？؟]\s*$/.test(question)) continue;
    let answer = '';
    for (let c = d.firstChild; c && answer.length < MAX_ANSWER_CHARS; c = c.nextSibling) {
      if (c !== summary) answer = joinAnswer(answer, (c.textContent ?? '').slice(0, MAX_ANSWER_CHARS));
    }
    out.push({ question, answer });
  }
  return out;
}

function fromDefinitionLists(lists: Element[]): PageFaqEntry[] {
  const out: PageFaqEntry[] = [];
  for (const dl of lists) {
    if (isHidden(dl)) continue;
    const entries: PageFaqEntry[] = [];
    let current: PageFaqEntry | null = null;
    let n = 0;
    for (let c = dl.firstElementChild; c && n < MAX_NODES; c = c.nextElementSibling, n++) {
      if (c.tagName === 'DT') {
        if (current) entries.push(current);
        current = { question: text(c, MAX_QUESTION_CHARS), answer: '' };
      } else if (c.tagName === 'DD' && current && current.answer.length < MAX_ANSWER_CHARS) {
        current.answer = joinAnswer(current.answer, text(c));
      }
    }
    if (current) entries.push(current);
    // A glossary is a <dl> too: it is an FAQ when most of its terms are questions.
    const questions = entries.filter((e) => /[?？؟]\s*$/.test(e.question)).length;
    if (entries.length > 0 && questions * 2 >= entries.length) out.push(...entries);
  }
  return out;
}

/**
 * The page's FAQ, in page order, cleaned and without duplicates. Structured data comes first (it is what the
 * site declared); the visible forms add what structured data left out, and duplicates of it are dropped.
 */
export function findPageFaq(doc: Document): PageFaqEntry[] {
  const c = collect(doc);
  const found = [...fromJsonLd(c.scripts), ...fromMicrodata(c.questions), ...fromHeadings(c.headings), ...fromDetails(c.details), ...fromDefinitionLists(c.lists)];
  return normalizePageFaq(found.map((e) => ({ question: e.question, answer: htmlToText(e.answer) }))).slice(0, MAX_ENTRIES);
}
