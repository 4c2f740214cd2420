/**
 * Checks a question's subject must pass before the question is shown, in every language with capital letters.
 * A blind reading found most wrong FAQ entries were "What is X?" / "Was ist X?" / "Wer ist X?" where X was a
 * word capitalised only because it opened a sentence ("Leider", "Danach", "More clean energy") or an
 * organisation asked about with "who" ("Deutschen Vereins"). Names are what the article itself capitalises
 * where no sentence starts; such words are not.
 */

const ARTICLE = /^(?:the|a|an|le|la|les|l['’]|der|die|das|el|los|las|o|os|as)\s*/iu;

/**
 * The term (its article left out) is written with its capital somewhere the sentence does not start: after a
 * letter, digit, comma or closing bracket and a space. "Leider" opens sentences only; "Xbox One X" also stands
 * mid-sentence. A multiword name every word of which is capitalised counts when the article names it twice.
 */
export function namedMidSentence(term: string, body: string): boolean {
  const bare = term.replace(ARTICLE, '').trim();
  if (!/^[\p{Lu}\d]/u.test(bare)) return false;
  // Occurrences found with indexOf, each looked at where it stands: a regular expression compiled per candidate
  // and run over the whole body doubled the FAQ's time.
  let mentions = 0;
  for (let at = body.indexOf(bare); at >= 0; at = body.indexOf(bare, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(body.charAt(at + bare.length))) continue;
    mentions++;
    if (at >= 2 && body.charAt(at - 1) === ' ' && /[\p{L}\p{N},;:)]/u.test(body.charAt(at - 2))) return true;
  }
  const words = bare.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && mentions >= 2;
}

/** The body lowerWords() last read, and its words written in lower case. */
let lowerOf: { body: string; words: Set<string> } | null = null;

function lowerWords(body: string): Set<string> {
  if (lowerOf?.body === body) return lowerOf.words;
  const words = new Set<string>();
  for (const m of body.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu)) words.add(m[0]);
  lowerOf = { body, words };
  return words;
}

/**
 * A person's name: none of its words is written in lower case elsewhere in the article. "Deutschen Vereins"
 * and "Estados Unidos" are adjectives and nouns the text also writes as "deutschen", "estados"; a surname
 * hardly ever is.
 */
export function looksLikePersonName(name: string, body: string): boolean {
  const lower = lowerWords(body);
  return name.split(/\s+/).every((w) => !/^\p{Lu}\p{Ll}+$/u.test(w) || !lower.has(w.toLocaleLowerCase()));
}
