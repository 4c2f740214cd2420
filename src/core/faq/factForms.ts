/**
 * Questions about what a named subject wants, when its event takes place and what it costs: the facts of press
 * releases, event notices and consumer advice, which state them in the present tense and so give no news
 * question. Each question is written from a sentence that opens with its subject (an article and nouns, or a
 * name) followed at once by the verb, so the question only moves the verb and never has to parse a clause:
 *
 * - stance: "Die Verbraucherzentrale empfiehlt, …" -> "Was empfiehlt die Verbraucherzentrale?"; "warnt vor"
 *   asks "Wovor warnt …?";
 * - event: "Die Preisverleihung findet am 12. Mai in Bonn statt." -> "Wann findet die Preisverleihung statt?"
 *   (a date after the verb), or "Wo …" when it names a place and no date;
 * - price: "Der Eintritt kostet 8 Euro." -> "Wie viel kostet der Eintritt?" (a number and a currency right after
 *   the verb: "kostet viel Zeit" asks nothing).
 *
 * French and Spanish have the same three shapes. Every question is round-tripped by the generator like any
 * written question.
 */
import { alternation, MONTHS, WEEKDAYS } from '../text/calendar';
import { DE_SHAPE, ES_SHAPE, FR_SHAPE, subjectIn, type NewsShape } from './newsForms';

const MONTHS_DE = alternation(MONTHS.de!, true);
const MONTHS_FR = alternation(MONTHS.fr!);
const MONTHS_ES = alternation(MONTHS.es!);

/** A date or a time of the year: what "when" asks for. */
const DATE_DE = new RegExp(
  `(?<![\\p{L}\\d])(?:${MONTHS_DE}|${alternation(WEEKDAYS.de!, true)}|Wochenende|Frühjahr|Herbst|\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|${MONTHS_DE})|\\d{1,2}(?:\\.|:)\\d{2} Uhr|\\d{1,2} Uhr|20\\d\\d)(?![\\p{L}])`,
  'u',
);
const DATE_FR = new RegExp(`(?<![\\p{L}])(?:${MONTHS_FR}|${alternation(WEEKDAYS.fr!)}|week-end|\\d{1,2}h|20\\d\\d)(?![\\p{L}])`, 'iu');
const DATE_ES = new RegExp(`(?<![\\p{L}])(?:${MONTHS_ES}|${alternation(WEEKDAYS.es!)}|fin de semana|20\\d\\d)(?![\\p{L}])`, 'iu');

/** An amount of money right after the verb: a qualifier, a number, an optional scale word, a currency. */
const PRICE_DE = /^(?:(?:rund|etwa|ca\.|circa|knapp|mindestens|höchstens|nur|lediglich|ab|jeweils|pro Person|pro Jahr|im Monat|monatlich|jährlich) )*\d[\d.,]*(?: (?:Millionen|Milliarden|Mio\.|Mrd\.))? ?(?:Euro|€|Franken|CHF|Dollar|US-Dollar)(?![\p{L}])/u;
const PRICE_FR = /^(?:(?:environ|près de|seulement|au moins|à partir de) )*\d[\d  .,]*(?: (?:millions|milliards) d['’])? ?(?:euros?|€|francs?|dollars?)(?![\p{L}])/iu;
const PRICE_ES = /^(?:(?:unos|unas|alrededor de|casi|solo|sólo|al menos|desde) )*\d[\d.,]*(?: (?:millones|mil millones) de)? ?(?:euros?|€|dólares|pesos)(?![\p{L}])/iu;

export interface Fact {
  question: string;
  /** The subject as the question writes it: the caller checks it names something ("Daher", "Jungen Aktionären" do not). */
  subject: string;
}

/** German verbs of a stated position, present tense, with the question word each takes. */
const STANCE_DE: Record<string, string> = {
  fordert: 'Was',
  fordern: 'Was',
  empfiehlt: 'Was',
  empfehlen: 'Was',
  plant: 'Was',
  planen: 'Was',
  verlangt: 'Was',
  verlangen: 'Was',
  kritisiert: 'Was',
  kritisieren: 'Was',
  rät: 'Wozu',
  raten: 'Wozu',
};
/**
 * German separable verbs of offers, plans and awards, present tense: the particle and the question word.
 * "Die Stadt zeichnet am Freitag drei Vereine aus." -> "Wen zeichnet die Stadt aus?".
 */
const SEPARABLE_DE: Record<string, [string, string]> = {
  bietet: ['an', 'Was'],
  bieten: ['an', 'Was'],
  kündigt: ['an', 'Was'],
  kündigen: ['an', 'Was'],
  stellt: ['vor', 'Was'],
  stellen: ['vor', 'Was'],
  führt: ['ein', 'Was'],
  führen: ['ein', 'Was'],
  zeichnet: ['aus', 'Wen'],
  zeichnen: ['aus', 'Wen'],
};
const STANCE_FR: Record<string, string> = { demande: 'Que demande', demandent: 'Que demandent', réclame: 'Que réclame', réclament: 'Que réclament', recommande: 'Que recommande', recommandent: 'Que recommandent', propose: 'Que propose', proposent: 'Que proposent' };
const STANCE_ES: Record<string, string> = { pide: 'Qué pide', piden: 'Qué piden', exige: 'Qué exige', exigen: 'Qué exigen', recomienda: 'Qué recomienda', recomiendan: 'Qué recomiendan', propone: 'Qué propone', proponen: 'Qué proponen' };

/** The subject before word `at`, as it reads inside the question, when it is a short noun phrase ending in a noun. */
function subjectBefore(words: string[], at: number, shape: NewsShape, lang: string): string | null {
  if (at < 1 || /^(?:Wer|Was|Wie|Wo|Wann|Warum|Qui|Que|Quién|Qué)$/u.test(words[0]!)) return null;
  // "Daher empfiehlt sich …", "Infolge rät man …": the subject follows the verb, the word before it is an adverb.
  if (/^(?:sich|man|er|sie|es|wir|ich|ihr|se|on|il|elle|ils|elles)$/u.test(words[at + 1] ?? '')) return null;
  const subject = subjectIn(words.slice(0, at), shape);
  if (!subject) return null;
  // German nouns are capitalised, so an adjective ("Die neue …") cannot end the subject; in French and Spanish
  // the noun follows its article ("la mairie", "el ayuntamiento").
  if (lang === 'de' && !/^\p{Lu}/u.test(subject.split(' ').pop()!)) return null;
  return subject;
}

function factDe(sentence: string): Fact | null {
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 6 && i < words.length - 2; i++) {
    // "empfiehlt, Verträge … zu lesen": the comma before an infinitive clause stays with what follows.
    const verb = words[i]!.replace(/,$/, '');
    const rest = (verb === words[i] ? '' : ', ') + words.slice(i + 1).join(' ');
    if (/^(?:findet|finden)$/.test(verb)) {
      // The event's clause closes on "statt" before any comma: "findet am 12. Mai in Bonn statt".
      const clause = /^([^,;:]+?) statt[,.!]/u.exec(rest)?.[1];
      if (!clause) return null;
      const subject = subjectBefore(words, i, DE_SHAPE, 'de');
      if (!subject) return null;
      if (DATE_DE.test(clause)) return { question: `Wann ${verb} ${subject} statt?`, subject };
      // A town or a named hall ("in Bonn", "im Kurhaus"); "am Tisch auf der Terrasse" is a scene, not a venue.
      return /^(?:\S+ )?(?:in|im) \p{Lu}\S*(?: \p{Lu}\S*){0,2}$/u.test(clause) ? { question: `Wo ${verb} ${subject} statt?`, subject } : null;
    }
    if (/^(?:kostet|kosten)$/.test(verb)) {
      if (!PRICE_DE.test(rest)) return null;
      const subject = subjectBefore(words, i, DE_SHAPE, 'de');
      return subject ? { question: `Wie viel ${verb} ${subject}?`, subject } : null;
    }
    if (/^(?:warnt|warnen)$/.test(verb) && /^vor /u.test(rest)) {
      const subject = subjectBefore(words, i, DE_SHAPE, 'de');
      return subject ? { question: `Wovor ${verb} ${subject}?`, subject } : null;
    }
    const separable = SEPARABLE_DE[verb];
    if (separable) {
      // The particle closes the verb's clause: "bietet ab 2023 Drohneninspektion an, …".
      const clause = rest.split(/[,.;:!?]/)[0]!.trim().split(' ');
      if (clause.length < 3 || clause[clause.length - 1] !== separable[0]) return null;
      const subject = subjectBefore(words, i, DE_SHAPE, 'de');
      return subject ? { question: `${separable[1]} ${verb} ${subject} ${separable[0]}?`, subject } : null;
    }
    const wh = STANCE_DE[verb];
    if (wh) {
      // What is asked for must follow: an object, a "dass" clause, or a comma before an infinitive clause.
      if (rest.split(' ').length < 3) return null;
      // "rät" asks "Wozu" only when an infinitive clause follows ("rät, … zu prüfen"); else "Was rät …".
      const q = wh === 'Wozu' && !/^,/.test(rest) && !/^(?:zu|davon|dazu)\b/u.test(rest) ? 'Was' : wh;
      // "Geyer fordert ihn auf, …": a separable verb ("auffordern") is not the verb asked about.
      if (/ (?:auf|an|ab|heraus|zurück)$/u.test(rest.split(/[,.;:]/)[0]!)) return null;
      const subject = subjectBefore(words, i, DE_SHAPE, 'de');
      return subject ? { question: `${q} ${verb} ${subject}?`, subject } : null;
    }
  }
  return null;
}

function factFr(sentence: string): Fact | null {
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 6 && i < words.length - 2; i++) {
    const verb = words[i]!;
    const rest = words.slice(i + 1).join(' ');
    if (/^(?:aura|auront)$/.test(verb) && /^lieu /.test(rest)) {
      if (!DATE_FR.test(rest.split(/[,;]/)[0]!)) return null;
      const subject = subjectBefore(words, i, FR_SHAPE, 'fr');
      return subject ? { question: `Quand ${verb} lieu ${subject} ?`, subject } : null;
    }
    if (/^(?:coûte|coûtent|coûtera|coûteront)$/.test(verb)) {
      if (!PRICE_FR.test(rest)) return null;
      const subject = subjectBefore(words, i, FR_SHAPE, 'fr');
      return subject ? { question: `Combien ${verb} ${subject} ?`, subject } : null;
    }
    const wh = STANCE_FR[verb];
    if (wh) {
      if (rest.split(' ').length < 3 || !/^(?:que|qu['’]|de|d['’]|le|la|les|l['’]|un|une|des|aux?)\b/iu.test(rest)) return null;
      const subject = subjectBefore(words, i, FR_SHAPE, 'fr');
      return subject ? { question: `${wh} ${subject} ?`, subject } : null;
    }
  }
  return null;
}

function factEs(sentence: string): Fact | null {
  const words = sentence.split(/\s+/);
  for (let i = 1; i <= 6 && i < words.length - 2; i++) {
    const verb = words[i]!;
    const rest = words.slice(i + 1).join(' ');
    if (/^(?:tendrá|tendrán)$/.test(verb) && /^lugar /.test(rest)) {
      if (!DATE_ES.test(rest.split(/[,;]/)[0]!)) return null;
      const subject = subjectBefore(words, i, ES_SHAPE, 'es');
      return subject ? { question: `¿Cuándo ${verb} lugar ${subject}?`, subject } : null;
    }
    if (/^(?:cuesta|cuestan|costará|costarán)$/.test(verb)) {
      if (!PRICE_ES.test(rest)) return null;
      const subject = subjectBefore(words, i, ES_SHAPE, 'es');
      return subject ? { question: `¿Cuánto ${verb} ${subject}?`, subject } : null;
    }
    const wh = STANCE_ES[verb];
    if (wh) {
      if (rest.split(' ').length < 3 || !/^(?:que|el|la|los|las|un|una|a|al)\b/iu.test(rest)) return null;
      const subject = subjectBefore(words, i, ES_SHAPE, 'es');
      return subject ? { question: `¿${wh} ${subject}?`, subject } : null;
    }
  }
  return null;
}

const FACTS: Record<string, (sentence: string) => Fact | null> = { de: factDe, fr: factFr, es: factEs };

/** The stance, event-time or price question a sentence answers in `lang`, and its subject; or null. */
export function factQuestion(sentence: string, lang: string): Fact | null {
  return FACTS[lang]?.(sentence) ?? null;
}
