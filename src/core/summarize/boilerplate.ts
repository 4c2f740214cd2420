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
const CJK_DATELINE_RE = /^(?:(?:新华社|中新社|中新网|人民网|央视网|記者|记者)[^，。,]{0,20}?电\s*[(（]?[^)）]{0,12}[)）]?\s*|【[^】]{1,12}】\s*)/u;

/** Returns the sentence without a leading dateline, or null when it had none. */
export function stripDateline(sentence: string): string | null {
  for (const re of [AGENCY_DATELINE_RE, CAPS_DATELINE_RE, CJK_DATELINE_RE]) {
    const m = re.exec(sentence);
    if (m && m[0].length < sentence.length - 10) return sentence.slice(m[0].length).trim();
  }
  return null;
}

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
  /^(?:编者按|编辑|责任编辑|记者|图片来源|图\s*[:：]|来源\s*[:：]|原标题)/u,
];

/** True for sentences that are page furniture rather than the article's content. */
export function isBoilerplate(sentence: string): boolean {
  return NOT_CONTENT_RES.some((re) => re.test(sentence));
}
