/**
 * References back that sit early in a sentence rather than as its first word: "Because of these changes, ...",
 * "Die Hummeln starben trotzdem.", "Mardi, il a ...", "翌日、彼は...", "当天，他表示...". Shown alone in a TL;DR such
 * a sentence leans on something the reader never saw. Tables are per language; a cue is only looked for in the
 * sentence's opening (its first clause, a few words long), where a reference back is the sentence's topic. A
 * demonstrative deep inside a sentence usually points at something that sentence itself has named.
 */

/** Words of the opening that are looked at: past this, "these" or "er" is more often local than anaphoric. */
const OPENING_WORDS = 6;
/** Characters of a CJK opening before its first comma, for the same reason. */
const OPENING_CHARS = 15;

/** Demonstratives that point at a time ("after this week", "desde esta semana"), not at the sentence before. */
const TIME_NOUN =
  '(?:week|weekend|year|month|morning|afternoon|evening|summer|spring|fall|autumn|winter|season|time|century|decade|monday|tuesday|wednesday|thursday|friday|saturday|sunday|semana|año|mes|mañana|tarde|noche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ano|semaine|année|mois|matin|soir|saison|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|woche|wochenende|jahr|monat|sommer|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)';

/**
 * English: a demonstrative noun phrase ("after these talks", "despite those concerns", "because of this") or a
 * quantity of something named before ("any of these", "two of them"); "the same" opening a sentence.
 */
const EN_DEMONSTRATIVE = new RegExp(
  `\\b(?:this|these)\\b(?!\\s+${TIME_NOUN}\\b)|\\bthose\\b(?!\\s+(?:who|whom|whose|that|which|with|without|in|of|at|on|for|from|under|over|aged)\\b)|\\bsuch\\s+(?:a|an)\\b|\\b(?:any|all|none|both|each|one|some|many|most|several|either|neither|two|three|four|five) of (?:these|those|them|this|that)\\b`,
  'i',
);
const EN_SAME = /^the same\b(?!\s+(?:day|week|month|year|time)\b)/i;
/**
 * A personal pronoun as the subject of an opening subordinate clause ("When he landed, ...", "Not long after she
 * rose, ..."), or as the subject or its possessive right after an opening phrase ("On Tuesday, she said ...",
 * "By then, his lawyers ..."). A pronoun after the sentence's own subject ("Nawaz said he ...", "The couple met
 * after they ...") points at that subject, and a possessive in an opening phrase ("In his speech, the president
 * ...", "Clutching their tickets, the fans ...") at the subject that follows.
 */
const EN_SUBORDINATE_PRONOUN =
  /^(?:(?:not long|soon|shortly|just|even|long|right|but|and)\s+)?(?:when|after|before|as|because|since|if|while|although|though|until|once|unless|whereas)\s+(?:he|she|they)\b/i;
const EN_AFTER_OPENING = /^[^,;:]{1,60},\s+(?:he|she|they|his|her|their|him|them)\b/i;
/**
 * Not an opening phrase but the subject named in full, then a possessive in apposition ("President Robert Mugabe,
 * his wife Grace and two aides are ..."): the possessive points at that name. Bounded, so it stays linear.
 */
const EN_NAMED_SUBJECT = /^[^,;:]{0,60}\b\p{Lu}\p{Ll}{1,30}\s\p{Lu}\p{Ll}{1,30},\s+(?:his|her|their)\s/u;

/** German: a connective inside the first clause ("Die Hummeln starben trotzdem", "Jetzt kommt jedoch ..."). */
const DE_CONNECTIVE =
  /(?:^|\s)(?:trotzdem|deshalb|daher|dennoch|jedoch|allerdings|deswegen|ebenfalls|zudem|außerdem|stattdessen|somit|folglich|demnach|daraufhin|hingegen|wiederum|dabei|dafür|dagegen)(?![\p{L}])/iu;
/**
 * German: "er" or a lower-case "sie" (the polite "Sie" is capitalised) after the verb ("Danach ging er ..."), or
 * "ihm", "ihn", "ihr". "er" is also Danish and Dutch, so the sentence must show German function words as well.
 */
const DE_PRONOUN = /\s(?:er|ihm|ihn|ihr|ihre|ihren|ihrem|sie)(?![\p{L}])/u;
const DE_EVIDENCE = /(?:^|\s)(?:und|nicht|sich|ist|wurde|wird|hat|hatte|auf|dem|eine|einen|einem|noch|schon|war)(?![\p{L}])/iu;
/** German demonstratives in the opening ("Mit dieser Entscheidung ..."). */
const DE_DEMONSTRATIVE = new RegExp(
  `(?:^|\\s)(?:diese|dieser|dieses|diesen|diesem|jene|jener|jenes|jenen|solche|solchen)(?![\\p{L}])(?!\\s+${TIME_NOUN}(?![\\p{L}]))`,
  'iu',
);

/**
 * German: "das", "dies" or "dem" as the subject or object that opens the sentence, with its verb right after
 * ("Das bestätigte ein Sprecher", "Dies sei falsch", "Dem widersprach die Stadt"): the pronoun stands for what
 * the sentence before said. As an article it is followed by a noun or an adjective, never by a verb.
 */
const DE_PRONOUN_SUBJECT =
  /^(?:das|dies|dem|den)\s+(?:ist|war|sei|wäre|sind|waren|hat|hatte|habe|hätte|wird|wurde|würde|werde|kann|könnte|soll|sollte|muss|müsse|dürfte|bestätigte|bestätigten|bestätigt|erklärte|erklärten|sagte|sagten|sagt|teilte|teilten|betonte|betonten|wies|wiesen|bestritt|bestritten|dementierte|dementierten|widersprach|widersprachen|zeigt|zeigte|zeigen|gilt|galt|geht|ging|stimmt|stimmte|bedeutet|bedeutete|heißt|hieß|berichtete|berichteten|meldete|meldeten|schrieb|schreibt|kündigte|kritisierte|kritisierten|sieht|sah|liegt|lag|gelte|gehe|stehe|steht|stand)(?![\p{L}])/iu;

/**
 * A denial, a confirmation or a rejection of something the sentence does not name ("Der Konzern wies die Vorwürfe
 * zurück", "The company denied the allegations", "Le ministère a démenti l'information", "Lo negó el
 * ministerio"): what is denied was said before it.
 */
const DENIAL_OF_UNNAMED =
  /\b(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|confirmed|confirms)\s+(?:it|this|that|them|the (?:allegations?|claims?|accusations?|reports?|charges?|story|account))\s*[.!]?\s*$|(?:^|\s)(?:wies|weist|wiesen|weisen)\s+(?:das|dies|diese|die (?:vorwürfe|anschuldigungen|kritik|berichte|darstellung|behauptungen?))\s+(?:[\p{L}-]+\s+){0,4}zurück|(?:^|\s)(?:bestritt|bestreitet|bestritten|dementierte|dementiert|dementierten)\s+(?:das|dies|diese|die (?:vorwürfe|anschuldigungen|berichte|darstellung|behauptungen?))(?![\p{L}])|(?:^|\s)(?:l['’]a|l['’]ont|les? a|les ont)\s+(?:démenti|démentie|nié|niée|confirmé|confirmée|contesté|contestée)(?![\p{L}])|(?:^|\s)(?:a|ont)\s+(?:démenti|nié|contesté|confirmé)\s+(?:l['’]information|ces informations|les faits|ces accusations|les accusations)(?![\p{L}])|^(?:así\s+)?lo\s+(?:negó|negaron|confirmó|confirmaron|desmintió|desmintieron|aseguró|aseguraron|explicó|explicaron|dijo|dijeron|afirmó|afirmaron|rechazó|rechazaron)(?![\p{L}])|(?:^|\s)(?:negó|negaron|desmintió|desmintieron|rechazó|rechazaron)\s+(?:las acusaciones|los hechos|esa versión|esta versión|dicha información|la información)(?![\p{L}])/iu;

/**
 * French: "d'abord" in the opening, a demonstrative ("Avec cette décision"), a subject pronoun after an opening
 * phrase ("Mardi, elle a ..."), but not the impersonal "il" of "il y a", "il faut", "il s'agit".
 */
const FR_CUE = new RegExp(
  `(?:^|\\s)(?:d['’]abord|celui-ci|celle-ci|ceux-ci|celles-ci|ce dernier|cette dernière|ces derniers|cette|cet|ces)(?![\\p{L}])(?!\\s+${TIME_NOUN}(?![\\p{L}]))`,
  'iu',
);
const FR_PRONOUN = /^[^,;:]{1,60},\s+(?:il(?!\s+(?:ne\s+|n['’])?(?:y\s|faut|fallait|s['’]agit|semble|reste|suffit|est\s+(?:possible|probable|temps|vrai|clair|difficile)))|elle|ils|elles)(?![\p{L}])/iu;

/** Spanish and Portuguese: a demonstrative noun phrase in the opening ("Con esta medida", "Tras ese anuncio"). */
const ES_PT_DEMONSTRATIVE = new RegExp(
  `(?:^|\\s)(?:este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|aquellos|aquellas|dicho|dicha|dichos|dichas|esse|essa|esses|essas|deste|desta|desse|dessa|neste|nesta|nesse|nessa)(?![\\p{L}])(?!\\s+${TIME_NOUN}(?![\\p{L}]))`,
  'iu',
);

/** Japanese: ko-so-a words or a "he/she" topic right after a short opening phrase ("翌日、彼は..."). */
const JA_AFTER_OPENING = /^[^。、]{1,15}、(?:彼女|彼ら|彼|この|その|こうした|そうした|こういう|そういう|これ|それ)/u;
/** Chinese: "this", "that", a third-person pronoun as the subject after a short opening ("当天，他表示..."). */
const ZH_AFTER_OPENING = /^[^。，,]{1,15}[，,]\s*(?:他们|他們|她们|她們|他|她|这|這|那|该|該|此|其|对此|對此|双方|雙方)/u;
/** Chinese: a pronoun subject right after a time word, with no comma ("后来他...", "当天她..."). */
const ZH_TIME_PRONOUN = /^(?:当天|當天|昨天|今天|后来|後來|近日|日前|最近|如今|随即|隨即)\s*(?:他们|他們|她们|她們|他|她)/u;

/** The first clause: where a topic that refers back sits. */
function firstClause(s: string): string {
  return s.split(/[,;:—–]/u, 1)[0]!;
}

/**
 * The pattern matches in the first clause and starts within its first OPENING_WORDS words. The whole clause is
 * searched so that a demonstrative at the edge still sees the time noun after it ("... died this year").
 */
function inOpening(re: RegExp, clause: string): boolean {
  const m = re.exec(clause);
  if (!m) return false;
  return clause.slice(0, m.index).trim().split(/\s+/u).filter(Boolean).length < OPENING_WORDS;
}

/** The sentence (stripped of leading quotes) refers back from inside its opening, not only from its first word. */
export function leansBackEarly(s: string): boolean {
  const opening = firstClause(s);
  if (EN_SAME.test(s) || inOpening(EN_DEMONSTRATIVE, opening)) return true;
  if (EN_SUBORDINATE_PRONOUN.test(s) || (EN_AFTER_OPENING.test(s) && !EN_NAMED_SUBJECT.test(s))) return true;
  if (inOpening(DE_CONNECTIVE, opening) || inOpening(DE_DEMONSTRATIVE, opening)) return true;
  if (DE_PRONOUN_SUBJECT.test(s) || DENIAL_OF_UNNAMED.test(s)) return true;
  if (DE_EVIDENCE.test(s) && DE_PRONOUN.test(s.split(/\s+/u).slice(0, OPENING_WORDS - 1).join(' '))) return true;
  if (inOpening(FR_CUE, opening) || FR_PRONOUN.test(s)) return true;
  if (inOpening(ES_PT_DEMONSTRATIVE, opening)) return true;
  return JA_AFTER_OPENING.test(s.slice(0, OPENING_CHARS + 8)) || ZH_AFTER_OPENING.test(s) || ZH_TIME_PRONOUN.test(s);
}
