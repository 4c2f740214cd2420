/**
 * How well a sentence stands on its own as a TL;DR line. A sentence that opens with a pronoun or a connective
 * ("She frankly said...", "In fact, ...", "但是，...") leans on the one before it: shown alone it dangles, so
 * the TL;DR takes it only together with that sentence. A sentence inside a multi-sentence quotation, or one
 * without an ending (a caption, a subheading), reads as cut.
 */

/**
 * Openers that refer back, by language family. Latin-script and Cyrillic words must be followed by a word
 * boundary; the CJK ones are matched as prefixes.
 */
const DEPENDENT_WORDS = [
  // English
  'and', 'but', 'or', 'so', 'yet', 'also', 'still', 'instead', 'however', 'nonetheless', 'nevertheless', 'moreover',
  'furthermore', 'meanwhile', 'in fact', 'indeed', 'besides', 'otherwise', 'then', 'thus', 'hence', 'as a result',
  'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'him', 'them', 'such',
  // French
  'mais', 'cependant', 'pourtant', 'en effet', 'ainsi', 'aussi', 'toutefois', 'néanmoins', 'il', 'elle', 'ils',
  'elles', 'cela', 'ceci', 'ce', 'cette', 'ces',
  // Spanish, Portuguese
  'pero', 'sin embargo', 'eso sí', 'además', 'también', 'él', 'ella', 'ellos', 'ellas', 'esto', 'eso', 'este',
  'esta', 'estos', 'estas', 'mas', 'porém', 'no entanto', 'além disso', 'ele', 'ela', 'eles', 'elas', 'isso',
  'isto', 'esse', 'essa',
  // German, Dutch
  'aber', 'doch', 'jedoch', 'außerdem', 'zudem', 'trotzdem', 'er', 'sie', 'es', 'dies', 'diese', 'dieser', 'dieses',
  'maar', 'echter', 'hij', 'zij', 'dat', 'deze',
  // Russian, Czech, Finnish
  // ("on", "to", "se" and "ne" are left out: they open English and Spanish sentences that refer to nothing.)
  'но', 'однако', 'он', 'она', 'оно', 'они', 'это', 'этот', 'эта', 'ale', 'však', 'ona', 'oni', 'mutta', 'hän',
];
const DEPENDENT_CJK = [
  '但是', '但', '而且', '而', '因此', '所以', '此外', '不过', '不過', '然而', '同时', '同時', '另外', '他们', '他們',
  '她们', '她們', '他', '她', '这', '這', '该', '該', '其', 'しかし', 'また', 'そして', 'だが', 'ただ', 'さらに',
  '彼女', '彼ら', '彼', 'この', 'その', 'これ', 'それ', 'こうした', 'そうした',
];

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest alternatives first, so "in fact" is tried before "in". Followed by a non-letter (or the end). */
const DEPENDENT_RE = new RegExp(
  `^(?:${[...DEPENDENT_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const DEPENDENT_CJK_RE = new RegExp(`^(?:${DEPENDENT_CJK.map(escape).join('|')})`, 'u');
const QUOTED_RE = /^\s*['"‘“«「『]/u;
/** Sentence endings: a full stop, question or exclamation mark, possibly inside a closing quote or bracket. */
const ENDED_RE = /[.!?。！？…;；]["'’”»」』)）\]]{0,3}\s*$|[.!?。！？]\s*\(\w{1,8}\)\s*$/u;

/** Opening minus closing double quotes (straight quotes count as opening when their count is odd). */
function openQuotes(s: string): number {
  let open = 0;
  let straight = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '“' || c === '«' || c === '「' || c === '『' || c === '„') open++;
    else if (c === '”' || c === '»' || c === '」' || c === '』') open--;
    else if (c === '"') straight++;
  }
  return open !== 0 ? open : straight % 2;
}

/** "This week", "Esta semana", "Cette année": a demonstrative that points at a time, not at the sentence before. */
const TIME_DEMONSTRATIVE_RE =
  /^(?:this|that|these|esta|este|estos|cette|ce|ces|diese|dieses|dieser|deze|dit|этот|эта|это)\s+(?:week|weekend|year|month|morning|afternoon|evening|summer|spring|fall|autumn|winter|season|time|semana|año|mes|semaine|année|mois|matin|soir|saison|woche|jahr|monat|sommer|winter|week|jaar|maand|год|неделе|месяц)/iu;

/** The sentence opens with a word that refers to the sentence before it. */
export function isDependent(sentence: string): boolean {
  const s = sentence.replace(/^[\s"'“‘«「『(（-]+/u, '');
  if (TIME_DEMONSTRATIVE_RE.test(s)) return false;
  return DEPENDENT_RE.test(s) || DEPENDENT_CJK_RE.test(s);
}

/**
 * A multiplier in (0, 1] for how well a sentence stands on its own as a TL;DR line. A dependent opener is not
 * scored here: the TL;DR takes such a sentence only with the one before it (see tldr.ts).
 */
export function standalone(sentence: string): number {
  let f = 1;
  if (QUOTED_RE.test(sentence)) f *= 0.75;
  // A question raises the topic without telling the reader anything about it.
  if (/[?？]\s*['"’”»」』]?\s*$/u.test(sentence)) f *= 0.6;
  // Half of a quotation that runs over several sentences, or a line with no ending (caption, subheading).
  if (openQuotes(sentence) !== 0) f *= 0.4;
  if (!ENDED_RE.test(sentence)) f *= 0.5;
  return f;
}
