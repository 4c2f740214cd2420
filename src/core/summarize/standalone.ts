/**
 * How well a sentence stands on its own as a TL;DR line. A sentence that opens with a pronoun or a connective
 * ("She frankly said...", "In fact, ...", "但是，...") leans on the one before it: shown alone it dangles, so
 * the TL;DR takes it only together with that sentence. A sentence inside a multi-sentence quotation, or one
 * without an ending (a caption, a subheading), reads as cut.
 */

import { leansBackEarly } from './anaphora';

/**
 * Connectives that only continue an argument ("However", "Dennoch", "Sin embargo"). Unlike a pronoun or a
 * demonstrative, which at the top of a page often points at the photo or the headline ("This is the moment..."),
 * they need a sentence before them wherever they stand, the lead included. Every one also makes a sentence
 * dependent (below).
 */
const CONTINUING_WORDS = [
  // English
  'however', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'meanwhile', 'instead', 'still', 'yet', 'but',
  'and', 'also', 'besides', 'otherwise', 'thus', 'hence', 'therefore', 'as a result', 'in addition', 'additionally',
  'by contrast', 'in contrast', 'on the other hand', 'even so', 'despite this', 'despite that',
  // German
  'dennoch', 'trotzdem', 'jedoch', 'allerdings', 'aber', 'doch', 'denn', 'dabei', 'zudem', 'außerdem', 'deshalb',
  'deswegen', 'daher', 'darum', 'stattdessen', 'somit', 'folglich', 'immerhin', 'hingegen', 'wiederum', 'und',
  'oder',
  // French
  'mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'donc', 'or', 'en effet', 'par ailleurs', 'en outre',
  'de plus',
  // Spanish, Portuguese
  'pero', 'sin embargo', 'no obstante', 'además', 'asimismo', 'por eso', 'por ello', 'por lo tanto', 'porém',
  'contudo', 'todavia', 'no entanto', 'além disso', 'por isso', 'portanto',
];

/**
 * The other openers that refer back (pronouns, demonstratives, and connectives a lead may open on: "So", "Then"),
 * by language family. Latin-script and Cyrillic words must be followed by a word
 * boundary; the CJK ones are matched as prefixes.
 */
const DEPENDENT_WORDS = [
  // English
  'so',
  'in fact', 'indeed', 'then',
  'he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'him', 'them', 'such',
  'likewise', 'similarly', 'after that', 'afterwards', 'afterward',
  'at the same time', 'in turn', 'for example', 'for instance',
  'for its part', 'for his part', 'for her part', 'for their part', 'as such',
  'because of this', 'for this reason', 'the latter', 'the former', 'too', 'again', 'which', 'any of these',
  'all of these', 'none of these', 'none of this', 'in other words',
  // French
  'ainsi', 'aussi', 'il', 'elle', 'ils',
  'elles', 'cela', 'ceci', 'ce', 'cette', 'ces', 'alors', 'puis', 'ensuite',
  "d'ailleurs", 'd’ailleurs', 'là', 'celui', 'celle', 'ceux', 'celles', 'son', 'sa', 'ses', 'leur',
  'leurs', 'lui', 'et', "c'est", 'c’est', 'ce dernier', 'cette dernière', 'selon lui', 'selon elle', 'selon eux',
  'cet', "d'abord", 'd’abord', 'premièrement', 'de son côté', 'pour sa part', 'à cet égard', 'dans ce cadre',
  // Spanish, Portuguese
  'eso sí', 'también', 'él', 'ella', 'ellos', 'ellas', 'esto', 'eso', 'este',
  'esta', 'estos', 'estas', 'mas', 'ele', 'ela', 'eles', 'elas', 'isso',
  'isto', 'esse', 'essa', 'acá', 'allí', 'ahí', 'allá', 'así', 'entonces',
  'incluso', 'mientras tanto', 'su', 'sus', 'dicho', 'dicha', 'tampoco',
  'aquel', 'aquella', 'ese', 'esa', 'esos', 'esas', 'y', 'ni', 'pues', 'luego', 'aí', 'ali', 'lá', 'então',
  'seu', 'sua', 'seus', 'suas', 'dele', 'dela', 'según él',
  'según ella', 'primero', 'en primer lugar', 'por su parte', 'de hecho', 'al respecto', 'en ese sentido',
  'en este sentido', 'aquellos', 'aquellas',
  // German, Dutch
  'er', 'sie', 'es', 'dies', 'diese', 'dieser', 'dieses',
  'maar', 'echter', 'hij', 'zij', 'dat', 'deze', 'dazu', 'damit', 'danach', 'dann',
  'dort', 'auch', 'ebenfalls', 'ihm',
  'ihnen', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihre', 'ihren', 'ihrem', 'ihrer', 'dessen', 'deren',
  'jene', 'jener', 'solche', 'darüber hinaus', 'demnach', 'dafür', 'davon',
  'darauf', 'dagegen', 'daraufhin', 'dadurch', 'darin', 'ook', 'daarom', 'daarnaast', 'bovendien',
  'hier', 'diesen', 'diesem', 'jenes', 'jenen', 'solchen',
  // Russian, Czech, Finnish
  // ("on", "to", "se" and "ne" are left out: they open English and Spanish sentences that refer to nothing.)
  'но', 'однако', 'он', 'она', 'оно', 'они', 'это', 'этот', 'эта', 'ale', 'však', 'ona', 'oni', 'mutta', 'hän',
  'также', 'кроме того', 'при этом', 'поэтому', 'тем не менее', 'зато', 'впрочем', 'и', 'а', 'его', 'её', 'ее',
  'их', 'ему', 'ей', 'им', 'эти', 'там', 'тогда', 'тут', 'так', 'таким образом', 'в свою очередь', 'к тому же',
  'более того', 'ранее', 'этого', 'этом', 'этой', 'этим', 'по его словам', 'по ее словам', 'по её словам',
  // Korean (a pronoun carries its particle: 그는 "he", 이는 "this")
  '그러나', '하지만', '또한', '그리고', '따라서', '한편', '이어', '이에', '이에 따라', '이와 함께', '그래서', '게다가',
  '반면', '그는', '그녀는', '그들은', '이는', '이를', '그의', '그녀의',
];
const DEPENDENT_CJK = [
  '但是', '但', '而且', '而', '因此', '所以', '此外', '不过', '不過', '然而', '同时', '同時', '另外', '他们', '他們',
  '她们', '她們', '他', '她', '这', '這', '该', '該', '其', '对此', '對此', '随后', '隨後', '同样', '同樣', '因而',
  '于是', '於是', '并且', '並且', '也就是说', '也就是說', '还', '還', '那么', '那麼', '那些', '此前', '此后', '此後', '与此同时',
  '與此同時', '为此', '為此', '不仅如此', '不僅如此', '除此之外', '当时', '當時', '之后', '之後', '届时', '屆時',
  'しかし', 'また', 'そして', 'だが', 'ただ', 'さらに', '彼女', '彼ら', '彼', 'この', 'その', 'これ', 'それ',
  'こうした', 'そうした', '一方', 'なお', 'ところが', 'でも', 'だから', 'すると', '加えて', '実は', '同社', '同氏',
  '同日', '同市', '同省', '同国', '同党', '同署', '同大', '同町', '同村', '同県', '同局', '同庁', '同店', '同校',
  '同容疑者', '同年', '同月', '同チーム', 'そう', 'こう', 'ああいう', 'あの', 'では', 'となれば', 'となると',
  'それで', 'そこで', 'そこに', 'ここで', 'ここに', 'ここまで', 'つまり', 'ちなみに', 'とはいえ', 'ただし', 'もっとも',
  'むしろ', 'まず', '同様に', '逆に', 'なぜなら', 'なぜかというと', '从上述', '根据上述', '由此', '综上',
  '那个', '那個', '那时', '那時', '那里', '那裡', '那是', '那就', '那位', '那种', '那種', '那样', '那樣', '那次',
  '那天', '那年', '首先', '其次', '再者', '此', '上述', '双方', '雙方', '两者', '兩者', '换言之', '換言之', '总之',
  '總之', '相反', '反之', '另一方面',
  // "That" with a measure word ("那家公司"): bare 那 also opens names such as 那不勒斯 (Naples).
  '那家', '那名', '那场', '那場', '那项', '那項', '那条', '那條', '那段', '那份', '那张', '那張', '那部', '那座', '那片',
];

function escape(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest alternatives first, so "in fact" is tried before "in". Followed by a non-letter (or the end). */
function openerRe(words: readonly string[]): RegExp {
  return new RegExp(`^(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
const DEPENDENT_RE = openerRe([...CONTINUING_WORDS, ...DEPENDENT_WORDS]);
const CONTINUING_RE = openerRe(CONTINUING_WORDS);
const DEPENDENT_CJK_RE = new RegExp(`^(?:${DEPENDENT_CJK.map(escape).join('|')})`, 'u');
const QUOTED_RE = /^\s*['"‘“«「『]/u;
/** Sentence endings: a full stop, question or exclamation mark, possibly inside a closing quote or bracket. */
const ENDED_RE = /[.!?。！？…;；]["'’”»」』)）\]]{0,3}\s*$|[.!?。！？]\s*\(\w{1,8}\)\s*$/u;

/** The sentence has an ending: a line without one is a heading, a caption or a teaser, not a sentence. */
export function isEnded(sentence: string): boolean {
  return ENDED_RE.test(sentence);
}

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
  /^(?:this|that|these|esta|este|estos|cette|ce|ces|diese|dieses|dieser|diesen|deze|dit|этот|эта|это)\s+(?:week|weekend|year|month|morning|afternoon|evening|summer|spring|fall|autumn|winter|season|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|semana|año|mes|mañana|tarde|noche|fin de semana|lunes|martes|miércoles|jueves|viernes|sábado|domingo|semaine|week-end|année|mois|matin|soir|saison|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|woche|wochenende|jahr|monat|sommer|winter|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|week|jaar|maand|год|неделе|месяц)(?![\p{L}])/iu;

/**
 * Signposts: the article announcing what comes next ("Here's what we know", "Voici les chiffres", "以下是...")
 * rather than saying it. They point forward, so like a backward reference they say nothing on their own.
 */
const SIGNPOST_RE =
  /^(?:here(?:['’]s| is| are)\b|below(?:,| are| is)\b|read on\b|in this (?:article|post|guide|story)\b|(?:first, )?let['’]s\b|this is (?:what|how|why) (?:we|you)\b|hier (?:sind|ist|finden sie|lesen sie)\b|das sind die\b|im folgenden\b|voici\b|voilà\b|ci-dessous\b|estas son\b|estos son\b|a continuación\b|aquí (?:te|le|les) (?:contamos|explicamos|dejamos)\b|вот (?:что|как|какие)\b|以下是|下面(?:是|就|我们)|以下の)/iu;

/** The sentence announces what follows instead of telling it. */
export function isSignpost(sentence: string): boolean {
  return SIGNPOST_RE.test(sentence.replace(/^[\s"'“‘«「『(（-]+/u, ''));
}

/** "It will be hard for the team to...", "It is unclear whether...": an "it" that points ahead, at nothing before. */
const EXTRAPOSED_IT_RE =
  /^it(?:['’]s| is| was| will be| would be| has been| had been| remains| seems| seemed| appears)\s(?:[^\s.,;]{1,20}\s){0,6}?(?:to|that|whether|for|if|how|when)\s/i;

/**
 * "The former district attorney said...": "former" and "latter" describing the noun after them name someone
 * outright. Only as a pronoun ("The latter is...", "The former, ...") do they point back.
 */
const FORMER_TITLE_RE =
  /^the (?:former|latter)\s+(?!(?:is|was|are|were|has|had|have|will|would|can|could|may|might|did|does|said|says|also|then|still|who|which)(?![\p{L}]))[\p{L}]/iu;

/**
 * The sentence refers to the sentence before it: by its first word ("However", "She", "此外"), or from inside its
 * opening clause ("Because of these changes", "Danach ging er", "翌日、彼は"; see anaphora.ts).
 */
export function isDependent(sentence: string): boolean {
  const s = sentence.replace(/^[\s"'“‘«「『(（-]+/u, '');
  const opener =
    !TIME_DEMONSTRATIVE_RE.test(s) &&
    !EXTRAPOSED_IT_RE.test(s) &&
    !FORMER_TITLE_RE.test(s) &&
    (DEPENDENT_RE.test(s) || DEPENDENT_CJK_RE.test(s));
  return opener || leansBackEarly(s);
}


/** The sentence opens on a connective that continues a sentence before it. */
export function opensOnConnective(sentence: string): boolean {
  return CONTINUING_RE.test(sentence.replace(/^[\s"'“‘«「『(（-]+/u, ''));
}

/** The sentence asks a question (a closing quote may follow the mark). */
export function isQuestion(sentence: string): boolean {
  return /[?？]\s*['"’”»」』]?\s*$/u.test(sentence);
}

/**
 * A multiplier in (0, 1] for how well a sentence stands on its own as a TL;DR line. A dependent opener is not
 * scored here: the TL;DR takes such a sentence only with the one before it (see tldr.ts).
 */
export function standalone(sentence: string): number {
  let f = 1;
  if (QUOTED_RE.test(sentence)) f *= 0.75;
  // A question raises the topic without telling the reader anything about it.
  if (isQuestion(sentence)) f *= 0.6;
  // Half of a quotation that runs over several sentences, or a line with no ending (caption, subheading).
  if (openQuotes(sentence) !== 0) f *= 0.4;
  if (!ENDED_RE.test(sentence)) f *= 0.5;
  return f;
}
