/**
 * One key for the spellings of one concept: case, plural and possessive folded ("LLMs" = "llm"), and a
 * multi-word phrase also answers to its initials ("large language models" = "LLM") so an acronym and its
 * expansion merge.
 */
import { foldPlural } from '../text/terms';

/** Key of a phrase given as tokens: lower-cased, plurals folded (English only). */
export function variantKey(tokens: string[], lang: string): string {
  return tokens.map((t) => (lang === 'en' ? foldPlural(t.toLowerCase()) : t.toLowerCase())).join(' ');
}

/** The acronym a multi-word phrase would have ("large language models" -> "llm"), or null. */
export function initialsKey(tokens: string[]): string | null {
  // A name's linking words have no letter in its acronym: "Massachusetts Institute of Technology" is MIT.
  const words = nameWords(tokens);
  if (words.length < 2 || words.length > 6) return null;
  return words.map((t) => t[0]!.toLowerCase()).join('');
}

const LINK_WORDS = new Set(['of', 'de', 'du', 'des', 'del', 'do', 'da', 'dos', 'das', 'di', 'della', "d'", 'd’']);

/** The words of a phrase less a name's linking words ("of" in "Bank of England"), when more than two words. */
export function nameWords(tokens: string[]): string[] {
  return tokens.length > 2 ? tokens.filter((t) => !LINK_WORDS.has(t.toLowerCase())) : tokens;
}

/** The key of a token that looks like an acronym ("LLM", "LLMs", "AMI"), else null. */
export function acronymKey(token: string): string | null {
  // Most tokens are not acronyms: too short, too long (7 code points, at most 14 UTF-16 units), or starting
  // with a lower-case ASCII letter or a digit.
  const c = token.charCodeAt(0);
  if (token.length < 2 || token.length > 14 || (c < 0x80 && (c < 0x41 || c > 0x5a))) return null;
  // An ASCII token matches /^(\p{Lu}{2,6})s?$/u when it is 2 to 6 capitals, then an optional "s".
  let ascii = true;
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) >= 0x80) ascii = false;
  if (ascii) {
    const end = token.charCodeAt(token.length - 1) === 0x73 ? token.length - 1 : token.length;
    if (end < 2 || end > 6) return null;
    for (let i = 0; i < end; i++) {
      const u = token.charCodeAt(i);
      if (u < 0x41 || u > 0x5a) return null;
    }
    return token.slice(0, end).toLowerCase();
  }
  const m = /^(\p{Lu}{2,6})s?$/u.exec(token);
  return m ? m[1]!.toLowerCase() : null;
}
