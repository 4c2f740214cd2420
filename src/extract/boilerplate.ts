/**
 * What Readability leaves in (or picks instead of the article): comment threads, share bars, "Advertisement"
 * labels, newsletter sign-ups, related-link lists, photo credits, bylines. Two passes: regions cut from the
 * clone before Readability scores it (so a long comment thread cannot win as the main candidate), and
 * block-level filters on what it returns.
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

const AD_LABEL_RE =
  /^(advertisements?|advertising|ads?|sponsored( content)?|paid content|anzeigen?|werbung|publicité|publicidad|pubblicità|reklame|广告|廣告|広告|(story|article) continues (below|after)( (the )?advertisement)?|continue reading (below|the main story)|advertisement\W+(scroll|continue) .{0,40})$/iu;

/**
 * Substrings one of which a text must hold to match AD_LABEL_RE / NEWSLETTER_RE, tested first because those
 * case-insensitive Unicode patterns cost ~0.5 ms each to compile on a click and most blocks hold none of these.
 * No "k" or "s" in them: the `iu` patterns match those as KELVIN SIGN and LONG S too.
 */
const AD_LABEL_HINT = /ad|pon|content|anzeige|werbung|ub|lame|告|ontinue/i;
const NEWSLETTER_HINT = /ign|cribe|regi|letter|订阅|訂閱|abonnez/i;

const SHARE_WORDS = new Set(
  (
    'share shares sharing this article story post page on via tweet twitter facebook linkedin whatsapp email e-mail mail print ' +
    'reddit pinterest pin it copy link url x telegram flipboard messenger save comment comments sms threads bluesky mastodon ' +
    'and or with to 分享 微博 微信 转发 收藏 打印'
  ).split(' '),
);

const NEWSLETTER_RE =
  /(\b(sign up|signup|subscribe|register)\b.{0,120}\b(newsletter|inbox|updates|e-?mail|alerts)\b|\bnewsletter\b.{0,80}\b(sign up|subscribe)\b|^(sign up|subscribe)( now| today)?\b|订阅|訂閱|newsletter abonnieren|abonnez-vous)/iu;

const LINK_LIST_LABEL_RE =
  /^(read more|read next|more from|related( articles| stories| coverage| content| links| reading)?|recommended( for you| reading)?|see also|also read|most (popular|read)|you (may|might) also like|more on this( story)?|top stories|trending( now)?|更多|相关阅读|相關閱讀|相关文章|相關文章|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀)$/iu;
const LINK_LIST_PREFIX_RE = /^(read more|read next|related|see also|also read|more|更多|相关|相關|延伸阅读|延伸閱讀)\s*[:：»›>|]/iu;

const FOLLOW_RE = /^(follow (us|me|@?[\w.]+) on|like us on facebook|join us on|关注我们|關注我們)\b/iu;
const CREDIT_RE =
  /^((photo|image|picture|video|foto|bild|graphic|illustration)s?( by| credit| courtesy)?\s*[:：©|/]|credit\s*[:：]|©|\(c\)\s|(getty images|reuters|ap photo|afp|shutterstock|epa)\b)/iu;
const DATE_LINE_RE = /^(published|updated|posted|last updated|first published)( on| at)?\b.{0,60}$/iu;
const READ_TIME_RE = /^\d+\s*(min(ute)?s?|分钟|分鐘)\s*(read|阅读|閱讀)?$/iu;
const BY_RE = /^(by|von|par|por|di|door|av|af|przez|作者|文|记者|記者)[\s:：/]+\S/iu;

/**
 * Text made of ASCII and typographic punctuation (no-break space, dashes, curly quotes, ellipsis): most blocks of
 * most pages. NFKC leaves it alone but for those punctuation marks, which it maps to punctuation or a space, and
 * which the Unicode pattern then drops anyway; in ASCII, \p{P} and \p{S} are exactly the printable characters
 * that are not letters or digits. So the plain pattern gives the same result without the Unicode tables.
 */
const NOT_PLAIN_RE = /[^\t-\r -~\u00a0\u2010-\u2015\u2018-\u201f\u2026]/;
const PLAIN_DROP_RE = /[\s!-/:-@[-`{-~\u00a0\u2010-\u2015\u2018-\u201f\u2026]+/g;

export function normalizeForMatch(text: string): string {
  if (!NOT_PLAIN_RE.test(text)) return text.toLowerCase().replace(PLAIN_DROP_RE, '');
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

function isShareBar(text: string): boolean {
  if (text.length > 120) return false;
  const tokens = text.toLowerCase().split(/[\s|·•,/:：!()[\]-]+/u).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => SHARE_WORDS.has(t) || /^\d+$/.test(t));
}

export interface BlockFilterContext {
  title: string;
  byline: string | null;
  /** normalizeForMatch(byline), when the caller filters many blocks against the same byline. */
  bylineNorm?: string;
}

/**
 * True for a block that is page furniture rather than article text. `norm` is normalizeForMatch(text) when the
 * caller already has it (the same value: normalizeForMatch drops the whitespace that trim() would).
 */
export function isBoilerplateBlock(text: string, kind: string, ctx: BlockFilterContext, norm?: string): boolean {
  const t = text.trim();
  // An ASCII letter or digit settles the first test without compiling the Unicode classes.
  if (!/[a-z0-9]/i.test(t) && !/[\p{L}\p{N}]/u.test(t)) return true;
  if (kind === 'pre') return false;
  if (t.length <= 80 && AD_LABEL_HINT.test(t) && AD_LABEL_RE.test(t)) return true;
  if (isShareBar(t)) return true;
  if (t.length <= 250 && NEWSLETTER_HINT.test(t) && NEWSLETTER_RE.test(t)) return true;
  if (t.length <= 60 && LINK_LIST_LABEL_RE.test(t.replace(/(?<![:：»›>.…\s])[:：»›>.…\s]+$/u, ''))) return true;
  if (t.length <= 200 && LINK_LIST_PREFIX_RE.test(t)) return true;
  if (t.length <= 150 && FOLLOW_RE.test(t)) return true;
  if (t.length <= 200 && CREDIT_RE.test(t)) return true;
  if (DATE_LINE_RE.test(t) || READ_TIME_RE.test(t)) return true;
  if (t.length <= 120 && kind !== 'h') {
    if (ctx.byline) {
      const n = norm ?? normalizeForMatch(t);
      const b = ctx.bylineNorm ?? normalizeForMatch(ctx.byline);
      if (n === b || (BY_RE.test(t) && n.includes(b))) return true;
    }
    if (!ctx.byline && t.length <= 60 && /^by\s+\p{Lu}/u.test(t)) return true;
  }
  return false;
}
