/**
 * Question forms of the languages other than English and Chinese (questions.ts has those): for each, the
 * sentence shapes whose question can be written without parsing, and the question each gives. Every form
 * checks its own answer: "who" needs a role word beside a two-word name, "how many" (countForms.ts) a count
 * with the verb it is the subject or object of, "why" a causal clause, "what is" a definitional verb after a name. A language without a form
 * for a shape asks nothing of that shape: no question is better than a wrong one.
 */

import { countQuestion } from './countForms';
import { DE_SHAPE, newsQuestionDe, newsQuestionEs, newsQuestionFr, newsQuestionJa, newsQuestionPt, subjectIn } from './newsForms';

export interface LangForms {
  /** Role words that say who a person is ("ministre", "Sprecherin"). */
  roles: RegExp;
  who: (name: string) => string;
  /** A sentence that defines its subject: the subject (group 1) and the question asking for it, or null. */
  definition: (sentence: string) => { term: string; question: string } | null;
  /** A counted noun after a number ("365 000 déplacements") as a question, or null. */
  howMany: (sentence: string) => string | null;
  /** "<clause> because ...": the question asking why, or null. */
  why: (sentence: string) => string | null;
  /** A reporting verb beside a name (group 1): "a déclaré Jean Dupont", and the question asking what they said. */
  says?: { re: RegExp; question: (name: string) => string };
  /** A sentence that says what will happen (a future verb or plan word). */
  future: RegExp;
  next: string;
  /** Time words a plan names ("en mars", "nächste Woche"): a future verb alone is as often a hope or a forecast. */
  when?: RegExp;
  /** The news itself, answered by the article's first sentence that can stand alone. */
  news: string;
  /** The news named by its subject and verb ("Qu'a annoncé le gouvernement ?"), when the sentence has that shape. */
  newsQuestion?: (sentence: string) => string | null;
  /** Words that start a sentence without naming anything: pronouns, demonstratives, connectives. */
  notSubject: RegExp;
}

const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";

/** Two or three capitalised words: a person's name when a role word stands beside it. */
export const NAME_RE = new RegExp(`(?<![\\p{L}-])(${NAME_WORD}(?: ${NAME_WORD}){1,2})(?![\\p{L}-])`, 'gu');

/** The clause as it reads inside a question: first word in lower case unless the body capitalises it mid-sentence. */
function lowerFirst(clause: string): string {
  const first = clause.split(' ')[0]!;
  // A name (two capitals, or a capital inside) keeps its case: "AMI", "McLaren".
  if (/^\p{Lu}\p{Ll}*$/u.test(first)) return clause.charAt(0).toLocaleLowerCase() + clause.slice(1);
  return clause;
}

function clauseOk(clause: string, notSubject: RegExp): boolean {
  const words = clause.split(/\s+/);
  return words.length >= 3 && words.length <= 16 && !notSubject.test(clause) && !/["“”«»]/.test(clause);
}

/** Counted nouns that are units or times: "how many years" or "how many percent" asks nothing specific. */
const UNIT_NOUNS =
  /^(?:ans|années|mois|jours|heures|minutes|secondes|semaines|fois|euros|dollars|francs|millions|milliards|pour|points|kilomètres|mètres|jahre|jahren|monate|monaten|tage|tagen|stunden|minuten|wochen|mal|euro|dollar|millionen|milliarden|prozent|kilometer|meter|años|meses|días|horas|minutos|semanas|veces|euros|dólares|millones|pesos|por|puntos|kilómetros|metros|anos|meses|dias|horas|minutos|semanas|vezes|reais|milhões|bilhões|mil|pontos|quilômetros|metros|лет|года|месяцев|дней|часов|минут|раз|рублей|долларов|миллионов|миллиардов|процентов|тысяч|километров|метров)$/iu;

/**
 * "Jonas Keller ist ein Ingenieur aus Kiel": a name of two or three words, no article, defined by a role word
 * among the predicate's first words is a person ("Wer ist …?"); "Was ist Jonas Keller?" reads wrong.
 */
function personDefined(term: string, predicate: string, roles: RegExp): boolean {
  const words = term.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  return roles.test(predicate.split(/[,.;:]/)[0]!.split(/\s+/).slice(0, 4).join(' '));
}

const FR: LangForms = {
  roles:
    /\b(?:adjoint|adjointe|ministre|président|présidente|maire|mairesse|directeur|directrice|porte-parole|professeur|professeure|chercheur|chercheuse|responsable|fondateur|fondatrice|PDG|chef|cheffe|député|députée|sénateur|sénatrice|juge|avocat|avocate|médecin|entraîneur|joueur|joueuse|auteur|autrice|écrivain|conseiller|conseillère|élu|élue|secrétaire|chancelière|chancelier|astronome|scientifique|économiste|analyste|porte-parole|commissaire|gouverneur|sélectionneur|attaquant)\b/iu,
  who: (n) => `Qui est ${n} ?`,
  definition: (s) => {
    const m = /^((?:L['’]|Le |La |Les )?\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}'’-]*){0,3}) (?:est|sont) (?:un|une|le|la|l['’]|des|les)\b/u.exec(s);
    if (!m || FR.notSubject.test(m[1]!)) return null;
    const term = m[1]!.replace(/^(L['’]|Le |La |Les )/, (a) => a.toLowerCase());
    if (personDefined(term, s.slice(m[0].length), FR.roles)) return { term, question: `Qui est ${term} ?` };
    return { term, question: /^[aeiouyéèêhàâ]/iu.test(term) ? `Qu'est-ce qu'${term} ?` : `Qu'est-ce que ${term} ?` };
  },
  howMany: (s) => countQuestion(s, 'fr'),
  why: (s) => {
    const because = /^(.{10,140}?),? (?:parce qu|car |en raison d)/u.exec(s);
    const dueTo = /^En raison d[^,]{3,140}, (.{10,140}?)\.$/u.exec(s);
    const clause = (because?.[1] ?? dueTo?.[1])?.trim();
    if (!clause || !clauseOk(clause, FR.notSubject)) return null;
    return `Pourquoi ${lowerFirst(clause)} ?`;
  },
  says: { re: new RegExp(`(?:a déclaré|a affirmé|a dit|a expliqué|a souligné|a indiqué|a précisé|estime|explique|souligne|affirme|selon) ((?:\\p{Lu}[\\p{Ll}'’-]+ ){1,2}\\p{Lu}[\\p{Ll}'’-]+)`, 'u'), question: (n) => `Que dit ${n} ?` },
  // A plan, not a possibility ("pourrait"): "What happens next?" answered by a maybe reads wrong.
  future: /(?<!\p{L})(?:va|vont|sera|seront|devrait|devraient|prévoit|prévoient|compte|comptent|\p{L}+(?:era|eront|ira|iront))(?!\p{L})/iu,
  next: 'Que va-t-il se passer ensuite ?',
  when: /(?<![\p{L}])(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|prochain|prochaine|prochains|prochaines|bientôt|dès|d['’]ici|cette année|cet été|cet automne|cet hiver|ce printemps|fin de l['’]année|20\d\d)(?![\p{L}])/iu,
  news: "Que s'est-il passé ?",
  newsQuestion: newsQuestionFr,
  notSubject: /^(?:il|elle|ils|elles|on|ce|cela|ça|ceci|nous|vous|je|tu|mais|et|ou|donc|or|ainsi|puis|alors|cette|cet|ces|son|sa|ses|leur|leurs|c['’]|qu|en|dans|pour|selon)\b/iu,
};

/** German finite verbs the subject may be followed by: auxiliaries, modals and third-person forms. */
const FINITE_DE = /^(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|kann|können|konnte|konnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|will|wollen|wollte|wollten|darf|dürfen|\p{Ll}{3,}(?:t|te|ten))$/u;

/**
 * German why: a main clause that opens with its subject, then a causal clause ("…, weil …", "…, denn …"). A
 * question puts the finite verb first and leaves the rest in place: "Die Stadt sperrt die Brücke ab, weil sie
 * marode ist." -> "Warum sperrt die Stadt die Brücke ab?". The subject is an article and nouns or a name (never
 * a pronoun or an adverbial: "Deshalb sperrt …" has its subject after the verb).
 */
function whyDe(sentence: string): string | null {
  const m = /^([^,;:"“„«»]{10,140}?), (?:weil|denn|da) /u.exec(sentence);
  if (!m) return null;
  const words = m[1]!.split(' ');
  for (let k = 1; k <= 4 && k < words.length - 1; k++) {
    if (!FINITE_DE.test(words[k]!) || NOT_FINITE.test(words[k]!)) continue;
    const subject = subjectIn(words.slice(0, k), DE_SHAPE);
    if (!subject || !/^\p{Lu}/u.test(subject.split(' ').pop()!) || DE.notSubject.test(words[0]!)) return null;
    const rest = words.slice(k + 1).join(' ');
    if (!clauseOk(`${subject} ${rest}`, DE.notSubject)) return null;
    return `Warum ${words[k]} ${subject} ${rest}?`;
  }
  return null;
}

/** Words that end like a finite verb but are not one ("nicht", "jetzt", "Zeit"-less adverbs). */
const NOT_FINITE = /^(?:nicht|jetzt|erst|meist|zuletzt|bereits|selbst|längst|sonst|zunächst|zumindest|bislang|seit|gut|mit|weit|heute|etwa|recht|fast|bisher|meistens|sehr|mehr)$/u;

const DE: LangForms = {
  roles:
    /(?<!\p{L})(?:Minister|Ministerin|Präsident|Präsidentin|Bürgermeister|Bürgermeisterin|Chef|Chefin|Sprecher|Sprecherin|Professor|Professorin|Forscher|Forscherin|Direktor|Direktorin|Gründer|Gründerin|Vorsitzende|Vorsitzender|Vorstandschef|Vorstandschefin|Trainer|Trainerin|Spieler|Spielerin|Autor|Autorin|Abgeordnete|Abgeordneter|Kanzler|Kanzlerin|Geschäftsführer|Geschäftsführerin|Experte|Expertin|Richter|Richterin|Anwalt|Anwältin|Leiter|Leiterin|Konzernchef|Regierungschef|Ökonom|Ökonomin|Analyst|Analystin|Landwirt|Landwirtin|Ingenieur|Ingenieurin|Unternehmer|Unternehmerin|Künstler|Künstlerin|Journalist|Journalistin|Politiker|Politikerin|Arzt|Ärztin|Schauspieler|Schauspielerin|Sänger|Sängerin|Musiker|Musikerin|Schriftsteller|Schriftstellerin|Physiker|Physikerin|Biologe|Biologin|Historiker|Historikerin|Intendant|Intendantin|Oberbürgermeister|Oberbürgermeisterin|Ministerpräsident|Ministerpräsidentin|Landrat|Landrätin|Staatssekretär|Staatssekretärin|Pressesprecher|Pressesprecherin|Polizeisprecher|Polizeisprecherin|Inhaber|Inhaberin|Generalsekretär|Generalsekretärin|Botschafter|Botschafterin|Regisseur|Regisseurin|Dirigent|Dirigentin|Kapitän|Kapitänin|Radprofi|Weltmeister|Weltmeisterin|Olympiasieger|Olympiasiegerin|Bundestrainer|Bundestrainerin)(?!\p{L})/u,
  who: (n) => `Wer ist ${n}?`,
  definition: (s) => {
    const m = /^((?:Der |Die |Das )?\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,3}) (?:ist|sind) (?:ein|eine|einer|der|die|das)\b/u.exec(s);
    if (!m || DE.notSubject.test(m[1]!)) return null;
    const term = m[1]!.replace(/^(Der|Die|Das) /, (a) => a.toLowerCase());
    return { term, question: personDefined(term, s.slice(m[0].length), DE.roles) ? `Wer ist ${term}?` : `Was ist ${term}?` };
  },
  howMany: (s) => countQuestion(s, 'de'),
  why: (s) => whyDe(s),
  says: { re: new RegExp(`(?:sagte|sagt|erklärte|erklärt|betonte|betont|so|laut) ((?:\\p{Lu}[\\p{Ll}'’-]+ ){1,2}\\p{Lu}[\\p{Ll}'’-]+)`, 'u'), question: (n) => `Was sagt ${n}?` },
  // Not "wird/werden": they are also the passive ("informiert werden"); plan words say what will happen.
  future: /(?<!\p{L})(?:soll|sollen|plant|planen|künftig|demnächst|voraussichtlich)(?!\p{L})/u,
  next: 'Wie geht es weiter?',
  when: /(?<![\p{L}])(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|morgen|nächste[nrms]?|kommende[nrms]?|bald|ab sofort|bis Ende|Ende des Jahres|20\d\d)(?![\p{L}])/u,
  news: 'Was ist passiert?',
  newsQuestion: newsQuestionDe,
  notSubject: /^(?:er|sie|es|man|das|dies|dieser|diese|dieses|wir|ihr|ich|du|aber|und|oder|denn|doch|dann|so|auch|sein|ihre?|seine?|dort|hier|nach|in|im|am|bei|mit|für|laut)\b/iu,
};

const ES: LangForms = {
  roles:
    /\b(?:ministro|ministra|presidente|presidenta|alcalde|alcaldesa|director|directora|portavoz|profesor|profesora|investigador|investigadora|fundador|fundadora|jefe|jefa|diputado|diputada|senador|senadora|juez|jueza|abogado|abogada|entrenador|técnico|jugador|jugadora|delantero|autor|autora|secretario|secretaria|gobernador|gobernadora|fiscal|comandante|general|vocero|vocera|experto|experta|economista|analista|científico|científica)\b/iu,
  who: (n) => `¿Quién es ${n}?`,
  definition: (s) => {
    const m = /^((?:El |La |Los |Las )?\p{Lu}[\p{L}\p{N}-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}-]*){0,3}) (?:es|son) (?:un|una|el|la|los|las)\b/u.exec(s);
    if (!m || ES.notSubject.test(m[1]!)) return null;
    const term = m[1]!.replace(/^(El|La|Los|Las) /, (a) => a.toLowerCase());
    return { term, question: personDefined(term, s.slice(m[0].length), ES.roles) ? `¿Quién es ${term}?` : `¿Qué es ${term}?` };
  },
  howMany: (s) => countQuestion(s, 'es'),
  why: (s) => {
    const because = /^(.{10,140}?),? (?:porque|debido a|ya que|dado que|a causa de)\b/u.exec(s);
    const dueTo = /^(?:Debido a|A causa de)[^,]{3,140}, (.{10,140}?)\.$/u.exec(s);
    const clause = (because?.[1] ?? dueTo?.[1])?.trim();
    if (!clause || !clauseOk(clause, ES.notSubject)) return null;
    return `¿Por qué ${lowerFirst(clause)}?`;
  },
  says: { re: new RegExp(`(?:dijo|afirmó|explicó|declaró|aseguró|señaló|según|indicó) ((?:\\p{Lu}[\\p{Ll}'’-]+ ){1,2}\\p{Lu}[\\p{Ll}'’-]+)`, 'u'), question: (n) => `¿Qué dijo ${n}?` },
  // A plan, not a hope or a possibility ("espera", "podría"); accented endings need letter bounds, not \b.
  future: /(?<!\p{L})(?:va a|van a|será|serán|prevé|prevén|planea|planean|se espera que|\p{L}+(?:ará|erá|irá|arán|erán|irán))(?!\p{L})/iu,
  next: '¿Qué pasará ahora?',
  when: /(?<![\p{L}])(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|próximo|próxima|próximos|próximas|pronto|este año|este mes|esta semana|fin de|finales de|20\d\d)(?![\p{L}])/iu,
  news: '¿Qué ha pasado?',
  newsQuestion: newsQuestionEs,
  notSubject: /^(?:él|ella|ellos|ellas|esto|eso|este|esta|estos|estas|ese|esa|se|lo|la|nosotros|yo|pero|y|o|aunque|entonces|así|además|su|sus|en|para|según|con)\b/iu,
};

const PT: LangForms = {
  roles:
    /\b(?:ministro|ministra|presidente|presidenta|prefeito|prefeita|diretor|diretora|porta-voz|professor|professora|pesquisador|pesquisadora|fundador|fundadora|chefe|deputado|deputada|senador|senadora|juiz|juíza|advogado|advogada|técnico|treinador|jogador|jogadora|atacante|autor|autora|secretário|secretária|governador|governadora|general|comandante|especialista|economista|analista|cientista)\b/iu,
  who: (n) => `Quem é ${n}?`,
  definition: (s) => {
    const m = /^((?:O |A |Os |As )?\p{Lu}[\p{L}\p{N}-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}-]*){0,3}) (?:é|são) (?:um|uma|o|a|os|as)\b/u.exec(s);
    if (!m || PT.notSubject.test(m[1]!)) return null;
    const term = m[1]!.replace(/^(O|A|Os|As) /, (a) => a.toLowerCase());
    return { term, question: `O que é ${term}?` };
  },
  howMany: (s) => countQuestion(s, 'pt'),
  why: (s) => {
    const because = /^(.{10,140}?),? (?:porque|devido a|já que|por causa d)/u.exec(s);
    const dueTo = /^(?:Devido a|Por causa d)[^,]{3,140}, (.{10,140}?)\.$/u.exec(s);
    const clause = (because?.[1] ?? dueTo?.[1])?.trim();
    if (!clause || !clauseOk(clause, PT.notSubject)) return null;
    return `Por que ${lowerFirst(clause)}?`;
  },
  says: { re: new RegExp(`(?:disse|afirmou|explicou|declarou|segundo|destacou|ressaltou) ((?:\\p{Lu}[\\p{Ll}'’-]+ ){1,2}\\p{Lu}[\\p{Ll}'’-]+)`, 'u'), question: (n) => `O que disse ${n}?` },
  future: /(?<!\p{L})(?:vai|vão|será|serão|prevê|preveem|planeja|planejam|deverá|deverão|\p{L}+(?:ará|erá|irá|arão|erão|irão))(?!\p{L})/iu,
  next: 'O que acontece agora?',
  when: /(?<![\p{L}])(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|amanhã|próximo|próxima|próximos|próximas|em breve|este ano|este mês|esta semana|ano que vem|fim d[oa]|final d[oa]|20\d\d)(?![\p{L}])/iu,
  news: 'O que aconteceu?',
  newsQuestion: newsQuestionPt,
  notSubject: /^(?:ele|ela|eles|elas|isso|isto|este|esta|esse|essa|se|nós|eu|mas|e|ou|porém|então|assim|além|seu|sua|seus|suas|em|no|na|para|segundo|com)\b/iu,
};

const RU: LangForms = {
  roles:
    /(?<!\p{L})(?:министр|президент|мэр|директор|глава|пресс-секретарь|профессор|основатель|председатель|губернатор|депутат|судья|тренер|премьер-министр|руководитель|эксперт|аналитик|экономист|учёный|ученый|адвокат|представитель)(?!\p{L})/iu,
  who: (n) => (/(?:ова|ева|ина|ская|ая)$/u.test(n) ? `Кто такая ${n}?` : `Кто такой ${n}?`),
  definition: (s) => {
    const m = /^(\p{Lu}[\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+){0,3}) — это\b/u.exec(s);
    if (!m || RU.notSubject.test(m[1]!)) return null;
    return { term: m[1]!, question: `Что такое ${m[1]}?` };
  },
  howMany: (s) => {
    // After a number ending in 0, 5-9 or 11-14 the noun is in the genitive plural, the form "сколько" takes.
    const m = /(?<![\d,.])(\d*(?:[05-9]|1[1-4])) ([а-яё]{4,})(?![а-яё])/u.exec(s);
    if (!m || UNIT_NOUNS.test(m[2]!)) return null;
    return `Сколько ${m[2]}?`;
  },
  why: (s) => {
    const m = /^(.{10,140}?),? (?:потому что|так как|поскольку|из-за)\b/u.exec(s);
    const clause = m?.[1]?.trim();
    if (!clause || !clauseOk(clause, RU.notSubject)) return null;
    return `Почему ${lowerFirst(clause)}?`;
  },
  future: /(?<!\p{L})(?:будет|будут|планирует|планируют|намерен|намерена|намерены|собирается|собираются|ожидается)(?!\p{L})/iu,
  next: 'Что будет дальше?',
  when: /(?<![\p{L}])(?:январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яе]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|завтра|следующ\p{L}+|скоро|в этом году|20\d\d)(?![\p{L}])/iu,
  news: 'Что произошло?',
  notSubject: /^(?:он|она|оно|они|это|этот|эта|эти|мы|я|но|и|или|однако|поэтому|так|его|её|их|в|на|по)(?!\p{L})/iu,
};

const JA: LangForms = {
  roles: /首相|大統領|社長|会長|氏|教授|大臣|知事|市長|監督|選手|代表|長官|議員|CEO/u,
  who: (n) => `${n}氏とは誰ですか？`,
  definition: (s) => {
    const m = /^([^、。はがを]{2,20})とは、?[^。]{4,}(?:である|です|だ|のこと)。$/u.exec(s);
    return m ? { term: m[1]!, question: `${m[1]}とは何ですか？` } : null;
  },
  // What a named thing costs: "1年版ライセンスは2900円（税込）で…" -> "1年版ライセンスはいくらですか？" (the topic
  // before は, the price right after it).
  howMany: (s) => {
    const m = /^([^、。はがを「」（）]{2,16})は(?:約|およそ|税込|税別|月額|年額)?[\d,.]+(?:万|億)?(?:円|ドル|ユーロ)/u.exec(s);
    if (!m || JA.notSubject.test(m[1]!) || /^\d/.test(m[1]!.replace(/^\d+年版/u, ''))) return null;
    return `${m[1]}はいくらですか？`;
  },
  why: () => null,
  // "山田氏は「…」と述べた。": the topic before は (a name, with its honorific) and a quotation it said.
  says: {
    re: /^([\p{Script=Han}\p{Script=Katakana}ー]{2,8}(?:氏|さん|教授|社長|会長|代表|首相|大臣|知事|市長|監督)?)は、?[^。「]{0,40}「[^」]{4,}」と(?:述べ|話し|語っ|説明し|強調し|指摘し|言っ|明かし)/u,
    question: (n) => `${n}は何と言ったのですか？`,
  },
  future: /予定|見通し|方針|計画|見込み|今後|来年|来月/u,
  next: '今後どうなりますか？',
  news: '何が起きたのですか？',
  newsQuestion: newsQuestionJa,
  notSubject: /^(?:これ|それ|あれ|この|その|彼|彼女|しかし|また|そして)/u,
};

/** Korean picks 은/이란 after a final consonant, 는/란 after a vowel. */
const hasFinal = (word: string) => {
  const c = word.charCodeAt(word.length - 1);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
};

const KO: LangForms = {
  roles: /대통령|장관|대표|회장|교수|총리|시장|의원|감독|선수|사장|위원장|대변인/u,
  who: (n) => `${n}${hasFinal(n) ? '은' : '는'} 누구인가요?`,
  definition: (s) => {
    const m = /^([가-힣A-Za-z0-9 ]{2,20}?)(?:이란|란|은|는) [^.]{4,}(?:이다|입니다|말한다|뜻한다)\.$/u.exec(s);
    if (!m || KO.notSubject.test(m[1]!)) return null;
    return { term: m[1]!, question: `${m[1]}${hasFinal(m[1]!) ? '이란' : '란'} 무엇인가요?` };
  },
  howMany: () => null,
  why: () => null,
  future: /예정|계획|방침|전망|내년|다음 달/u,
  next: '앞으로 어떻게 되나요?',
  news: '무슨 일이 있었나요?',
  notSubject: /^(?:이|그|저|이것|그것|그는|그녀|하지만|그러나|또한|그리고)/u,
};

const FORMS: Record<string, LangForms> = { fr: FR, de: DE, es: ES, pt: PT, ru: RU, ja: JA, ko: KO };

export function formsFor(lang: string): LangForms | null {
  return FORMS[lang] ?? null;
}

/** A German compound ending in a role ("Justizministerin", "Außenminister", "Vereinspräsident"). */
const COMPOUND_ROLE_DE = /^\p{Lu}\p{Ll}+(?:minister|ministerin|präsident|präsidentin|chef|chefin|sprecher|sprecherin|direktor|direktorin|trainer|trainerin|leiter|leiterin|bürgermeister|bürgermeisterin|vorsitzender|vorsitzende)$/u;

/** The people named beside a role word ("le ministre Jean Dupont", "Jean Dupont, porte-parole de..."). */
export function introducedPeople(sentence: string, lang: string, forms: LangForms): string[] {
  const out: string[] = [];
  if (lang === 'ja' || lang === 'ko') {
    const re =
      lang === 'ja'
        ? new RegExp(`([\\p{Script=Han}\\p{Script=Katakana}ー]{2,6})(?:${forms.roles.source})`, 'gu')
        : new RegExp(`(?<![가-힣])([가-힣]{2,4}) (?:${forms.roles.source})`, 'gu');
    for (const m of sentence.matchAll(re)) if (!forms.notSubject.test(m[1]!)) out.push(m[1]!);
    return out;
  }
  for (const m of sentence.matchAll(NAME_RE)) {
    const name = m[1]!;
    // "Sprecherin Katarina Barley", "Justizministerin Katarina Barley": a role (German: perhaps a compound)
    // opens the capitalised run; the person is the rest.
    const first = name.split(' ')[0]!;
    if (name.split(' ').length === 3 && (forms.roles.test(first) || (lang === 'de' && COMPOUND_ROLE_DE.test(first)))) {
      out.push(name.slice(first.length + 1));
      continue;
    }
    if (forms.notSubject.test(name) || forms.roles.test(name)) continue;
    const before = (sentence.slice(Math.max(0, m.index - 40), m.index).split(/[,.;:]/).pop() ?? '').trim().split(/\s+/).slice(-3).join(' ');
    const after = sentence.slice(m.index + name.length, m.index + name.length + 80);
    if (forms.roles.test(before) || (/^,/.test(after) && forms.roles.test(after.slice(1).split(/[,.;]/)[0] ?? ''))) out.push(name);
  }
  return out;
}
