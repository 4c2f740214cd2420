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
  won: 'win', lost: 'lose', sold: 'sell', paid: 'pay', filed: 'file', sued: 'sue',
  fined: 'fine', closed: 'close', opened: 'open', hired: 'hire', fired: 'fire', appointed: 'appoint',
  elected: 'elect', chose: 'choose', picked: 'pick', named: 'name', invested: 'invest', offered: 'offer',
  identified: 'identify', arrested: 'arrest', charged: 'charge', accused: 'accuse', seized: 'seize',
  completed: 'complete', built: 'build', developed: 'develop', created: 'create', designed: 'design',
  detected: 'detect', recorded: 'record', reached: 'reach', secured: 'secure', received: 'receive',
  lifted: 'lift', eased: 'ease', imposed: 'impose', extended: 'extend', expanded: 'expand', raided: 'raid',
  abandoned: 'abandon', cancelled: 'cancel', canceled: 'cancel', postponed: 'postpone', delayed: 'delay',
  settled: 'settle', ruled: 'rule', agreed: 'agree', voted: 'vote', called: 'call', asked: 'ask',
  killed: 'kill', destroyed: 'destroy', damaged: 'damage', captured: 'capture',
};

/** Verbs whose object may be a clause or an infinitive ("agreed to ...", "voted to ...", "called for ..."). */
const TO_VERBS = /^(?:decided|agreed|voted|promised|pledged|asked|urged|ordered)$/;

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
  // "L'abonnement" is an article and its noun in one word.
  if (head.length === 0 && !/^L['’]\p{L}{2,}/u.test(words[0]!)) return null;
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
    const objectFollows = OBJECT_START.test(after) || (TO_VERBS.test(verb) && /^to /.test(after)) || (verb === 'called' && /^for /.test(after));
    if (!subject || !objectFollows || after.split(/\s+/).length < 3) return null;
    // "called for" asks what for: "What did the union call for?".
    const particle = verb === 'called' ? ' for' : '';
    return perfect ? `What ${w} ${subject} ${verb}${particle}?` : `What did ${subject} ${NEWS_VERBS[verb]}${particle}?`;
  }
  return null;
}

const COUNT = '(?:\\d{1,3}(?:,\\d{3})+|\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds of|thousands of|dozens of|millions of)';
/** Up to two modifiers that are not themselves plural nouns, then the counted noun ("new cases", "people"). */
const COUNTED = '((?:(?!(?:people|men|women|children) )[a-z-]*[a-rt-z-] ){0,2}?)((?:[a-z]{3,}s|people|men|women|children)(?![a-z]))';
const COUNT_HEDGE = '(?:(?:about|around|nearly|almost|more than|fewer than|less than|at least|over|some|roughly|up to|an estimated|only|just) )?';
/** Counted nouns that are units, times or money: "how many years" asks for a duration, not a count. */
const NOT_COUNTED_EN = /^(?:years|months|weeks|days|hours|minutes|seconds|times|percent|points|miles|kilometres|kilometers|metres|meters|feet|inches|pounds|dollars|euros|cents|millions|billions|degrees|grams|tons|tonnes|per)$/;
/** Past-tense and present verbs a counted subject can take ("200 people attended ..."). */
const COUNT_VERB = /^(?:[a-z]+ed|were|are|have|had|will|took|made|won|lost|came|went|left|met|ran|fell|rose|died|fled|gave|got|saw|sent|spent|stood|wrote|remain|remained|live|lived|work|worked|face|faced|use|used)$/;

const COUNT_SUBJECT_RE = new RegExp(`^${COUNT_HEDGE}${COUNT} ${COUNTED} (\\w+)(.*)$`, 'i');
const COUNT_OBJECT_RE = new RegExp(`^${COUNT_HEDGE}${COUNT} ${COUNTED}`, 'i');

/** The clause after the verb, cut before what only attributes it (", officials said") or adds a second clause. */
function clauseAfter(rest: string): string | null {
  const cut = rest.replace(/[.!]$/, '').split(/,|;|:| — | – | -- |\s\(/)[0]!.trim();
  const words = cut.split(/\s+/);
  if (words.length > 12 || /["“”‘’]/.test(cut) || /\b(?:he|she|they|it|his|her|their|its|this|these)\b/i.test(cut)) return null;
  return cut;
}

/**
 * "More than 200 people attended the meeting on Tuesday." -> "How many people attended the meeting on
 * Tuesday?"; "The storm killed 12 people." -> "How many people did the storm kill?": a count the sentence gives
 * of a noun, as its subject or as the object of a news verb. Units and money are left to "how much".
 */
export function countQuestionEn(sentence: string): string | null {
  const lead = COUNT_SUBJECT_RE.exec(sentence);
  if (lead && !NOT_COUNTED_EN.test(lead[2]!) && COUNT_VERB.test(lead[3]!) && !/^of\b/.test(lead[4]!.trim())) {
    const rest = clauseAfter(`${lead[3]}${lead[4]}`);
    // An adjective may stand before the noun ("new cases"); a number word ("million") may not.
    if (rest && rest.split(/\s+/).length >= 2 && !/\b(?:million|billion|thousand|hundred)\b/.test(lead[1]!)) {
      return `How many ${lead[1]}${lead[2]} ${rest}?`;
    }
  }
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 6 && i < words.length - 2; i++) {
    const verb = words[i]!;
    const perfect = /^(?:has|have)$/.test(verb);
    const v = perfect ? words[i + 1] ?? '' : verb;
    const base = NEWS_VERBS[v] ?? COUNT_VERBS_EN[v];
    if (!base) continue;
    const after = words.slice(perfect ? i + 2 : i + 1).join(' ');
    const m = COUNT_OBJECT_RE.exec(after);
    const subject = subjectOf(words.slice(0, i));
    if (!m || !subject || NOT_COUNTED_EN.test(m[2]!) || /\b(?:million|billion|thousand|hundred)\b/.test(m[1]!)) return null;
    if (perfect) return `How many ${m[1]}${m[2]} ${verb} ${subject} ${v}?`;
    return `How many ${m[1]}${m[2]} ${/s$/.test(v) ? 'does' : 'did'} ${subject} ${base}?`;
  }
  return null;
}

/** Verbs that count what they act on ("killed 12 people", "employs 400 workers"), past or present -> base form. */
const COUNT_VERBS_EN: Record<string, string> = {
  killed: 'kill', injured: 'injure', employs: 'employ', employed: 'employ', hired: 'hire', built: 'build',
  recorded: 'record', counted: 'count', treated: 'treat', rescued: 'rescue', evacuated: 'evacuate',
};

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

/** A past time closing the sentence ("on Tuesday", "last week", "in March 2019"): what a past when-question asks. */
const PAST_END = new RegExp(
  `\\s((?:on |last |this )?(?:${DAY})|yesterday|(?:last|earlier this) (?:week|month|year|weekend|spring|summer|autumn|fall|winter)|` +
    `(?:on|in) (?:early |late |mid-)?(?:(?:${MONTH})(?: \\d{1,2})?(?:,? \\d{4})?|\\d{4}))[.!]$`,
);

/**
 * "Harbor City approved a $240 million flood wall on Tuesday." -> "When did Harbor City approve a $240 million
 * flood wall?": a news verb with its base form known, its object whole (a few words, no second clause), and the
 * date at the end taken out of the question.
 */
export function whenPastQuestionEn(sentence: string): string | null {
  const time = PAST_END.exec(sentence);
  if (!time) return null;
  const words = sentence.slice(0, time.index).split(/\s+/);
  for (let i = 1; i <= 6 && i < words.length - 1; i++) {
    const base = NEWS_VERBS[words[i]!];
    if (!base) continue;
    const subject = subjectOf(words.slice(0, i));
    const object = words.slice(i + 1);
    if (!subject || object.length < 2 || object.length > 10 || !OBJECT_START.test(object.join(' ')) || /[,;:"“”()]/.test(object.join(' '))) return null;
    if (object.some((w) => /^(?:he|she|they|it|him|them|which|that|who)$/i.test(w))) return null;
    return `When did ${subject} ${base} ${object.join(' ')}?`;
  }
  return null;
}

export interface NewsShape {
  /** Articles that open a subject noun phrase ("Le gouvernement", "Die Regierung"), lower-cased in the question. */
  article: RegExp;
  /** Small words that may join a name's words ("Ville de Montréal"). */
  joiner: RegExp;
  /** Words that never stand in a simple subject: pronouns, connectives, verbs. */
  notInSubject: RegExp;
}

/** The subject as it reads inside the question (article in lower case), when it is a short noun phrase. */
export function subjectIn(words: string[], shape: NewsShape): string | null {
  if (words.length === 0 || words.length > 6) return null;
  if (words.some((w) => shape.notInSubject.test(w) || /[,;:()"“”«»„]/.test(w))) return null;
  const article = shape.article.test(words[0]!);
  const head = article ? words.slice(1) : words;
  // "L'abonnement" is an article and its noun in one word.
  if (head.length === 0 && !/^L['’]\p{L}{2,}/u.test(words[0]!)) return null;
  if (!article && !head.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && shape.joiner.test(w)))) return null;
  const out = [...words];
  // Only the article's own capital goes: "L'Ademe" -> "l'Ademe".
  if (article) out[0] = words[0]!.charAt(0).toLocaleLowerCase() + words[0]!.slice(1);
  return out.join(' ');
}

export const FR_SHAPE: NewsShape = {
  article: /^(?:Le|La|Les|L['’]\S+)$/,
  joiner: /^(?:de|du|des|d['’]\S+|la|le|et)$/,
  notInSubject: /^(?:il|elle|ils|elles|on|ce|cela|ça|nous|vous|je|tu|mais|et|ou|donc|qui|que|qu['’].*|dont|selon|après|avant|pour|en|dans|a|ont|est|sont|été|avait|avaient)$/i,
};
const FR_PARTICIPLES =
  /^(?:annoncé|décidé|adopté|approuvé|dévoilé|publié|révélé|lancé|confirmé|présenté|signé|rejeté|interdit|découvert|proposé|voté|recommandé|ordonné|conclu|promis|remporté|obtenu|reçu|acquis|racheté|inauguré|déposé|demandé|réclamé|dénoncé|critiqué|enregistré|perdu|gagné|suspendu|supprimé|retiré|investi|vendu|acheté|construit|ouvert|fermé|créé|développé|mis en place)$/;

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

export const ES_SHAPE: NewsShape = {
  article: /^(?:El|La|Los|Las)$/,
  joiner: /^(?:de|del|la|el|y|los|las)$/,
  notInSubject: /^(?:él|ella|ellos|ellas|se|lo|le|les|nos|yo|tú|pero|y|o|que|quien|según|tras|para|en|ha|han|es|son|fue|fueron)$/i,
};
const ES_VERBS =
  /^(?:anunci|decidi|aprob|present|public|revel|lanz|confirm|firm|rechaz|prohibi|descubri|adopt|orden|conclu|promet|gan|recibi|compr|vendi|inaugur|abri|cerr|desarroll|invirti|denunci|critic|solicit|registr|perdi|aument|suspendi|retir|adquiri|reclam|exigi|entreg)(?:ó|ieron|aron)$|^propus(?:o|ieron)$/;
const ES_PERFECT =
  /^(?:anunciado|decidido|aprobado|presentado|publicado|revelado|lanzado|confirmado|firmado|rechazado|prohibido|descubierto|propuesto|adoptado|ordenado|concluido|prometido|ganado|recibido|comprado|vendido|inaugurado|abierto|cerrado|desarrollado|invertido|denunciado|criticado|solicitado|registrado|perdido|aumentado|suspendido|retirado|adquirido|reclamado|exigido|entregado)$/;

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

export const PT_SHAPE: NewsShape = {
  article: /^(?:O|A|Os|As)$/,
  joiner: /^(?:de|do|da|dos|das|e)$/,
  notInSubject: /^(?:ele|ela|eles|elas|se|eu|nós|você|mas|e|ou|que|quem|segundo|após|para|em|no|na|é|são|foi|foram)$/i,
};
const PT_VERBS =
  /^(?:anunci|decid|aprov|apresent|public|revel|lanç|confirm|assin|rejeit|proib|descobr|adot|orden|conclu|envi|ganh|compr|inaugur|abr|fech|cri|invest|denunci|critic|ped|solicit|registr|aument|retir|adquir|reclam|exig|entreg)(?:ou|iu|aram|iram)$|^(?:receb|vend|desenvolv|perd|suspend)(?:eu|eram)$/;

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

export const DE_SHAPE: NewsShape = {
  article: /^(?:Der|Die|Das)$/,
  joiner: /^(?:der|des|von|und|für)$/,
  // Prepositions too: "In der Südtirol Arena hat sie ... gewonnen" opens with a place, its subject comes later.
  notInSubject: /^(?:er|sie|es|wir|ihr|ich|man|aber|und|oder|doch|dass|weil|wenn|nach|laut|zudem|auch|nun|hat|haben|ist|sind|wird|werden|war|wurde|in|im|am|an|auf|bei|beim|mit|seit|zum|zur|aus|über|unter|vom|durch|gegen|ohne|um|vor|bis)$/i,
};
const DE_PARTICIPLES =
  /^(?:angekündigt|beschlossen|veröffentlicht|vorgestellt|bestätigt|gefordert|entschieden|eingeführt|verabschiedet|genehmigt|abgelehnt|verboten|entdeckt|vorgeschlagen|präsentiert|gestartet|unterzeichnet|angeordnet|gewarnt|freigegeben|herausgebracht|erhalten|gekauft|übernommen|verkauft|eröffnet|geschlossen|gestoppt|erhöht|gesenkt|investiert|gegründet|entwickelt|kritisiert|eingereicht|gemeldet|verloren|erreicht|vereinbart|beantragt|aufgehoben|eingestellt)$/;

/**
 * "Die Regierung hat am Dienstag ein Gesetz beschlossen." -> "Was hat die Regierung beschlossen?": the
 * participle closes the main clause (before its first comma or full stop).
 */
export function newsQuestionDe(sentence: string): string | null {
  const m = /^(.+?) (hat|haben) ([^,;:]+?) (\p{Ll}+)[,.]/u.exec(sentence);
  if (!m || !DE_PARTICIPLES.test(m[4]!) || m[3]!.split(' ').length < 2) return pastQuestionDe(sentence);
  const subject = subjectIn(m[1]!.split(' '), DE_SHAPE);
  // An adjective after the article ("Die neue Regierung") is lower case; German nouns are capitalised, so the
  // subject's last word must be.
  if (!subject || !/^\p{Lu}/u.test(subject.split(' ').pop()!)) return null;
  return `Was ${m[2]} ${subject} ${m[4]}?`;
}

/**
 * German news verbs in the simple past, the tense of most news leads, with the particle a separable verb leaves
 * at the end of its clause ("kündigte … an"): singular and plural.
 */
const DE_PAST: Record<string, string> = {
  beschloss: '', beschlossen: '', forderte: '', forderten: '', veröffentlichte: '', veröffentlichten: '', bestätigte: '', bestätigten: '',
  genehmigte: '', genehmigten: '', verbot: '', verboten: '', entdeckte: '', entdeckten: '', präsentierte: '', präsentierten: '',
  unterzeichnete: '', unterzeichneten: '', erhielt: '', erhielten: '', kaufte: '', kauften: '', übernahm: '', übernahmen: '',
  verkaufte: '', verkauften: '', eröffnete: '', eröffneten: '', gründete: '', gründeten: '', entwickelte: '', entwickelten: '',
  kritisierte: '', kritisierten: '', vereinbarte: '', vereinbarten: '', beantragte: '', beantragten: '', verwarf: '', verwarfen: '', verkündete: '', verkündeten: '', empfahl: '', empfahlen: '', verlangte: '',
  verlangten: '', verabschiedete: '', verabschiedeten: '', erzielte: '', erzielten: '', investierte: '', investierten: '',
  kündigte: 'an', kündigten: 'an', stellte: 'vor', stellten: 'vor', legte: 'vor', legten: 'vor', gab: 'bekannt', gaben: 'bekannt',
  lehnte: 'ab', lehnten: 'ab', führte: 'ein', führten: 'ein', brachte: 'heraus', brachten: 'heraus', zeichnete: 'aus', zeichneten: 'aus',
};

/**
 * "Der Stadtrat beschloss am Montag einen neuen Haushalt." -> "Was beschloss der Stadtrat?"; "Die Firma kündigte
 * am Dienstag an, …" -> "Was kündigte die Firma an?". The verb follows its subject at once; a separable verb's
 * particle must close the clause (else "stellte" is "stellte … fest", "stellte … ein": other verbs).
 */
function pastQuestionDe(sentence: string): string | null {
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 6 && i < words.length - 2; i++) {
    const verb = words[i]!.replace(/,$/, '');
    const particle = DE_PAST[verb];
    if (particle === undefined) continue;
    const clause = sentence.split(/\s+/).slice(i + 1).join(' ').split(/[,.;:]/)[0]!.trim();
    const last = clause.split(' ').pop() ?? '';
    // A past verb with nothing after it, or with a pronoun subject after it ("Dann forderte er …"), asks nothing.
    if (/^(?:er|sie|es|man|wir|ich|sich)$/u.test(words[i + 1] ?? '')) return null;
    if (particle ? last !== particle : !/^(?:\p{Ll}+ )*\S+ \S+/u.test(clause) || /^(?:an|vor|ab|ein|auf|fest|bekannt|heraus|zu|mit|aus)$/u.test(last)) return null;
    const subject = subjectIn(words.slice(0, i), DE_SHAPE);
    if (!subject || !/^\p{Lu}/u.test(subject.split(' ').pop()!)) return null;
    // "Deshalb entwickelte Göbel …", "Kürzlich eröffnete der Markt …": a word without an article before the verb
    // and a noun phrase after it is an adverb before an inverted subject. "Ein Aktivist" names no one known.
    if (/^(?:Ein|Eine|Einer)$/u.test(words[0]!)) return null;
    if (!DE_SHAPE.article.test(words[0]!) && /^(?:der|die|das|den|dem|ein|eine|\p{Lu})/u.test(words[i + 1] ?? '')) return null;
    // An award goes to someone: "Die Jury zeichnete … aus" asks whom.
    const wh = particle === 'aus' ? 'Wen' : 'Was';
    return particle ? `${wh} ${verb} ${subject} ${particle}?` : `Was ${verb} ${subject}?`;
  }
  return null;
}

/**
 * A person or a named group the news happened to, as the subject of a passive ("Eloise Parry, 21, was taken to
 * hospital ...", « Jean Dupont a été arrêté ... »): the name, its age or role appositive left out, when every
 * word of it is capitalised (a name, not "Officials" or "The man"), or null.
 */
function namedSubject(before: string): string | null {
  const subject = before.replace(/,\s*(?:\d{1,3}|aged \d{1,3}|\d{1,3} ans|\d{1,3} años|\d{1,3} anos|\d{1,3} Jahre)\s*,?$/u, '').trim();
  const words = subject.split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w))) return null;
  if (/^(?:The|Le|La|Les|Der|Die|Das|El|Los|Las|O|Os|As|A|An)$/.test(words[0]!)) return null;
  return subject;
}

const PASSIVE: Record<string, { re: RegExp; question: (x: string) => string }> = {
  en: {
    re: /^([^,;:"“]+?(?:,\s*(?:\d{1,3}|aged \d{1,3})\s*,)?)\s(?:was|were|has been|have been|had been)\s(?:\w+ly\s)?(?:[a-z]+ed|taken|found|shot|hit|struck|stabbed|held|caught|given|sent|told|seen|thrown|beaten|bitten|sold|brought|left|won|overcome|forced|killed|hurt)\b/u,
    question: (x) => `What happened to ${x}?`,
  },
  fr: {
    re: /^([^,;:«"]+?(?:,\s*\d{1,3} ans\s*,)?)\s(?:a|ont) été\s(?:\p{Ll}+ment\s)?\p{Ll}+(?:é|ée|és|ées|is|ise|it|ite|u|ue)(?![\p{L}])/u,
    question: (x) => `Qu'est-il arrivé à ${x} ?`,
  },
  es: {
    re: /^([^,;:«"]+?(?:,\s*(?:de )?\d{1,3} años\s*,)?)\s(?:fue|fueron|ha sido|han sido)\s\p{Ll}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas)(?![\p{L}])/u,
    question: (x) => `¿Qué le pasó a ${x}?`,
  },
  pt: {
    re: /^([^,;:«"]+?(?:,\s*(?:de )?\d{1,3} anos\s*,)?)\s(?:foi|foram)\s\p{Ll}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas)(?![\p{L}])/u,
    question: (x) => `O que aconteceu com ${x}?`,
  },
};

/**
 * "Eloise Parry, 21, was taken to hospital ..." -> "What happened to Eloise Parry?": the news told as something
 * done to a named person or group. Only a name is asked about (a pronoun, "the man" or "Officials" is not).
 */
export function happenedToQuestion(sentence: string, lang: string, isName: (subject: string) => boolean = () => true): string | null {
  const form = PASSIVE[lang];
  if (!form) return null;
  const m = form.re.exec(sentence);
  if (!m || NAMING_PASSIVE.test(m[0].split(/\s+/).pop()!)) return null;
  const subject = namedSubject(m[1]!);
  // The caller checks the subject is a name the article never writes in lower case. German has no form: it
  // capitalises every noun, and "Social Media ist ... geworden", "Im Ergebnis wurde ..." passed every check.
  return subject && isName(subject) ? form.question(subject) : null;
}

/** Passives that name, place or judge rather than tell what was done ("was called after", "was born in"). */
const NAMING_PASSIVE =
  /^(?:called|named|known|based|born|located|considered|expected|used|involved|supposed|related|married|interested|concerned|excited|pleased|surprised|worried|scheduled|thought|believed|reported|estimated|seen|told|given|asked|designed|made|set)$/;

/** Japanese verbs of announcing or starting, as "〜した" closes the sentence: the news is what was done. */
const JA_NEWS_VERBS = '発表|開始|公開|決定|発売|導入|提供|開発|表明|承認|公表|締結|設立|受賞|買収|認定';
const JA_NEWS_RE = new RegExp(`^([^、。はがを「」]{2,20})は[^。]{6,}(${JA_NEWS_VERBS})(?:しました|した)。$`, 'u');

/**
 * "トレンドマイクロは3月9日、…の発売を開始すると発表した。" -> "トレンドマイクロは何を発表したのですか？": the topic
 * (before は, a name of 2-20 characters, not a pronoun) and the closing verb of announcing or starting.
 */
export function newsQuestionJa(sentence: string): string | null {
  const m = JA_NEWS_RE.exec(sentence);
  if (!m || /^(?:これ|それ|あれ|この|その|彼|彼女|しかし|また|そして|今回|今年|昨年)/u.test(m[1]!)) return null;
  return `${m[1]}は何を${m[2]}したのですか？`;
}

/** Chinese verbs of announcing, releasing or finding whose object is the news. */
const ZH_NEWS_VERBS = '宣布|发布|發布|推出|公布|发现|發現|开发出|開發出|研发出|研發出|批准';
const ZH_NEWS_RE = new RegExp(`^([\\u4e00-\\u9fffA-Za-z]{2,12}?)(?:今天|今日|昨天|昨日|近日|日前|本周|\\d{1,2}月\\d{1,2}日)?(?:正式)?(${ZH_NEWS_VERBS})(?!了)`, 'u');

/**
 * "谷歌…开发出一款…的计算机。" -> "谷歌开发出了什么？": a short subject (a name of 2-12 characters, perhaps with a time
 * word after it) and the verb whose object is the news.
 */
export function newsQuestionZh(sentence: string): string | null {
  const m = ZH_NEWS_RE.exec(sentence);
  // Not a pronoun or connective, nor a clause opened by a preposition or a causative (让, 把, 在 ...).
  if (!m || /^(?:这|這|那|它|他|她|其|此|该|該|但|而|因此|所以|我|我们|我們|让|讓|使|把|被|对|對|在|从|從|为|為|与|與|和|随着|隨著|如果|虽然|雖然)/u.test(m[1]!)) return null;
  // What follows the verb is its object: a sentence that ends right after it says nothing was announced.
  if (sentence.length - m[0].length < 6) return null;
  return `${m[1]}${m[2]}了什么？`;
}

/**
 * Where the news happened, as the lead sentence says it: the locative preposition and the place's name, both as
 * written ("au Népal", "in Minneapolis", "en Guatemala"), so the question keeps the language's own article and
 * contraction. Per language: the prepositions, and the question around the phrase.
 */
const PLACE_FORMS: Record<string, { prep: string; question: (phrase: string) => string }> = {
  en: { prep: 'in', question: (p) => `What happened ${p}?` },
  fr: { prep: 'à|au|aux|en', question: (p) => `Que s'est-il passé ${p} ?` },
  es: { prep: 'en', question: (p) => `¿Qué pasó ${p}?` },
  pt: { prep: 'em|no|na|nos|nas', question: (p) => `O que aconteceu ${p}?` },
  de: { prep: 'in', question: (p) => `Was ist ${p} passiert?` },
};

/** Capitalised words after "in" that are times, not places. */
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Der|Die|Das|Den|Dem|Ein|Eine|Einem|Einer|Le|La|Les|El|Los|Las|O|A|Os|As)$/u;

/**
 * "Un troisième Français a été tué dans le tremblement de terre samedi au Népal ..." -> "Que s'est-il passé au
 * Népal ?": the lead's first place, when the article names it again (a place the story is about, not a passing
 * mention) and never writes it in lower case. The news question's specific form, round-tripped like the others.
 */
export function happenedInQuestion(sentence: string, lang: string, body: string): string | null {
  const form = PLACE_FORMS[lang];
  if (!form) return null;
  const re = new RegExp(`(?<![\\p{L}])(${form.prep}) (\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){0,2})(?![\\p{L}\\d-])`, 'gu');
  for (const m of sentence.matchAll(re)) {
    const place = m[2]!;
    if (NOT_PLACE.test(place.split(' ')[0]!)) continue;
    // The whole name named again, and none of its words written in lower case ("in Paris" twice, not "in Rede").
    if (body.split(place).length - 1 < 2) continue;
    if (place.split(' ').some((w) => new RegExp(`(?<![\\p{L}])${w.toLocaleLowerCase()}(?![\\p{L}])`, 'u').test(body))) continue;
    return form.question(`${m[1]} ${place}`);
  }
  return null;
}

/**
 * Who someone in the news is, when the article names them by "identified as": "Los detenidos fueron
 * identificados como Elder Rojas, ..." -> "¿Quiénes son los detenidos?"; "The victim was identified as ..." ->
 * "Who was the victim?". The subject is an article and one or two lower-case words (a role in the story, not a
 * name), and the answer is the sentence that names them.
 */
const IDENTIFIED: Record<string, { re: RegExp; question: (article: string, noun: string, plural: boolean) => string }> = {
  en: {
    re: /^(The) (\p{Ll}+(?: \p{Ll}+)?) (was|were|has been|have been) identified as (?:\p{Lu}|\d)/u,
    question: (_a, noun, plural) => `Who ${plural ? 'were' : 'was'} the ${noun}?`,
  },
  es: {
    re: /^(El|La|Los|Las) (\p{Ll}+(?: \p{Ll}+)?) (fue|fueron|ha sido|han sido) identificad[oa]s? como (?:\p{Lu}|\d)/u,
    question: (a, noun, plural) => `¿${plural ? 'Quiénes son' : 'Quién es'} ${a.toLowerCase()} ${noun}?`,
  },
  pt: {
    re: /^(O|A|Os|As) (\p{Ll}+(?: \p{Ll}+)?) (foi|foram) identificad[oa]s? como (?:\p{Lu}|\d)/u,
    question: (a, noun, plural) => `${plural ? 'Quem são' : 'Quem é'} ${a.toLowerCase()} ${noun}?`,
  },
  fr: {
    re: /^(Le|La|Les) (\p{Ll}+(?: \p{Ll}+)?) (a été|ont été) identifiée?s? comme (?:\p{Lu}|\d)/u,
    question: (a, noun, plural) => `${plural ? 'Qui sont' : 'Qui est'} ${a.toLowerCase()} ${noun} ?`,
  },
};

export function identifiedQuestion(sentence: string, lang: string): string | null {
  const form = IDENTIFIED[lang];
  const m = form?.re.exec(sentence);
  if (!form || !m) return null;
  const plural = /^(?:were|have been|fueron|han sido|foram|ont été)$/.test(m[3]!);
  return form.question(m[1]!, m[2]!, plural);
}
