/**
 * Checks a question's subject must pass before the question is shown, in every language with capital letters.
 * A blind reading found most wrong FAQ entries were "What is X?" / "Was ist X?" / "Wer ist X?" where X was a
 * word capitalised only because it opened a sentence ("Leider", "Danach", "More clean energy") or an
 * organisation asked about with "who" ("Deutschen Vereins"). Names are what the article itself capitalises
 * where no sentence starts; such words are not.
 */

const ARTICLE = /^(?:the|a|an|le|la|les|l['’]|der|die|das|el|los|las|o|os|as)\s*/iu;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The term (its article left out) is written with its capital somewhere the sentence does not start: after a
 * letter, digit, comma or closing bracket and a space. "Leider" opens sentences only; "Xbox One X" also stands
 * mid-sentence. A multiword name every word of which is capitalised counts when the article names it twice.
 */
export function namedMidSentence(term: string, body: string): boolean {
  const bare = term.replace(ARTICLE, '').trim();
  if (!/^[\p{Lu}\d]/u.test(bare)) return false;
  const re = new RegExp(`(?<=[\\p{L}\\p{N},;:)] )${escape(bare)}(?![\\p{L}\\p{N}])`, 'u');
  if (re.test(body)) return true;
  const words = bare.split(/\s+/);
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) {
    return body.split(bare).length - 1 >= 2;
  }
  return false;
}

/**
 * A person's name: none of its words is written in lower case elsewhere in the article. "Deutschen Vereins"
 * and "Estados Unidos" are adjectives and nouns the text also writes as "deutschen", "estados"; a surname
 * hardly ever is.
 */
export function looksLikePersonName(name: string, body: string): boolean {
  for (const w of name.split(/\s+/)) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
    const lower = w.toLocaleLowerCase();
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(lower)}(?![\\p{L}\\p{N}])`, 'u').test(body)) return false;
  }
  return true;
}
