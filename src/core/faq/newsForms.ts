/**
 * English questions that name the news instead of asking "What happened?" / "What happens next?": written from
 * the sentence's subject and verb, only when the sentence has the plain shape the question needs.
 *
 * - "President Barack Obama has admitted that ..." -> "What has President Barack Obama admitted?"
 * - "The council voted on Tuesday to close ..." is not a shape below (the verb is followed by a time, not what
 *   was decided), so it keeps the general question.
 * - "The Data Retention Bill will be debated in the House of Representatives this week." ->
 *   "When will the Data Retention Bill be debated in the House of Representatives?"
 */

/** Verbs whose object is the news (what was announced, found, approved), past tense -> base form. */
const NEWS_VERBS: Record<string, string> = {
  announced: 'announce', admitted: 'admit', revealed: 'reveal', reported: 'report', found: 'find', warned: 'warn',
  decided: 'decide', approved: 'approve', launched: 'launch', unveiled: 'unveil', released: 'release',
  confirmed: 'confirm', ordered: 'order', proposed: 'propose', introduced: 'introduce', signed: 'sign',
  passed: 'pass', rejected: 'reject', banned: 'ban', discovered: 'discover', published: 'publish',
  adopted: 'adopt', acquired: 'acquire', bought: 'buy', cut: 'cut', blocked: 'block', suspended: 'suspend',
  recommended: 'recommend', concluded: 'conclude', predicted: 'predict', promised: 'promise', pledged: 'pledge',
  demanded: 'demand', denied: 'deny', criticised: 'criticise', criticized: 'criticize', urged: 'urge',
};

/** What may follow the verb for the next words to be its object ("announced that ...", "unveiled a new ..."). */
const OBJECT_START = /^(?:(?:that|a|an|the|its|his|her|their|new|plans)\b|\$|\d)/i;

/** Words that cannot be inside a subject: a clause, a connective or a pronoun means the shape is not simple. */
const NOT_IN_SUBJECT =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|who|which|that|when|while|after|before|if|because|as|and|but|or|it|he|she|they|we|you|i|this|these|those|there|what|how|why|where|said|says|also|not|on|in|at|by|for|with|from|to|last)$/i;

/**
 * The sentence's subject when it is a short noun phrase at its start ("Apple", "The European Commission",
 * "President Barack Obama"), put as it reads mid-question ("the European Commission"), or null.
 */
function subjectOf(words: string[]): string | null {
  if (words.length === 0 || words.length > 6) return null;
  // "of" joins a name ("The mayor of Paris"); the words below never do.
  if (words.some((w) => NOT_IN_SUBJECT.test(w) || /[,;:()"“”]/.test(w))) return null;
  const first = words[0]!;
  const article = /^(?:The|A|An)$/.test(first);
  const head = article ? words.slice(1) : words;
  if (head.length === 0) return null;
  // A subject without an article is a name: capitalised ("Apple", "Barack Obama"), not "Officials" alone.
  if (!article && !head.every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && /^(?:of|de|and|for|the)$/.test(w)))) return null;
  if (!article && head.length === 1 && /^[A-Z][a-z]+s$/.test(first)) return null;
  const out = [...words];
  if (article) out[0] = first.toLowerCase();
  return out.join(' ');
}

/** "X announced that ...", "X has unveiled a ...": the news question, or null. */
export function newsQuestionEn(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 7 && i < words.length - 1; i++) {
    const w = words[i]!;
    const perfect = /^(?:has|have)$/.test(w);
    const verb = perfect ? words[i + 1] : w;
    if (!verb || !(verb in NEWS_VERBS)) continue;
    const after = words.slice(perfect ? i + 2 : i + 1).join(' ');
    const subject = subjectOf(words.slice(0, i));
    // "X decided to ..." says what was decided; other verbs need their object right after them.
    const objectFollows = OBJECT_START.test(after) || (verb === 'decided' && /^to /.test(after));
    if (!subject || !objectFollows || after.split(/\s+/).length < 3) return null;
    return perfect ? `What ${w} ${subject} ${verb}?` : `What did ${subject} ${NEWS_VERBS[verb]}?`;
  }
  return null;
}

const DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A time phrase closing the sentence: what a when-question asks for. */
const TIME_END = new RegExp(
  `\\s((?:on |next |this )?(?:${DAY})|(?:later |early |earlier )?(?:this|next) (?:week|month|year|weekend|spring|summer|autumn|fall|winter)|` +
    `(?:on|in|by|from|until|before|after) (?:early |late |mid-)?(?:(?:${MONTH})(?: \\d{1,2})?(?:,? \\d{4})?|\\d{4})|tomorrow|next \\w+ (?:${DAY}))[.!]$`,
);

/**
 * "X will VP TIME." / "X is expected to VP TIME." -> "When will X VP?" / "When is X expected to VP?": a plan
 * with its date, the date taken out of the question. Null when the sentence has another shape.
 */
export function whenQuestionEn(sentence: string): string | null {
  const time = TIME_END.exec(sentence);
  if (!time) return null;
  const clause = sentence.slice(0, time.index);
  const m = /^(.+?) (will|(?:is|are) (?:expected|set|due|scheduled) to) (.+)$/.exec(clause);
  if (!m) return null;
  const subject = subjectOf(m[1]!.split(' '));
  const vp = m[3]!;
  const vpWords = vp.split(' ');
  // The verb phrase is asked about whole: no commas (a second clause), no second "will", a few words.
  if (!subject || /[,;:"“”]/.test(vp) || vpWords.length < 1 || vpWords.length > 10 || /\bwill\b/.test(vp)) return null;
  const aux = m[2]!.split(' ');
  if (aux[0] === 'will') return `When will ${subject} ${vp}?`;
  return `When ${aux[0]} ${subject} ${aux.slice(1).join(' ')} ${vp}?`;
}

interface NewsShape {
  /** Articles that open a subject noun phrase ("Le gouvernement", "Die Regierung"), lower-cased in the question. */
  article: RegExp;
  /** Small words that may join a name's words ("Ville de Montréal"). */
  joiner: RegExp;
  /** Words that never stand in a simple subject: pronouns, connectives, verbs. */
  notInSubject: RegExp;
}

/** The subject as it reads inside the question (article in lower case), when it is a short noun phrase. */
function subjectIn(words: string[], shape: NewsShape): string | null {
  if (words.length === 0 || words.length > 6) return null;
  if (words.some((w) => shape.notInSubject.test(w) || /[,;:()"“”«»„]/.test(w))) return null;
  const article = shape.article.test(words[0]!);
  const head = article ? words.slice(1) : words;
  if (head.length === 0) return null;
  if (!article && !head.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && shape.joiner.test(w)))) return null;
  const out = [...words];
  if (article) out[0] = words[0]!.toLocaleLowerCase();
  return out.join(' ');
}

const FR_SHAPE: NewsShape = {
  article: /^(?:Le|La|Les|L['’]\S+)$/,
  joiner: /^(?:de|du|des|d['’]\S+|la|le|et)$/,
  notInSubject: /^(?:il|elle|ils|elles|on|ce|cela|ça|nous|vous|je|tu|mais|et|ou|donc|qui|que|qu['’].*|dont|selon|après|avant|pour|en|dans|a|ont|est|sont|été|avait|avaient)$/i,
};
const FR_PARTICIPLES = /^(?:annoncé|décidé|adopté|approuvé|dévoilé|publié|révélé|lancé|confirmé|présenté|signé|rejeté|interdit|découvert|proposé|voté|recommandé|ordonné|conclu|promis)$/;

/** "Le gouvernement a annoncé que ..." -> "Qu'a annoncé le gouvernement ?" (inversion after a noun subject). */
export function newsQuestionFr(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 7 && i < words.length - 2; i++) {
    if (!/^(?:a|ont)$/.test(words[i]!)) continue;
    // One adverb may stand between auxiliary and participle: "a officiellement annoncé".
    const p = /ment$/.test(words[i + 1]!) ? i + 2 : i + 1;
    if (!FR_PARTICIPLES.test(words[p] ?? '')) return null;
    const after = words.slice(p + 1);
    if (after.length < 3 || !/^(?:que|qu['’]|le|la|les|l['’]|un|une|des|de|d['’]|son|sa|ses|leur|leurs|\d)/i.test(after[0]!)) return null;
    const subject = subjectIn(words.slice(0, i), FR_SHAPE);
    return subject ? `Qu'${words[i]} ${words[p]} ${subject} ?` : null;
  }
  return null;
}

const ES_SHAPE: NewsShape = {
  article: /^(?:El|La|Los|Las)$/,
  joiner: /^(?:de|del|la|el|y|los|las)$/,
  notInSubject: /^(?:él|ella|ellos|ellas|se|lo|le|les|nos|yo|tú|pero|y|o|que|quien|según|tras|para|en|ha|han|es|son|fue|fueron)$/i,
};
const ES_VERBS =
  /^(?:anunci|decidi|aprob|present|public|revel|lanz|confirm|firm|rechaz|prohibi|descubri|adopt|orden|conclu|promet)(?:ó|ieron|aron)$|^propus(?:o|ieron)$/;
const ES_PERFECT = /^(?:anunciado|decidido|aprobado|presentado|publicado|revelado|lanzado|confirmado|firmado|rechazado|prohibido|descubierto|propuesto|adoptado|ordenado|concluido|prometido)$/;

/** "El Gobierno anunció que ..." -> "¿Qué anunció el Gobierno?"; "ha aprobado" -> "¿Qué ha aprobado ...?". */
export function newsQuestionEs(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 7 && i < words.length - 2; i++) {
    const perfect = /^(?:ha|han)$/.test(words[i]!) && ES_PERFECT.test(words[i + 1] ?? '');
    if (!perfect && !ES_VERBS.test(words[i]!)) continue;
    const after = words.slice(perfect ? i + 2 : i + 1);
    if (after.length < 3 || !/^(?:que|el|la|los|las|un|una|unos|unas|su|sus|\d)$/i.test(after[0]!)) return null;
    const subject = subjectIn(words.slice(0, i), ES_SHAPE);
    if (!subject) return null;
    return perfect ? `¿Qué ${words[i]} ${words[i + 1]} ${subject}?` : `¿Qué ${words[i]} ${subject}?`;
  }
  return null;
}

const PT_SHAPE: NewsShape = {
  article: /^(?:O|A|Os|As)$/,
  joiner: /^(?:de|do|da|dos|das|e)$/,
  notInSubject: /^(?:ele|ela|eles|elas|se|eu|nós|você|mas|e|ou|que|quem|segundo|após|para|em|no|na|é|são|foi|foram)$/i,
};
const PT_VERBS = /^(?:anunci|decid|aprov|apresent|public|revel|lanç|confirm|assin|rejeit|proib|descobr|adot|orden|conclu|envi)(?:ou|iu|aram|iram)$/;

/** "O governo anunciou que ..." -> "O que o governo anunciou?". */
export function newsQuestionPt(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 7 && i < words.length - 2; i++) {
    if (!PT_VERBS.test(words[i]!)) continue;
    const after = words.slice(i + 1);
    if (after.length < 3 || !/^(?:que|o|a|os|as|um|uma|seu|sua|seus|suas|\d)$/i.test(after[0]!)) return null;
    const subject = subjectIn(words.slice(0, i), PT_SHAPE);
    return subject ? `O que ${subject} ${words[i]}?` : null;
  }
  return null;
}

const DE_SHAPE: NewsShape = {
  article: /^(?:Der|Die|Das)$/,
  joiner: /^(?:der|des|von|und|für)$/,
  notInSubject: /^(?:er|sie|es|wir|ihr|ich|man|aber|und|oder|doch|dass|weil|wenn|nach|laut|zudem|auch|nun|hat|haben|ist|sind|wird|werden|war|wurde)$/i,
};
const DE_PARTICIPLES =
  /^(?:angekündigt|beschlossen|veröffentlicht|vorgestellt|bestätigt|gefordert|entschieden|eingeführt|verabschiedet|genehmigt|abgelehnt|verboten|entdeckt|vorgeschlagen|präsentiert|gestartet|unterzeichnet|angeordnet|gewarnt)$/;

/**
 * "Die Regierung hat am Dienstag ein Gesetz beschlossen." -> "Was hat die Regierung beschlossen?": the
 * participle closes the main clause (before its first comma or full stop).
 */
export function newsQuestionDe(sentence: string): string | null {
  const m = /^(.+?) (hat|haben) ([^,;:]+?) (\p{Ll}+)[,.]/u.exec(sentence);
  if (!m || !DE_PARTICIPLES.test(m[4]!) || m[3]!.split(' ').length < 2) return null;
  const subject = subjectIn(m[1]!.split(' '), DE_SHAPE);
  // An adjective after the article ("Die neue Regierung") is lower case; German nouns are capitalised, so the
  // subject's last word must be.
  if (!subject || !/^\p{Lu}/u.test(subject.split(' ').pop()!)) return null;
  return `Was ${m[2]} ${subject} ${m[4]}?`;
}
