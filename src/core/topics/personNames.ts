/**
 * People are followed by their full name. A story introduces a person once in full ("Barack Obama", "Grace
 * Mugabe") and then writes the surname or, for one of two namesakes, the first name ("Obama", "Grace"); a reader
 * wants the full name as the topic, with every mention counted for it. Offices written before a name
 * ("Cambridge Police Commissioner Christine Elow") are not part of it.
 */

import { COUNTRY_OF } from './demonyms';
import { topicType } from './topicType';

/**
 * Offices and honorifics written before a name, per language (lower case): the person is the topic, not the
 * office ("President Yoon Suk Yeol" -> "Yoon Suk Yeol").
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof professor president vice-president president-elect prime minister chancellor senator sen ' +
    'governor gov mayor judge secretary ceo coach rep representative congressman congresswoman commissioner ' +
    'superintendent inspector detective det sergeant sgt constable colonel col gen admiral ambassador attorney ' +
    'prosecutor sheriff chairman chairwoman councillor councilman councilwoman councilmember assemblyman ' +
    'assemblywoman leader sir dame bishop archbishop rev reverend cardinal rabbi imam ' +
    'm mme monsieur madame président présidente ministre député députée maire juge procureur sénateur ' +
    'presidente presidenta ministro ministra senador senadora alcalde alcaldesa diputado diputada juez jueza ' +
    'canciller prefeito prefeita governador governadora deputado deputada juiz juíza técnico treinador ' +
    'entrenador herr frau bundeskanzler bundeskanzlerin kanzler kanzlerin ministerpräsident ministerpräsidentin ' +
    'präsident präsidentin bürgermeister bürgermeisterin trainer'
  ).split(' '),
);

/** Party and political labels written like names ("Oklahoma Republican"): no part of a person's name. */
const PARTY_WORDS = new Set(['republican', 'republicans', 'democrat', 'democrats', 'democratic', 'conservative', 'conservatives', 'labour', 'liberal', 'liberals', 'socialist', 'socialists', 'green', 'greens', 'independent']);

/** Words that start place names, not people ("South Sudan", "New Zealand", "St. Louis"). */
const PLACE_STARTS = new Set(['new', 'north', 'south', 'east', 'west', 'great', 'old', 'saint', 'st', 'st.', 'san', 'santa', 'los', 'las', 'fort', 'mount', 'mt', 'mt.', 'upper', 'lower', 'central', 'northern', 'southern', 'eastern', 'western', 'united']);

/** One word of a person's name: a capital, then lower-case letters (apostrophes and hyphens inside). */
const NAME_WORD_RE = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/** What the merge needs of a phrase found on the page (keyphrases' occurrence). */
export interface NamePhrase {
  tokens: string[];
  /** Token keys joined by spaces. */
  key: string;
  /** Character offset of the first occurrence, over the text read. */
  first: number;
  count: number;
  bodyCount: number;
  /** Body occurrences mid-sentence with every word capitalised (a name). */
  capitalised: number;
  /** Body occurrences starting with a lower-case letter (a common word or phrase). */
  lowercase: number;
  inTitle: boolean;
}

/** What the page says of one word: seen in lower case, after an article, or generic (not a name part). */
export type CommonWord = (key: string) => boolean;

/** Whether a phrase of 2-3 words reads as a person's full name written in running text. */
function isFullName(p: NamePhrase, isCommon: CommonWord): boolean {
  if (p.tokens.length < 2 || p.tokens.length > 3) return false;
  if (PLACE_STARTS.has(p.tokens[0]!.toLowerCase())) return false;
  const notName = (w: string) => NAME_TITLES.has(w) || PARTY_WORDS.has(w) || COUNTRY_OF.has(w) || isCommon(w);
  if (!p.tokens.every((t) => NAME_WORD_RE.test(t) && !notName(t.toLowerCase()))) return false;
  // "Virginia University", "Business District", "Paris Motor": an institution, a place, or a place's event.
  const kind = topicType(p.tokens.join(' '), { entity: true, tokens: p.tokens });
  if (kind && kind !== 'person') return false;
  if (topicType(p.tokens[0]!, { entity: true, tokens: [p.tokens[0]!] }) === 'place') return false;
  // Written only at the start of sentences, capitals prove nothing, unless the phrase opens with a given name.
  return p.capitalised > 0 || kind === 'person';
}

/**
 * Folds lone surnames and first names into the full name the page introduced, in place: the full name takes
 * their lone mentions (count, position, title) and the lone word is removed. A word that several full names
 * share goes to the one mentioned most. A first name counts only when its full name was introduced before the
 * first name is used alone ("Amazon" before "Amazon Prime" stays a topic of its own).
 */
export function foldNameParts<T extends NamePhrase>(found: Map<string, T>, isCommon: CommonWord): void {
  const bySurname = new Map<string, T[]>();
  const byFirstName = new Map<string, T[]>();
  for (const p of found.values()) {
    if (!isFullName(p, isCommon)) continue;
    const keys = p.key.split(' ');
    const last = keys[keys.length - 1]!;
    bySurname.set(last, [...(bySurname.get(last) ?? []), p]);
    byFirstName.set(keys[0]!, [...(byFirstName.get(keys[0]!) ?? []), p]);
  }
  if (bySurname.size === 0) return;
  const isPerson = (f: T) => topicType(f.tokens.join(' '), { entity: true, tokens: f.tokens }) === 'person';
  for (const [key, p] of [...found]) {
    if (p.tokens.length !== 1 || !NAME_WORD_RE.test(p.tokens[0]!) || p.lowercase > p.capitalised || isCommon(key)) continue;
    if (topicType(p.tokens[0]!, { entity: true, tokens: p.tokens }) === 'place') continue;
    // A first name stands for a person introduced in full, before it or in the body under a title's short form.
    const named = (byFirstName.get(key) ?? []).filter((f) => isPerson(f) && (f.first <= p.first || p.inTitle));
    const surnameOf = bySurname.get(key) ?? [];
    const owners = [...surnameOf, ...named];
    if (owners.length === 0) continue;
    // Mentions of the word outside any longer capitalised run: none, and there is nothing to fold ("Bill" only
    // ever in "Data Retention Bill").
    let inRuns = 0;
    for (const f of found.values()) {
      if (f.tokens.length !== 2) continue;
      const [a, b] = f.key.split(' ');
      if ((a === key || b === key) && f.tokens.every((t) => /^\p{Lu}/u.test(t))) inRuns += f.count;
    }
    if (p.count - inRuns <= 0) continue;
    // Given names first ("Grace Mugabe" over the nickname "Gucci Grace", "Gary Lineker" over "Twitter Gary
    // Lineker"), then the most mentioned, the earliest, the longest ("Edward Norton Lorenz").
    const rank = (f: T) => [isPerson(f) ? 1 : 0, f.count, -f.first, f.tokens.length];
    const better = (a: T, b: T) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! > rb[i]! ? a : b;
      return a;
    };
    const owner = owners.reduce(better);
    // Several people share the word ("Kim", "Mugabe") and none is clearly the main one: it stays as it is.
    const nested = (f: T) => owner.key.endsWith(` ${f.key}`) || f.key.endsWith(` ${owner.key}`) || owner.key.startsWith(`${f.key} `) || f.key.startsWith(`${owner.key} `);
    const rivals = [...surnameOf, ...(byFirstName.get(key) ?? [])].filter((f) => f !== owner && !nested(f));
    if (rivals.some((f) => f.count * 2 > owner.count)) continue;
    // The mentions inside full names are theirs already: only the lone ones are added.
    const within = owners.reduce((n, f) => n + f.count, 0);
    owner.count += Math.max(0, p.count - within);
    owner.bodyCount += Math.max(0, p.bodyCount - owners.reduce((n, f) => n + f.bodyCount, 0));
    owner.first = Math.min(owner.first, p.first);
    owner.inTitle ||= p.inTitle;
    found.delete(key);
  }
}
