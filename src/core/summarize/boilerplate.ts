/**
 * What Readability leaves at the top of an article that is not the article: datelines, bylines, editor's
 * notes, photo credits, share prompts. A TL;DR built from these reads as noise, so the dateline is cut off the
 * sentence it opens and the rest are never candidates.
 */

/** Wire and broadcaster tags that open a dateline: "(CNN) --", "WASHINGTON (Reuters) -". */
const AGENCY_DATELINE_RE =
  /^(?:[\p{Lu}\d][\p{L}\d .,'’/-]{0,60}?\s*)?\(\s*[\p{Lu}][\p{L}\d .&/'-]{0,30}\)\s*(?:--|—|–|-|:)\s*/u;
/** An upper-case place, optionally with a date, then a dash: "NEW YORK —", "BEIJING, March 3 --". */
const CAPS_DATELINE_RE = /^\p{Lu}[\p{Lu} .'’-]{2,40}(?:,\s*[\p{L}\d .]{1,30})?\s+(?:--|—|–)\s*/u;
/** CJK wire datelines: "新华社北京3月3日电", "【编者按】" and similar bracketed prefixes. */
const CJK_DATELINE_RE = /^(?:(?:新华社|中新社|中新网|人民网|央视网|記者|记者)[^，。,]{0,20}?电\s*(?:[(（][^)）]{0,12}[)）])?\s*|【[^】]{1,12}】\s*)/u;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "Updated Jul 7, 2012 6:40 PM ET", "Tuesday, August 25, 2015, 12:41 AM", "March 3, 2024 —" before the text. */
const TIMESTAMP_RE = new RegExp(
  '^(?:(?:updated|published|posted|last updated|modified)\\s*:?\\s*)?' +
    '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s*,?\\s*)?' +
    `(?:${MONTH}\\s+\\d{1,2}\\s*,?\\s*\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    '\\s*,?\\s*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4}\\b)?)?\\s*(?:--|—|–|-|\\|)?\\s*',
  'i',
);
/** "By Dexter Ford May 9, 2014 MALIBU, CALIF. —": a byline running into a dateline. */
const BYLINE_DATELINE_RE = /^by\s+[^—–]{3,80}?(?:--|—|–)\s*/i;

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function hasDash(s: string): boolean {
  return s.includes('—') || s.includes('–') || s.includes('--');
}

/** First characters of CJK_DATELINE_RE's matches: 新华社 中新社/中新网 人民网 央视网 記者 记者 【. */
const CJK_DATELINE_FIRST = new Set([0x65b0, 0x4e2d, 0x4eba, 0x592e, 0x8a18, 0x8bb0, 0x3010]);

/**
 * The dateline expressions in the order they are tried, each with a test that is true whenever it can match
 * (a character every match contains): most sentences never run the three with Unicode classes, and a fresh
 * service worker does not compile them for an article that has no such dateline.
 */
const DATELINES: [RegExp, (s: string) => boolean][] = [
  // Every match holds a date's digits.
  [TIMESTAMP_RE, hasDigit],
  // Every match starts "by" (in either case) and holds a dash.
  [BYLINE_DATELINE_RE, (s) => (s.charCodeAt(0) | 0x20) === 0x62 && (s.charCodeAt(1) | 0x20) === 0x79 && hasDash(s)],
  // Every match holds "(".
  [AGENCY_DATELINE_RE, (s) => s.includes('(')],
  // Every match holds "--", "—" or "–".
  [CAPS_DATELINE_RE, hasDash],
  [CJK_DATELINE_RE, (s) => CJK_DATELINE_FIRST.has(s.charCodeAt(0))],
];

/**
 * Returns the sentence without a leading dateline, timestamp or byline-dateline, or null when it had none.
 * Applied to the first sentences only: later in the text the same shapes are real content.
 */
export function stripDateline(sentence: string): string | null {
  let s = sentence;
  let changed = true;
  let stripped = false;
  while (changed) {
    changed = false;
    for (const [re, mayMatch] of DATELINES) {
      const m = mayMatch(s) ? re.exec(s) : null;
      if (m && m[0].length > 0 && m[0].length < s.length - 10) {
        s = s.slice(m[0].length).trim();
        changed = stripped = true;
      }
    }
  }
  return stripped ? s : null;
}

/** The byline stays first: isBoilerplate() tries it only on sentences starting "by". */
const NOT_CONTENT_RES: RegExp[] = [
  /^by\s*[.:]?\s*[\p{Lu}\p{Ll}][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,6}\s*\.?$/iu, // "By John Smith", "By . Daily Mail Reporter"
  /^editor\s*['’]?\s*s\s+note\b/i,
  /^editors\s*['’]?\s+note\b/i,
  /^(?:published|updated|last (?:updated|modified)|posted)\s*:?(?:\s|$)/i,
  /^(?:photo|image|picture|illustration|video|graphic)s?\s*(?:credit|copyright|caption|courtesy)?\s*[:(/|]/i,
  /^(?:image|photo)\s+(?:copyright|caption)\b/i,
  /\((?:getty images|ap photo|reuters|afp|epa|file photo|pictured|photo)[^)]*\)\s*\.?$/i,
  /^(?:read more|related|see also|click here|sign up|subscribe|follow us|follow @|share this|advertisement|scroll down|watch|listen)\b/i,
  /all rights reserved|©|copyright \d{4}/i,
  // Captions that Readability left inline: "(pictured)", "Harrison Ford, left, and ...", "Pictured: ...".
  /\(\s*(?:pictured|left|right|above|below|centre|center|top|bottom|file)\b[^)]*\)/i,
  /,\s*(?:left|right|centre|center|pictured|above|below)\s*[,.]/i,
  /^pictured\b/i,
  /^(?:编者按|编辑|责任编辑|记者|图片来源|图\s*[:：]|来源\s*[:：]|原标题)/u,
];

/** True for sentences that are page furniture rather than the article's content. */
export function isBoilerplate(sentence: string): boolean {
  // The first expression (a byline) only matches text starting "by" in either case; the test spares most
  // sentences, and a fresh worker's first article, its Unicode classes.
  const byline = (sentence.charCodeAt(0) | 0x20) === 0x62 && (sentence.charCodeAt(1) | 0x20) === 0x79;
  for (let i = byline ? 0 : 1; i < NOT_CONTENT_RES.length; i++) if (NOT_CONTENT_RES[i]!.test(sentence)) return true;
  return false;
}

/** Sentences that lean on the one before them ("He added...", "But...") or quote someone: weaker alone. */
const DEPENDENT_RE = /^(?:and|but|or|so|also|he|she|it|they|this|that|these|those|his|her|their|its)\b/i;
const QUOTED_RE = /^\s*['"‘“«「『]/u;

/** A multiplier in (0, 1] for how well a sentence stands on its own as a TL;DR line. */
export function standalone(sentence: string): number {
  let f = 1;
  if (QUOTED_RE.test(sentence)) f *= 0.75;
  if (DEPENDENT_RE.test(sentence)) f *= 0.85;
  // A question raises the topic without telling the reader anything about it.
  if (/[?？]\s*['"’”»」』]?\s*$/u.test(sentence)) f *= 0.6;
  return f;
}
