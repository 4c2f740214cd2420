/**
 * How-many questions in German, French, Spanish and Portuguese, written with the verb of the answer sentence:
 * "Über 300 Exemplare wurden gebaut." -> "Wie viele Exemplare wurden gebaut?". A bare "Wie viele Geschäfte?"
 * or "¿Cuántos falsos?" asks nothing a reader can follow, so a sentence whose counted noun is neither the
 * subject of a verb nor the object of the sentence's own verb gets no question.
 *
 * Two shapes, found without parsing:
 * - the count opens the sentence and its noun is followed by a finite plural verb (the count is the subject);
 * - (German, Spanish) a short subject, its verb, then the count and its noun closing the clause (the object):
 *   "Die Firma beschäftigt rund 600 Mitarbeiter." -> "Wie viele Mitarbeiter beschäftigt die Firma?".
 */

import { subjectIn, DE_SHAPE, ES_SHAPE, PT_SHAPE } from './newsForms';

/** Units, times and money: "how many years" asks for a duration, "how many euros" for an amount. */
const UNITS =
  /^(?:ans|années|mois|jours|heures|minutes|secondes|semaines|fois|euros|dollars|francs|millions|milliards|points|kilomètres|mètres|jahre|jahren|monate|monaten|tage|tagen|stunden|minuten|sekunden|wochen|mal|euro|dollar|franken|millionen|milliarden|prozent|kilometer|metern?|zentimeter|tonnen|quadratmetern?|punkte|punkten|años|meses|días|horas|minutos|segundos|semanas|veces|dólares|millones|pesos|puntos|kilómetros|metros|anos|dias|vezes|reais|milhões|bilhões|pontos|quilômetros|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/iu;

/** A number of two or more (a count of one is not a plural): "300", "1.212", "75’000", "555 000". */
const NUMBER = "(?:\\d{1,3}(?:[.'’  ]\\d{3})+|[2-9]|\\d{2,3})";

interface CountLang {
  /** Words that may stand before the number at the sentence's start ("Über", "Más de"). */
  hedge: string;
  /** Counts of two to a hundred written as words ("fünf Kinder", "trois blessés"). */
  words: string;
  /** A connective with its comma that may open the sentence before the count ("De plus, 333 constats ..."). */
  lead?: RegExp;
  /** The counted noun after the number, perhaps after an adjective: group 1. */
  noun: string;
  /** A finite plural verb (the counted noun as its subject). */
  verb: RegExp;
  /** Words that end like a plural verb but are not one ("gegen", "también", "souvent"). */
  notVerb: RegExp;
  /** Pronouns that make the clause lean on a sentence before it. */
  pronoun: RegExp;
  question: (noun: string, clause: string) => string;
}

const feminine = (noun: string) => /(?:as|ções|dades|siones|ciones|tudes|umbres|dosis|crisis|tesis)$/u.test(noun);

const LANGS: Record<string, CountLang> = {
  de: {
    hedge: '(?:Über|Rund|Etwa|Fast|Knapp|Mehr als|Insgesamt|Mindestens|Bis zu|Nur|Weitere|Ganze|Gut|Schon|Bereits)',
    words: 'zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert',
    noun: '((?:\\p{Ll}+e )?\\p{Lu}\\p{Ll}{3,})',
    verb: /^(?:haben|hatten|sind|waren|wurden|werden|würden|können|konnten|müssen|mussten|sollen|sollten|dürfen|durften|wollen|wollten|gibt|\p{Ll}{3,}(?:en|ten|ern|eln))$/u,
    notVerb: /^(?:den|denen|einen|ihren|seinen|unseren|diesen|allen|jeden|neben|gegen|wegen|zwischen|binnen|oben|unten|eben|zusammen|vorgestern|gestern|morgen|außen|innen|hinten|vorn|trotzdem|seit|selten|besonders|zuletzt|je|allein|zuvor|jeweils|weiteren|anderen|verschiedenen|kleinen|großen|neuen|ersten|letzten|deutschen|meisten|ganzen)$/u,
    pronoun: /(?<!\p{L})(?:er|sie|es|ihr|ihre|ihren|sein|seine|seinen|dies|diese|dieser)(?!\p{L})/u,
    question: (noun, clause) => `Wie viele ${noun} ${clause}?`,
  },
  fr: {
    hedge: "(?:Plus de|Près de|Environ|Quelque|Au moins|Moins de|Seulement|Quelques|Pas moins de)",
    words: 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent',
    lead: /^(?:De plus|En outre|Par ailleurs|Au total|Au moins|Enfin),\s/u,
    // "333 constats d'infraction": a complement may follow the counted noun.
    noun: "(?:de |d['’])?((?:\\p{Ll}+ )?\\p{Ll}{4,}[sx](?: d['’]\\p{Ll}{4,}| de \\p{Ll}{4,})?)",
    verb: /^(?:ont|sont|avaient|étaient|seront|auront|\p{Ll}{3,}ent)$/u,
    notVerb: /(?:ment|souvent|dont|présent|récent|différent|excellent|urgent|important|patient|accident)$/u,
    pronoun: /(?<!\p{L})(?:il|elle|ils|elles|cela|ça|ceci|celui|celle)(?!\p{L})/iu,
    question: (noun, clause) => `Combien ${/^[aeiouyéèêhàâ]/iu.test(noun) ? "d'" : 'de '}${noun} ${clause} ?`,
  },
  es: {
    hedge: '(?:Más de|Al menos|Unos|Unas|Cerca de|Casi|Alrededor de|Otros|Otras|Solo|Sólo|Hasta)',
    words: 'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cien',
    lead: /^(?:Además|Asimismo|En total|Por otra parte|En tanto),\s/u,
    noun: '(?:de )?((?:\\p{Ll}+s )?\\p{Ll}{4,}s)',
    verb: /^(?:han|habían|fueron|son|eran|están|estaban|\p{Ll}{2,}(?:aron|ieron|an|en|ían|rán))$/u,
    notVerb: /^(?:según|también|quien|bien|aún|algún|ningún|tan|joven|jóvenes|orden|origen|imagen|volumen|examen|crimen|resumen|además|desde|durante|mientras)$/u,
    pronoun: /(?<!\p{L})(?:él|ella|ellos|ellas|esto|eso|este|esta|estos|estas)(?!\p{L})/iu,
    question: (noun, clause) => `¿${feminine(noun.split(' ').pop()!) ? 'Cuántas' : 'Cuántos'} ${noun} ${clause}?`,
  },
  pt: {
    hedge: '(?:Mais de|Cerca de|Pelo menos|Quase|Outros|Outras|Apenas|Até)',
    words: 'dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|cem',
    lead: /^(?:Além disso|Ao todo|No total|Por outro lado),\s/u,
    noun: '(?:de )?((?:\\p{Ll}+s )?\\p{Ll}{4,}s)',
    verb: /^(?:foram|são|eram|estão|estavam|têm|tinham|serão|vão|\p{Ll}{3,}(?:ram|am|em))$/u,
    notVerb: /^(?:também|quem|além|porém|alguém|ninguém|nem|bem|sem|contém|ontem|homem|ordem|origem|imagem|viagem|mensagem|jovem)$/u,
    pronoun: /(?<!\p{L})(?:ele|ela|eles|elas|isso|isto|este|esta|estes|estas)(?!\p{L})/iu,
    question: (noun, clause) => `${feminine(noun.split(' ').pop()!) ? 'Quantas' : 'Quantos'} ${noun} ${clause}?`,
  },
};

/** The clause as far as its first comma or dash, without the closing stop; null when it is long or quoted. */
function clauseFrom(text: string, lang: CountLang): string | null {
  const clause = text.replace(/[.!]$/, '').split(/,|;|:| — | – | -- |\s\(/)[0]!.trim();
  // A comma inside a list ("Platz für Handy, Arbeitsutensilien und Unterlagen") would cut the question mid-list.
  if (/^\s*,\s[^,;:.]{1,40}?\s(?:und|oder|and|or|et|ou|y|o|e)\s[^,;:]{1,40}[.!]?$/u.test(text.replace(/[.!]$/, '').slice(text.indexOf(clause) + clause.length))) return null;
  const words = clause.split(/\s+/);
  if (words.length === 0 || words.length > 14 || /["“”„«»‘’]/.test(clause) || lang.pronoun.test(clause)) return null;
  return clause;
}

const isVerb = (w: string, lang: CountLang) => lang.verb.test(w) && !lang.notVerb.test(w);

/** The counted noun itself: "constats" of "constats d'infraction", "casos" of "nuevos casos". */
const headNoun = (noun: string) => noun.split(/ d['’]| de /u)[0]!.split(' ').pop()!;

/** The count opens the sentence (perhaps after a connective) and its noun is the subject of the plural verb after it. */
function countAsSubject(sentence: string, lang: CountLang): string | null {
  const text = lang.lead ? sentence.replace(lang.lead, '') : sentence;
  // A count written as a word opens the sentence with a capital ("Fünf Kinder ...").
  const count = `(?:${NUMBER}|(?:${lang.words})(?![\\p{L}]))`;
  const m = new RegExp(`^(?:${lang.hedge} )?${count} ${lang.noun} (.+)$`, 'u').exec(text.charAt(0).toLocaleLowerCase() === text.charAt(0) ? text : lowerCount(text, lang));
  if (!m) return null;
  const noun = m[1]!;
  // "Dos de ellos fueron detenidos": a pronoun is not a counted noun.
  if (UNITS.test(headNoun(noun)) || lang.pronoun.test(noun)) return null;
  const words = m[2]!.split(/\s+/);
  // A reflexive stands before the verb ("se vendieron", "se sont réunis"); a German noun may take a short
  // phrase before its auxiliary ("1.000 Familien mit Kindern haben ...").
  const at = /^(?:se|s['’]|sich)$/u.test(words[0] ?? '') ? 1 : 0;
  if (!isVerb(words[at] ?? '', lang)) {
    const aux = words.slice(0, 4).findIndex((w) => /^(?:haben|hatten|sind|waren|wurden|werden)$/u.test(w));
    if (aux < 1 || !/^(?:mit|aus|von|unter|ohne|bei|im|in)$/u.test(words[0]!) || words.slice(0, aux).some((w) => /[,;:]/.test(w))) return null;
    return clauseOfNoun(`${noun} ${words.slice(0, aux).join(' ')}`, words.slice(aux).join(' '), lang);
  }
  return clauseOfNoun(noun, words.join(' '), lang);
}

/** "Cinq enfants ..." -> "cinq enfants ...": a spelled count at the start matched as the lower-case word. */
function lowerCount(text: string, lang: CountLang): string {
  const first = text.split(' ')[0]!;
  return new RegExp(`^(?:${lang.words})$`, 'u').test(first.toLocaleLowerCase()) ? first.toLocaleLowerCase() + text.slice(first.length) : text;
}

function clauseOfNoun(noun: string, rest: string, lang: CountLang): string | null {
  const clause = clauseFrom(rest, lang);
  return clause ? lang.question(noun, clause) : null;
}

/** Adverbs that end like a verb of the third person ("nicht", "jetzt"). */
const NOT_FINITE_DE = /^(?:nicht|jetzt|erst|meist|zuletzt|bereits|selbst|längst|sonst|zunächst|zumindest|bislang|seit|gut|mit|weit|heute|etwa)$/u;

/** German: "Die Firma beschäftigt rund 600 Mitarbeiter." -> "Wie viele Mitarbeiter beschäftigt die Firma?". */
function countAsObjectDe(sentence: string): string | null {
  const lang = LANGS.de!;
  const m = new RegExp(
    `^((?:\\S+ ){0,5}?)(\\p{Ll}{3,}t|hat|haben|hatte|hatten) ((?:[^\\s,;:]+ ){0,5}?)(?:(?:rund|etwa|über|fast|knapp|insgesamt|mehr als|mindestens) )?${NUMBER} ${lang.noun}(?: (\\p{Ll}{3,}))?[.,;]`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  // "Einen Einfluss hatten ...": an accusative or a preposition opens the clause, so the subject comes later.
  if (/^(?:Ein|Eine|Einen|Einem|Einer|Den|Dem|Im|Am|Zum|Zur|Beim|Vom)\s/u.test(m[1]!) || NOT_FINITE_DE.test(m[2]!)) return null;
  const subject = subjectIn(m[1]!.trim().split(' '), DE_SHAPE);
  const noun = m[4]!;
  if (!subject || !/^\p{Lu}/u.test(subject.split(' ').pop()!) || UNITS.test(noun.split(' ').pop()!)) return null;
  // The closing word is the participle or infinitive of "hat ... gebaut"; after a full verb there is none.
  const tail = m[5];
  const aux = /^(?:hat|haben|hatte|hatten)$/.test(m[2]!);
  if (aux !== !!tail || (tail && !/(?:t|en)$/u.test(tail))) return null;
  const middle = m[3]!.trim();
  if (lang.pronoun.test(middle) || /\d/.test(middle)) return null;
  return `Wie viele ${noun} ${[m[2], subject, middle, tail].filter(Boolean).join(' ')}?`;
}

/** Adverbials that may open a German clause before its verb and its counted subject ("Dort wurden ..."). */
const OPENING_DE = /^(?:In|Im|Am|An|Auf|Bei|Beim|Bis|Dort|Hier|Seit|Nach|Vor|Allein|Damals|Zuletzt|Heute|Gestern|Bisher|Bislang|Inzwischen|Mittlerweile|Dadurch|Dabei|Darunter|Zudem|Außerdem|Insgesamt|Mehr als)$/u;

/**
 * German with the verb before its counted subject: "Dort wurden 4.300 Anträge eingereicht." -> "Wie viele Anträge
 * wurden dort eingereicht?"; "Dadurch entstanden 77 Zimmer." -> "Wie viele Zimmer entstanden dadurch?". The
 * adverbial moves after the verb; a participle or infinitive closing the clause stays last.
 */
function countAfterVerbDe(sentence: string): string | null {
  const lang = LANGS.de!;
  const m = new RegExp(
    `^((?:\\S+ ){0,4}?\\S+) (wurden|werden|haben|hatten|sind|waren|\\p{Ll}{3,}(?:ten|en)) ((?:(?:im|am|in|an|bei|seit|bis|nach|vor) (?:[^\\s,;:]+ ){1,3}?)?)(?:(?:rund|etwa|über|fast|knapp|insgesamt|mehr als|mindestens|bereits) )?${NUMBER} ${lang.noun}((?: [^\\s,;:]+){0,6}?)[.,;:]`,
    'u',
  ).exec(sentence);
  if (!m || !OPENING_DE.test(m[1]!.split(' ')[0]!) || /[,;:"“„«»]/.test(m[1]!) || lang.notVerb.test(m[2]!) || NOT_FINITE_DE.test(m[2]!)) return null;
  const middle = m[3]!.trim();
  const noun = m[4]!;
  const rest = m[5]!.trim();
  if (UNITS.test(noun.split(' ').pop()!) || lang.pronoun.test(`${m[1]} ${middle} ${rest}`)) return null;
  const aux = /^(?:wurden|werden|haben|hatten|sind|waren)$/.test(m[2]!);
  // After an auxiliary the clause closes on its participle; after a full verb only a short phrase ("zur Welt").
  if (aux ? !/(?:t|en)$/u.test(rest.split(' ').pop() ?? '') : rest.split(' ').length > 3 || /\d/.test(rest)) return null;
  const adverbial = m[1]!.replace(/^\p{Lu}\p{Ll}*(?= |$)/u, (w) => (/^(?:In|Im|Am|An|Auf|Bei|Beim|Bis|Seit|Nach|Vor|Dort|Hier|Allein|Damals|Zuletzt|Heute|Gestern|Bisher|Bislang|Inzwischen|Mittlerweile|Dadurch|Dabei|Darunter|Zudem|Außerdem|Insgesamt)$/u.test(w) ? w.toLowerCase() : w));
  return `Wie viele ${noun} ${[m[2], adverbial, middle, rest].filter(Boolean).join(' ')}?`;
}

/** Spanish: "El hospital recibió 12.000 dosis." -> "¿Cuántas dosis recibió el hospital?". */
function countAsObjectEs(sentence: string): string | null {
  const lang = LANGS.es!;
  const m = new RegExp(`^((?:\\S+ ){1,5}?)(\\p{Ll}{3,}(?:ó|aron|ieron)) (?:(?:más de|unos|unas|cerca de|casi) )?${NUMBER} ${lang.noun}(?: (de (?:[^\\s,;:]+ ){0,3}?[^\\s,;:]+))?[.,;]`, 'u').exec(sentence);
  if (!m) return null;
  const subject = subjectIn(m[1]!.trim().split(' '), ES_SHAPE);
  const noun = [m[3]!, m[4]].filter(Boolean).join(' ');
  if (!subject || UNITS.test(m[3]!.split(' ').pop()!)) return null;
  return `¿${feminine(m[3]!.split(' ').pop()!) ? 'Cuántas' : 'Cuántos'} ${noun} ${m[2]} ${subject}?`;
}

/**
 * Portuguese: "A prefeitura plantou 3.000 árvores na zona norte." -> "Quantas árvores a prefeitura plantou na zona
 * norte?": a short subject, a past verb, the count as its object and at most a short phrase after it.
 */
function countAsObjectPt(sentence: string): string | null {
  const lang = LANGS.pt!;
  const m = new RegExp(
    `^((?:\\S+ ){1,5}?)(\\p{Ll}{3,}(?:ou|eu|iu|aram|eram|iram)) (?:(?:mais de|cerca de|quase) )?${NUMBER} ${lang.noun}((?: [^\\s,;:()]+){0,5}?)(?=[.,;:]|\\s\\()`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const subject = subjectIn(m[1]!.trim().split(' '), PT_SHAPE);
  const noun = m[3]!;
  if (!subject || UNITS.test(noun.split(' ').pop()!) || lang.pronoun.test(`${subject} ${m[4]}`) || /\d/.test(m[4]!)) return null;
  // The gender must show in the ending ("-os", "-as", "-ções"): "árvores" is feminine, "valores" masculine.
  const last = noun.split(' ').pop()!;
  const word = feminine(last) ? 'Quantas' : /os$/u.test(last) ? 'Quantos' : null;
  return word ? `${word} ${noun} ${subject} ${m[2]}${m[4]}?` : null;
}

/** The how-many question a sentence answers with its own verb, or null when it has neither shape. */
export function countQuestion(sentence: string, lang: string): string | null {
  const forms = LANGS[lang];
  if (!forms) return null;
  const object = lang === 'de' ? (countAsObjectDe(sentence) ?? countAfterVerbDe(sentence)) : lang === 'es' ? countAsObjectEs(sentence) : lang === 'pt' ? countAsObjectPt(sentence) : null;
  return countAsSubject(sentence, forms) ?? object;
}
