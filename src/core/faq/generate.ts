/**
 * A generated FAQ for articles whose page has none: 3 to 5 questions a reader would ask, each answered by one
 * or two sentences quoted verbatim from the article (the popup finds the answer in the page by its text).
 *
 * Sources, best first: the article's own question-shaped headings answered by their section; definitional
 * sentences ("X is a ..."); who the main person is; how much money is involved; why (a "because" sentence);
 * what comes next. A question is only asked when its answer holds what it asks for (a role for who, an amount
 * for how much, a reason for why) and reads on its own: no fragments, captions, bylines or pull quotes.
 * English and Chinese have templates; other languages get only headings that are questions already.
 */
import type { Article, Block, FaqItem } from '../types';
import { hasAnswerType, hasMoney, hasReason, hasTime, questionType } from './answerType';
import { isDependent } from '../summarize/standalone';
import { createAskIndex, leansBack, scoreUnits, type AskIndex, type ScoredUnit } from './ask';
import {
  appositiveQuestionEn,
  definitionQuestion,
  headingToQuestion,
  howManyQuestion,
  howMuchQuestion,
  introducesPerson,
  peopleEn,
  ROLE_ZH_RE,
  talksAboutNext,
  whyQuestion,
  type Definition,
} from './questions';
import { clip } from '../text/segment';
import { isBoilerplate, stripDateline } from '../text/boilerplate';
import { formsFor, introducedPeople, type LangForms } from './forms';
import { articleBlocks, sentenceUnits, spanText, type Unit } from './units';
import { countQuestionEn, happenedInQuestion, happenedToQuestion, identifiedQuestion, newsQuestionEn, newsQuestionZh, whenPastQuestionEn, whenQuestionEn } from './newsForms';
import { looksLikePersonName, namedMidSentence } from './askable';
import { speakerIn } from './speakers';
import { factQuestion } from './factForms';

const MAX_QUESTIONS = 5;
/**
 * Questions come from the first this-many characters of the article (about 6,000 words): a reader's questions
 * are about what the article is mostly about, which a long page states well before its end, and heading
 * questions score every sentence, so the cost must not grow with the page.
 */
const MAX_CHARS = 36_000;

/** The article's blocks up to MAX_CHARS, whole blocks only (answers are quoted verbatim from them). */
function leadingBlocks(article: Pick<Article, 'text' | 'blocks'>): Block[] {
  const blocks = articleBlocks(article.blocks.length > 0 ? article : { text: clip(article.text, 2 * MAX_CHARS), blocks: [] });
  let chars = 0;
  let n = 0;
  while (n < blocks.length && chars < MAX_CHARS) chars += blocks[n++]!.text.length;
  const out = blocks.slice(0, n);
  // One enormous block (a page that is a single paragraph) is cut at a sentence end.
  const last = out[out.length - 1];
  if (last && chars > 2 * MAX_CHARS) out[out.length - 1] = { ...last, text: clip(last.text, MAX_CHARS) };
  return out;
}

/**
 * The article's sentences and the blocks they sit in: what the template questions read. The full ask index
 * (term postings for ranking) is a superset, built only when a heading asks a question.
 */
type Sections = Pick<AskIndex, 'blocks' | 'units' | 'blockUnits'>;

/** Sentences of the blocks, cut as createAskIndex cuts them (same units, same numbering). */
function sectionsOf(blocks: Block[], lang: string): Sections {
  const units = sentenceUnits(blocks, lang);
  const blockUnits: number[][] = blocks.map(() => []);
  units.forEach((u, i) => blockUnits[u.block]!.push(i));
  return { blocks, units, blockUnits };
}

interface Candidate {
  question: string;
  /** A question the page marks as one ("Q: ..."). */
  marked?: boolean;
  /**
   * A question written from its answer: shown only when asking it of the article gives that answer first (a
   * question whose words point at another sentence would be answered by that one). The page's own questions
   * and the general fillers are answered by position instead.
   */
  written?: boolean;
  /** The news itself: asked of every article without questions of its own, shown first. */
  news?: boolean;
  /** First and last unit of the answer (adjacent, same block). */
  from: number;
  to: number;
}

function baseLang(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? '').toLowerCase();
}

/** A sentence that reads on its own as an answer: whole, from the body text, not a byline or pull quote. */
function isAnswerSentence(u: Unit, lang: string): boolean {
  if (u.kind !== 'p' && u.kind !== 'li') return false;
  const t = u.text;
  if (!/[.!?。！？…]["'”’」』)）]*$/.test(t)) return false;
  // A sentence cut at an abbreviation ("… el Manchester United vs.") is a fragment, not a sentence.
  if (/(?<![\p{L}])(?:vs|Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Nr|Abs|bzw|ca|etc|z\.B|Sra?|Dra?)\.$/u.test(t)) return false;
  if (isBoilerplate(t, lang)) return false;
  // A sentence that is entirely a quotation, out of its paragraph, is a pull quote.
  if (/^["“«「『]/.test(t) && /["”»」』][.!?。！？]?$/.test(t)) return false;
  if (lang === 'zh' || lang === 'ja') return t.length >= 12 && t.length <= 160;
  if (/^[a-z]/.test(t)) return false;
  const n = t.split(/\s+/).length;
  return n >= 7 && n <= 60;
}

/**
 * A sentence that continues the one before ("Denn ...", "But ...", "She ...", "Danach ging er ..."): quoted alone
 * it answers nothing, so it is quoted with that sentence. The TL;DR's rule (summarize/standalone.ts) and ask's
 * pronoun rule together: one notion of "leans on the previous sentence" for everything a reader reads.
 */
function leansOnPrevious(sentence: string): boolean {
  return leansBack(sentence) || isDependent(sentence);
}

/** The answer span for a sentence: with the one before when it leans back on it ("It was..."), or null. */
function answerSpan(index: Sections, unit: number, lang: string): [number, number] | null {
  const u = index.units[unit]!;
  if (!isAnswerSentence(u, lang)) return null;
  if (!leansOnPrevious(u.text)) return [unit, unit];
  const prev = index.units[unit - 1];
  if (prev && prev.block === u.block && isAnswerSentence(prev, lang) && !leansOnPrevious(prev.text)) return [unit - 1, unit];
  return null;
}

/** Units of the section under heading block `h`: up to the next heading of the same or a higher level. */
function sectionUnits(index: Sections, h: number): number[] {
  const blocks = index.blocks;
  const level = blocks[h]!.level ?? 2;
  const out: number[] = [];
  for (let b = h + 1; b < blocks.length; b++) {
    const blk = blocks[b]!;
    if (blk.kind === 'h' && (blk.level ?? 2) <= level) break;
    out.push(...index.blockUnits[b]!);
  }
  return out;
}

/** The headings that read as questions (or can be made into ones), by block index. */
function headingQuestions(blocks: Block[], lang: string, body: string): Map<number, string> {
  const out = new Map<number, string>();
  blocks.forEach((b, h) => {
    if (b.kind !== 'h' || isBoilerplate(b.text, lang)) return;
    const question = headingToQuestion(b.text, lang, body);
    if (question) out.set(h, question);
  });
  return out;
}

function headingCandidates(index: AskIndex, lang: string, questions: Map<number, string>): Candidate[][] {
  const out: Candidate[][] = [];
  index.blocks.forEach((_b: Block, h) => {
    const question = questions.get(h);
    if (!question) return;
    const section = new Set(sectionUnits(index, h));
    if (section.size === 0) return;
    const type = questionType(question);
    const scored = scoreUnits(index, question, type).filter((s) => section.has(s.unit));
    for (const s of scored) {
      // The section's own words rank it; a why-question still needs a sentence that gives a reason.
      if (type === 'reason' && hasReason(index.units[s.unit]!.text)) s.score *= 1.5;
    }
    scored.sort((a, b) => b.score - a.score);
    // The section's first sentence answers its heading when no sentence matches better, unless the heading
    // asks for something (an amount, a date, a reason) that sentence does not hold.
    const order = [...scored.map((s) => s.unit), ...section];
    const typed = type === 'time' || type === 'number' || type === 'money' || type === 'reason';
    for (const unit of order) {
      if (typed && !hasAnswerType(index.units[unit]!.text, type, question)) continue;
      const span = answerSpan(index, unit, lang);
      if (span) {
        out.push([{ question, from: span[0], to: span[1] }]);
        return;
      }
    }
  });
  return out;
}

/**
 * The sentences that give `test`'s question, as alternatives (first is best): when an earlier question already
 * took the first answer, the next one can still be used.
 */
function firstUnit(index: Sections, lang: string, test: (u: Unit, i: number) => string | null, max = 3): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < index.units.length && out.length < max; i++) {
    const u = index.units[i]!;
    const question = test(u, i);
    if (!question) continue;
    const span = answerSpan(index, i, lang);
    if (span) out.push({ question, from: span[0], to: span[1] });
  }
  return out;
}

/**
 * Questions of one shape that differ ("What did Apple announce?", "What happened to Jean Dupont?"): each its
 * own group, the first `max` distinct questions in article order, so one shape can ask about two things.
 */
function distinctQuestions(index: Sections, lang: string, max: number, test: (u: Unit, i: number) => string | null): Candidate[][] {
  const groups = new Map<string, Candidate[]>();
  for (const c of firstUnit(index, lang, test, 2 * max)) {
    const key = c.question.toLowerCase();
    if (!groups.has(key) && groups.size < max) groups.set(key, []);
    groups.get(key)?.push(c);
  }
  return [...groups.values()];
}

function templateCandidates(index: Sections, lang: string, body: string): Candidate[][] {
  const out: Candidate[][] = [];
  const push = (c: Candidate[]) => c.length > 0 && out.push(c);

  // Definitions: up to two, for the first things the article defines.
  const defined = new Set<string>();
  // Each sentence's definition, read once for both passes (the second pass reads the same sentences again).
  const definitions = new Map<number, Definition | null>();
  for (let k = 0; k < 2; k++) {
    push(
      firstUnit(index, lang, (u, i) => {
        let d = definitions.get(i);
        if (d === undefined) definitions.set(i, (d = definitionQuestion(u.text, lang)));
        // "Time is a resource": one capitalised word the body otherwise writes in lower case is a common noun.
        if (d && /^[A-Z][a-z]+$/.test(d.term) && commonNoun(d.term, body)) return null;
        // "What is More clean energy?": the subject must be a name the article writes capitalised mid-sentence.
        // An English common noun with its article ("A living shoreline is ...") is asked about when the article
        // comes back to it; "More clean energy", "Every Hermitian matrix" and "Please note" are not.
        if (d && lang !== 'zh' && !namedMidSentence(d.term.split(/['’]s /)[0]!, body) && !(lang === 'en' && returnsTo(d.term, body))) return null;
        return d && !defined.has(d.term.toLowerCase()) && (defined.add(d.term.toLowerCase()), true) ? d.question : null;
      }),
    );
  }

  // Who: the most mentioned person, answered by the sentence that says who they are.
  if (lang === 'en') {
    // The first two names that read as people, checked one by one: each check reads the whole body, and an
    // article can name hundreds of capitalised pairs.
    const people: string[] = [];
    for (const n of peopleEn(body)) {
      if (people.length === 2) break;
      if (looksLikePersonName(n, body)) people.push(n);
    }
    let asked = false;
    for (const name of people) {
      const c = firstUnit(index, lang, (u) => (introducesPerson(u.text, name, lang) ? `Who is ${name}?` : null));
      if (c.length > 0) {
        out.push(c);
        asked = true;
      }
    }
    // The story's main person, named by no role word: the first sentence of the article's first half that opens
    // with their full name tells who they are in this story ("Nadia Mohamed, 27, won with 58% of the vote ...").
    const main = people[0];
    if (!asked && main && body.split(main.split(' ').pop()!).length - 1 >= 3) {
      const half = Math.floor(index.units.length / 2);
      const opens = new RegExp(`^${main.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:,\\s(?:\\d{1,3}|a|an|the|who)\\b|\\s(?:(?:is|was) (?:a|an|the)|won|became|leads|founded|runs|has been|was elected|was named)\\b)`);
      push(firstUnit(index, lang, (u, i) => (i < half && opens.test(u.text) ? `Who is ${main}?` : null), 1));
    }
  } else if (lang === 'zh') {
    const m = new RegExp(`${ROLE_ZH_RE.source}([\\u4e00-\\u9fff]{2,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)*)(?:表示|说|說|指出|认为|認為|称|稱|在|的)`).exec(body);
    const name = m?.[1];
    if (name && body.split(name).length > 2) {
      push(firstUnit(index, lang, (u) => (introducesPerson(u.text, name, lang) ? `${name}是谁？` : null)));
    }
  }

  if (lang === 'en') {
    // "Hotelied, a start-up that ...": what a named company, drug or law is, when the article names it again.
    push(
      firstUnit(index, lang, (u) => {
        const d = appositiveQuestionEn(u.text);
        if (!d || defined.has(d.term.toLowerCase()) || !namedMidSentence(d.term, body) || body.split(d.term).length < 3) return null;
        return d.question;
      }),
    );
  }
  if (lang === 'zh') out.push(...distinctQuestions(index, lang, 1, (u) => newsQuestionZh(u.text)));
  if (lang === 'en') out.push(...saysCandidates(index, lang, SAYS_EN_RE, (n) => `What did ${TITLE_EN_RE.test(n) ? 'the ' : ''}${n} say?`, body, []));
  if (lang === 'zh') out.push(...saysCandidates(index, lang, SAYS_ZH_RE, (n) => `${n}说了什么？`, body, []));
  push(firstUnit(index, lang, (u) => (hasMoney(u.text) ? howMuchQuestion(u.text, lang) : null)));
  if (lang === 'en') {
    push(firstUnit(index, lang, (u) => identifiedQuestion(u.text, lang), 1));
    push(firstUnit(index, lang, (u) => howManyQuestion(u.text)));
    out.push(...distinctQuestions(index, lang, 2, (u) => countQuestionEn(u.text)));
    push(firstUnit(index, lang, (u) => whenQuestionEn(u.text)));
    push(firstUnit(index, lang, (u) => whenPastQuestionEn(u.text)));
    out.push(...distinctQuestions(index, lang, 2, (u) => newsQuestionEn(u.text)));
    out.push(...distinctQuestions(index, lang, 2, (u) => happenedToQuestion(u.text, lang, (n) => looksLikePersonName(n, body))));
  }
  push(
    firstUnit(index, lang, (u) => {
      const q = hasReason(u.text) ? whyQuestion(u.text, lang) : null;
      // "Why were Regulations created?": a word capitalised only because it opened the sentence.
      const subject = q && lang === 'en' ? /^Why \w+ ([A-Z][a-z]+) [a-z]/.exec(q)?.[1] : undefined;
      return subject && commonNoun(subject, body) ? q!.replace(` ${subject} `, ` ${subject.toLowerCase()} `) : q;
    }),
  );

  return out;
}

/**
 * An English common noun phrase worth defining: with its article ("The run-up in borrowing costs is ..."), or
 * without one when the article writes it again in lower case ("Neon lighting is ..." and later "neon
 * lighting"). Not a superlative or a quantity ("The most notable example", "More clean energy"), and not a
 * sentence's opening words that name nothing ("Please note that this", "None of this").
 */
function returnsTo(term: string, body: string): boolean {
  const m = /^(?:(the|a|an) )?([A-Za-z][a-z-]+(?: [a-z][a-z-]+){0,3})$/i.exec(term);
  if (!m) return false;
  const phrase = m[2]!;
  const first = phrase.split(' ')[0]!.toLowerCase();
  if (/^(?:most|more|less|least|first|last|best|worst|next|current|other|same|only|main|latest|every|none|please|imagine|some|any|all)$/.test(first)) return false;
  if (m[1]) return true;
  const lower = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  return body.split(lower).length - 1 >= 1;
}

/** The word appears in the body in lower case more often than capitalised. */
function commonNoun(word: string, body: string): boolean {
  const lower = body.split(new RegExp(`\\b${word.toLowerCase()}\\b`)).length - 1;
  const upper = body.split(new RegExp(`\\b${word}\\b`)).length - 1;
  return lower > 0 && lower >= upper;
}

/** Languages whose script has capitals, so that a capital mid-sentence marks a name (or a German noun). */
function cased(lang: string): boolean {
  return lang !== 'ja' && lang !== 'ko' && lang !== 'zh';
}

/** The questions of a language with forms (forms.ts): who, how many, why, what is. */
function formCandidates(index: Sections, lang: string, forms: LangForms, body: string): Candidate[][] {
  const out: Candidate[][] = [];
  const push = (c: Candidate[]) => c.length > 0 && out.push(c);
  // Who: the people introduced with a role, the most mentioned first.
  const people = new Set<string>();
  for (const u of index.units) for (const name of introducedPeople(u.text, lang, forms)) people.add(name);
  const mentions = (name: string) => body.split(name).length - 1;
  const ranked = [...people].filter((n) => !cased(lang) || looksLikePersonName(n, body)).sort((a, b) => mentions(b) - mentions(a)).slice(0, 2);
  for (const name of ranked) push(firstUnit(index, lang, (u) => (introducedPeople(u.text, lang, forms).includes(name) ? forms.who(name) : null)));
  if (forms.says) out.push(...saysCandidates(index, lang, forms.says.re, forms.says.question, body, ranked));
  push(firstUnit(index, lang, (u) => identifiedQuestion(u.text, lang), 1));
  push(firstUnit(index, lang, (u) => forms.howMany(u.text)));
  push(
    firstUnit(index, lang, (u) => {
      // "Por que errei lá atrás ...?": a clause opening with a verb is someone speaking in the first person; the
      // subject must be an article's noun phrase or a name the article capitalises mid-sentence.
      const q = forms.why(u.text);
      if (!q) return null;
      const first = u.text.split(/\s+/)[0]!;
      const subject = /^(?:o|a|os|as|um|uma|el|la|los|las|un|una|le|les|l['’]\S*|des|du|en|este|esta|estos|estas|esse|essa|cette|ce|cet|ces|der|die|das)$/i.test(first) || namedMidSentence(first, body);
      return subject ? q : null;
    }),
  );
  push(
    firstUnit(index, lang, (u) => {
      const d = forms.definition(u.text);
      // "Was ist Leider?": a word capitalised only because it opens the sentence is not a thing to define.
      return d && (!cased(lang) || namedMidSentence(d.term, body)) ? d.question : null;
    }),
  );
  // What a named subject wants, when its event is, what it costs: press releases and notices state these in
  // the present tense, so they have no news question (factForms.ts).
  // Its subject opens with an article or is a name the article writes capitalised mid-sentence: a capital only
  // because the sentence starts there ("Zusätzlich empfiehlt …") names nothing.
  out.push(
    ...distinctQuestions(index, lang, 2, (u) => {
      const f = factQuestion(u.text, lang);
      return f && (/^(?:(?:der|die|das|le|la|les|el|los|las)\s|l['’])/u.test(f.subject) || namedMidSentence(f.subject, body)) ? f.question : null;
    }),
  );
  const named = forms.newsQuestion;
  if (named) out.push(...distinctQuestions(index, lang, 2, (u) => named(u.text)));
  out.push(...distinctQuestions(index, lang, 2, (u) => happenedToQuestion(u.text, lang, (n) => looksLikePersonName(n, body))));
  return out;
}

/** A capitalised run that is a title, not a person's name: "Cambridge Police Commissioner" takes "the". */
const TITLE_EN_RE =
  /\b(?:Commissioner|Chief|Director|Secretary|Minister|Officer|Spokesman|Spokeswoman|Spokesperson|Department|Police|Council|Committee|Commission|Board|Office|Agency|Ministry|Authority|Service|Court|Government|Administration|Company|Group|Association|Institute|Foundation|University|Party)\b/;

const SAYS_EN_RE =
  /(?:said|says|added|warned|argued|explained|wrote) (?!The )(?:(?:Senator|President|Judge|Dr|Mr|Mrs|Ms|Professor|Chancellor|Minister|Governor|Mayor) )?((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+)\b/u;

/**
 * Common Chinese family names: a sentence opening with one and a verb of saying ("卢宇说，…") names a person; the
 * caller also wants the name three times in the article (a person the story follows, not "高管说").
 */
const SURNAME_ZH =
  '王|李|张|張|刘|劉|陈|陳|杨|楊|黄|黃|赵|趙|吴|吳|周|徐|孙|孫|马|馬|朱|胡|郭|何|林|罗|羅|郑|鄭|梁|谢|謝|宋|唐|许|許|韩|韓|冯|馮|邓|鄧|曹|彭|曾|肖|萧|蕭|董|袁|潘|蒋|蔣|蔡|杜|叶|葉|苏|蘇|魏|吕|呂|丁|沈|姚|卢|盧|姜|崔|钟|鍾|谭|譚|陆|陸|汪|范|廖|贾|賈|夏|韦|韋|邹|鄒|孟|熊|秦|邱|尹|薛|闫|侯|黎|贺|賀|顾|顧|毛|郝|龚|龔|邵|钱|錢|严|嚴|戴|孔|汤|湯';

/**
 * Chinese: a sentence that opens with its speaker and a verb of saying ("DeepMind表示，…", "教授李明指出：…"). A
 * name in Han characters only after a role word (any two characters open sentences: "公司表示", "专家说").
 */
const SAYS_ZH_RE = new RegExp(
  `^(?:${ROLE_ZH_RE.source})?((?<=${ROLE_ZH_RE.source})[\\u4e00-\\u9fff]{2,3}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}|(?:${SURNAME_ZH})[\\u4e00-\\u9fff]{1,2}(?=(?:还|還|也)?(?:表示|说|說|指出|强调|強調)[，,：:]))(?:还|還|也|则|則|更)?(?:表示|说|說|指出|强调|強調)[，,：:]`,
  'u',
);

/**
 * "What did Marc Goldwein say?": a person quoted with a reporting verb before the name ("said Marc Goldwein";
 * "South Africa said" puts a country there, "said South Africa" hardly ever; "told" is followed by whom it was
 * told, "told The Independent"),
 * answered by their first quotation that reads on its own. Not the people a who-question already asks about,
 * the most quoted first.
 */
const REPORTED_SUBJECT = /^\s(?:had|has|have|was|were|is|are|would|will|could|should|might|did|\p{Ll}+ed|hatte|habe|sei|war|wurde|avait|était|a|est|había|era|ha|fue|tinha|era|foi)(?![\p{L}])/u;

function saysCandidates(index: Sections, lang: string, re: RegExp, question: (name: string) => string, body: string, asked: string[]): Candidate[][] {
  // The language's own "said X" first; then a speaker who opens the sentence or follows a role (speakers.ts),
  // a name only when the article never writes its words in lower case ("Die Polizei", "Estados Unidos").
  const speakers = index.units.map((u) => {
    const m = re.exec(u.text);
    // "South Africa said Mr Mugabe had told ...": a name followed by its own verb is the subject of what was
    // said, not the speaker.
    const own = m && !REPORTED_SUBJECT.test(u.text.slice(m.index + m[0].length)) ? m[1] : undefined;
    // A Chinese name found by its family name alone must be one the article follows (three mentions).
    if (own && lang === 'zh' && !ROLE_ZH_RE.test(u.text.slice(0, u.text.indexOf(own))) && /^[\u4e00-\u9fff]+$/u.test(own) && body.split(own).length - 1 < 3) return null;
    if (own) return own;
    const other = speakerIn(u.text, lang);
    return other && looksLikePersonName(other, body) ? other : null;
  });
  const quoted = new Map<string, number>();
  for (const name of speakers) {
    if (name && !asked.includes(name)) quoted.set(name, (quoted.get(name) ?? 0) + 1);
  }
  const ranked = [...quoted.entries()].sort((a, b) => b[1] - a[1] || body.split(b[0]).length - body.split(a[0]).length);
  // The two most quoted speakers: a story that gives two people a voice (an official and a critic, a researcher
  // and a colleague) is asked about both, each answered by their first quote that round-trips.
  const names = ranked.slice(0, 2).map(([name]) => name);
  return names
    .map((name) =>
      firstUnit(index, lang, (_u, i) => (speakers[i] === name ? question(name) : null)),
    )
    .filter((c) => c.length > 0);
}

/**
 * A sentence that can answer "what happened": it names something (a capitalised word after the first, a number,
 * or Han/kana/Hangul text) and is not a caption. A feature's scene-setting opener ("Most people go to hotels
 * for...", "I'm not technophobic") names nothing and answers nothing.
 */
function newsy(sentence: string, lang: string): boolean {
  if (/^(?:\d|图为|圖為)/.test(sentence)) return false;
  // A question ("出国前：政治科目会出啥考题？") or a scene ("From the deck of his schooner, ...") states no news.
  if (/[?？]["”»」]?$/.test(sentence) || SCENE_OPENER[lang]?.test(sentence)) return false;
  // English: a sentence whose verb describes ("Yahoo's sale to Verizon is a complicated beast") with no verb of
  // something done (has/was/will, a past tense) among its first words states no news. Chinese: a completed or announced act (了, 已, 宣布 ...).
  const opening = sentence.split(/\s+/).slice(0, 14).join(' ');
  const describes = lang === 'en' ? DESCRIBES_EN.exec(opening) : null;
  if (describes && !NEWS_VERB_EN.test(opening.slice(0, describes.index))) return false;
  // "Zeev Sharon and Michael Forrest Jones both run hotel start-ups": no verb of something done anywhere.
  if (lang === 'en' && !NEWS_VERB_EN.test(sentence)) return false;
  if (lang === 'zh' && !NEWS_VERB_ZH.test(sentence)) return false;
  if (NEWS_VERB[lang] && !NEWS_VERB[lang]!.test(sentence)) return false;
  // A lead in the first person or addressed to the reader is a blog's or a column's: no news to ask about.
  if (FIRST_PERSON[lang]?.test(sentence.replace(/["“„«»”][^"“„«»”]*["“„«»”]/g, ''))) return false;
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(sentence) || /\d/.test(sentence) || /\s\p{Lu}/u.test(sentence.replace(/^\S+/, '').replace(/\s(?:I|I'm|I've|I'd)\b/g, ''));
}

/** Openings of a scene, a flashback or an address to the reader: a feature's first sentence, not news. */
const SCENE_OPENER: Record<string, RegExp> = {
  en: /^(?:From|Although|Though|While|When|As|Over|During|Inside|Outside|Under|Beneath|Behind|Across|Along|On a|In a|At a|A little|Long before|Once|Back in|For (?:years|decades|centuries|most)|Years ago|Decades ago|It was|There (?:is|are|was|were)|Imagine|Picture|Ever|If you|When you|Have you|According to|For more than|(?:In|By) (?:the (?:summer|spring|autumn|fall|winter|early|late|mid)\w* of )?1\d{3}\b)\b/,
  fr: /^(?:Depuis|Alors qu|Bien qu|Lorsqu|Quand|Il était|Imaginez|Si vous|Au cœur|À l['’]heure)/u,
  es: /^(?:Mientras|Aunque|Cuando|Desde hace|Había una|Imagine|Si usted)(?![\p{L}])/u,
  pt: /^(?:Enquanto|Embora|Quando|Era uma|Imagine|Se você)(?![\p{L}])/u,
  de: /^(?:Während|Obwohl|Als|Wenn|Es war|Stellen Sie sich|Seit Jahren)(?![\p{L}])/u,
};
const DESCRIBES_EN = /\b(?:is|are) (?:a|an|the|one of|still|not|just|only|more|less|now)\b/;
const NEWS_VERB_EN =
  /\b(?:has|have|had|was|were|will|(?:is|are) \w+ing|is set|are set|is expected|are expected|\w+ed|said|says|told|took|made|won|lost|became|came|went|began|found|gave|left|met|paid|put|ran|rose|fell|sold|bought|brought|struck|hit|shot|held|led|saw|sent|spent|stood|wrote|broke|chose|drove|got|grew|threw|cut|set|quit|shut|spread|faces|wins|plans|wants|warns|says)\b/;
/**
 * Chinese: a completed act (了, not 为了 or 除了; 已, 曾) or a verb of announcing. A plan (将) or a date alone
 * states no event: "What happened?" answered by it reads wrong.
 */
const NEWS_VERB_ZH = /(?<![为為除罢罷])了|已|曾|宣布|发布|發布|表示|称|稱|推出|开发出|開發出|公布|发现|發現|通过|通過|决定|決定/;

/**
 * The verb of something done or announced, in the languages whose first sentences were read: a perfect or a
 * passive (auxiliary and participle), a past tense of a news verb, or a present verb of announcing. A blog's,
 * recipe's or essay's opening ("Für Experimentierfreudige ist dieses Muffin Grundrezept absolut ideal", "Vom
 * nahen Kloster dringen die Gebetsgesänge ...") has none and gets no "Was ist passiert?".
 */
const NEWS_VERB: Record<string, RegExp> = {
  // hat/wurde + a participle (not an adjective: "dies ist ja allgemein bekannt"); ist/sind + a participle only when it is a perfect of motion or
  // change ("ist ausgelaufen") or a passive ("ist erweitert worden"): "ist bekannt", "sind geschützt" describe.
  de: /(?<!\p{L})(?:hat|haben|wurde|wurden|wird|werden)(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?!(?:bekannt|bestimmt|berühmt|beliebt|bereit|bewusst|verwandt|entfernt|erlaubt|gemeint|genug)(?!\p{L}))(?:ge\p{Ll}{2,}(?:t|en)|(?:be|ver|ent|er|zer|über|unter|miss)\p{Ll}{2,}(?:t|en)|\p{Ll}{2,}iert|\p{Ll}+ge\p{Ll}{2,}(?:t|en))(?!\p{L})|(?<!\p{L})(?:ist|sind)(?!\p{L})[^.!?,;:]{0,80}?(?<!\p{L})(?:(?:\p{Ll}*ge|ver|zer|be|er|ent)\p{Ll}{2,}en)(?!\p{L})(?! (?:mit|an|auf|von|für|zu)\b)|(?<!\p{L})(?:sank|stieg|fiel|kündigte|teilte|sagte|gab|nahm|erklärte|forderte|meldete|starb|gewann|verlor|kam|hielt|beschloss|entschied|warnte|legte|stellte|fand|zeigte|fordert|fordern|kündigt|warnt|meldet|plant|planen|verkündet|beschließt|startet|erhält|verliert|gewinnt)(?!\p{L})|(?<!\p{L})\p{Ll}{3,}t worden(?!\p{L})/u,
  // The participle follows the auxiliary, perhaps after adverbs: "a pour but de soutenir les salariés" has none.
  fr: /(?<!\p{L})(?:a|ont|est|sont|avait|avaient|sera|seront)(?!\p{L})(?: (?:été|déjà|pas|plus|bien|aussi|enfin|encore|toujours|jamais|tout|ensuite|hier|ainsi|\p{Ll}+ment))*? \p{Ll}{2,}(?:é|ée|és|ées|is|ise|it|ite|u|ue|us|ert|erte|int|inte)(?!\p{L})|(?<!\p{L})(?:annonce|annoncent|déclare|affirme|estime|indique|révèle|publie|lance|présente|dévoile|propose|confirme|rejette|adopte|va|vont)(?!\p{L})/u,
  es: /(?<!\p{L})(?:ha|han|había|habían|fue|fueron|será|serán)(?!\p{L})(?: (?:sido|ya|no|también|finalmente|\p{Ll}+mente))*? \p{Ll}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|cho|cha)(?!\p{L})|(?<!\p{L})\p{Ll}{3,}(?:ó|aron|ieron)(?!\p{L})|(?<!\p{L})(?:anuncia|anuncian|presenta|lanza|confirma|revela|publica|da a conocer)(?!\p{L})/u,
  pt: /(?<!\p{L})(?:foi|foram|tem|têm|havia|será|serão)(?!\p{L})(?: (?:sido|já|não|também|finalmente|\p{Ll}+mente))*? \p{Ll}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta)(?!\p{L})|(?<!\p{L})\p{Ll}{3,}(?:ou|iu|eu|aram|eram|iram)(?!\p{L})|(?<!\p{L})(?:anuncia|anunciam|apresenta|lança|confirma|revela|divulga)(?!\p{L})/u,
  // A past verb (-л, -ла, -ли) or a verb of announcing: "Правительство объявило ...".
  ru: /(?<!\p{L})\p{Ll}{3,}(?:ал|ала|ало|али|ил|ила|ило|или|ел|ела|ели|ял|яла|яли|лся|лась|лись)(?!\p{L})|(?<!\p{L})(?:объявил\p{Ll}*|заявил\p{Ll}*|сообщил\p{Ll}*)(?!\p{L})/u,
  // The sentence closes on a past of something done (〜した, 〜ました, 〜された); 〜でした / 〜だった describe.
  ja: /(?<!でし|だっ)(?:た|ました)(?:と(?:いう|発表し(?:た|ました)))?[。」]?$/u,
  // A past of something done (했다, 됐다, 밝혔다 ...), not 이었다 ("was").
  ko: /(?<!이)(?:었|았|였|했|됐|혔|켰)(?:다|습니다)[.」]?$/u,
};

const FIRST_PERSON: Record<string, RegExp> = {
  en: /\b(?:I|I'm|I’m|I've|I’ve|my|we|we're|we’re|our|us)\b/,
  de: /(?<!\p{L})(?:ich|mich|mir|mein|meine|meinen|meiner|wir|uns|unser|unsere|Sie|Ihr|Ihre|Ihren)(?!\p{L})/u,
  fr: /(?<!\p{L})(?:je|j['’]|me|moi|mon|ma|mes|nous|notre|nos|vous|votre|vos)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:yo|me|mi|mis|nosotros|nosotras|nuestro|nuestra|usted)(?!\p{L})/iu,
  pt: /(?<!\p{L})(?:eu|meu|minha|meus|minhas|nós|nosso|nossa|você)(?!\p{L})/iu,
};

const NEWS: Record<string, string> = { en: 'What happened?', zh: '发生了什么？' };

/**
 * An English article that opens in the first person ("I still remember...", "I've been using email since...")
 * or with a scene ("Standing at a table in a chemistry lab, ...") is a column or a feature: it has no news for
 * "What happened?" to ask about.
 */
const FEATURE_OPENER_EN = /^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|We|We're|We’re|My|Our)\b|^[A-Z][a-z]+ing (?:at|in|on|by|from|through|outside|inside|beside|next to)\b/;
const NEXT: Record<string, string> = { en: 'What happens next?', zh: '接下来会怎样？' };

/**
 * A sentence that says what will happen: its future verb says when after it, or (English) is the verb of the
 * sentence's own subject ("Sales of military equipment will still be prohibited"), not of a clause inside
 * someone's claim or advice ("... pointed out that it will be a great TV", "things you will need").
 */
function datedPlan(sentence: string, lang: string): boolean {
  if (!talksAboutNext(sentence, lang)) return false;
  const at = sentence.search(lang === 'zh' ? NEXT_AT_ZH : NEXT_AT_EN);
  if (at < 0) return false;
  if (hasTime(sentence.slice(at))) return true;
  if (lang !== 'en') return false;
  const subject = sentence.slice(0, at).trim().split(/\s+/);
  return (
    subject.length >= 1 &&
    subject.length <= 8 &&
    !/,/.test(sentence.slice(0, at)) &&
    !/^(?:it|this|that|they|he|she|we|you|i|there|these|those)$/i.test(subject[0]!) &&
    !subject.some((w) => /^(?:that|which|who|says?|said|is|are|was|were|should|could|would|you|we|i|and|but|if|when)$/i.test(w))
  );
}
/**
 * A plan in a language with forms: its future verb or plan word, and (where the language's time words are
 * listed) a time after it ("sera modifié en mars"); hearsay of the past ("soll beschleunigt worden sein") is
 * not a plan.
 */
function plannedIn(sentence: string, forms: LangForms): boolean {
  const at = sentence.search(forms.future);
  if (at < 0 || /worden sein|haben soll|sein soll/u.test(sentence)) return false;
  return !forms.when || forms.when.test(sentence.slice(at));
}

const NEXT_AT_EN = /\b(?:will|plans to|planning to|(?:is|are) (?:expected|set) to|aims to)\b/i;
const NEXT_AT_ZH = /将|將|计划|計劃|预计|預計|未来|未來|下一步|有望|即将|即將|准备|準備/;

/**
 * Questions that only fill an FAQ with fewer than three: the news itself, answered by the article's first
 * sentence that stands alone (among its first three), and what comes next when a sentence in the second half
 * says so.
 */
function fillerCandidates(index: Sections, lang: string, forms: LangForms | null, askedNext: boolean, body: string): Candidate[][] {
  const out: Candidate[][] = [];
  const news = forms?.news ?? NEWS[lang];
  const opener = index.units.find((u) => u.kind === 'p');
  if (news && !(lang === 'en' && opener && FEATURE_OPENER_EN.test(opener.text))) {
    // Not a dateline ("SEOUL, South Korea — ...", "23, 2015 -- ...") or a caption ("图为...").
    // Among the first three body sentences: a caption or heading before the text does not count.
    const third = index.units.reduce((acc, u, i) => (u.kind === 'p' && acc.n < 3 ? { n: acc.n + 1, at: i } : acc), { n: 0, at: -1 }).at;
    // The first of them that can stand as an answer decides: when it is a scene, a description or a blogger's
    // opening, the article has no news to ask about (a later sentence would answer a question nobody asked).
    const first = index.units.findIndex(
      (u, i) => i <= third && u.kind === 'p' && isAnswerSentence(u, lang) && stripDateline(u.text) === null && !/^\d/.test(u.text) && !leansOnPrevious(u.text),
    );
    const lead: Candidate[] = first >= 0 && newsy(index.units[first]!.text, lang) ? [{ question: news, from: first, to: first }] : [];
    // "What has President Obama admitted?" says more than "What happened?" when the lead has that shape; it
    // must round-trip like any written question, else the general one stands.
    const named = lang === 'en' ? newsQuestionEn : lang === 'zh' ? newsQuestionZh : forms?.newsQuestion;
    const leadText = lead[0] ? index.units[lead[0].from]!.text : '';
    const specific = lead[0]
      ? ((named ? named(leadText) : null) ?? happenedToQuestion(leadText, lang, (n) => looksLikePersonName(n, body)) ?? happenedInQuestion(leadText, lang, body))
      : null;
    if (specific) lead.unshift({ ...lead[0]!, question: specific, written: true });
    if (lead.length > 0) out.push(lead.map((c) => ({ ...c, news: true })));
  }
  const next = forms?.next ?? NEXT[lang];
  if (next && !askedNext) {
    // A forward-looking sentence in the second half, where outlooks usually are; one that also says when first.
    const half = Math.floor(index.units.length / 2);
    // English and Chinese: the plan must say when, after its future verb ("will address the African Union ... on
    // Sunday"); a future verb alone is as often advice, a forecast or a hope ("it will be a great TV") as what
    // happens next. The other languages' time words are not read yet, so their future verb suffices.
    const says = (t: string) => (forms ? plannedIn(t, forms) : datedPlan(t, lang));
    // Reported speech (a sentence opening with a quotation) is someone's hope, not what the article says.
    const future = firstUnit(index, lang, (u, i) =>
      i >= half && says(u.text) && !/[?？]/.test(u.text) && !/^["“„«「]/.test(u.text) && !leansOnPrevious(u.text) ? next : null,
    );
    future.sort((a, b) => Number(hasTime(index.units[b.from]!.text)) - Number(hasTime(index.units[a.from]!.text)));
    if (future.length > 0) out.push(future);
  }
  return out;
}

/**
 * Questions the page itself asks in its body: an advice column's letters, an interview's questions, an
 * explainer's question-shaped paragraphs. A paragraph that is one short question, followed by a paragraph that
 * does not ask one, is a question and its answer (the answer's first sentence, or two when it leans back).
 */
function paragraphQuestions(index: Sections, lang: string): Candidate[][] {
  const out: Candidate[][] = [];
  const blocks = index.blocks;
  for (let b = 0; b + 1 < blocks.length && out.length < MAX_QUESTIONS; b++) {
    const q = blocks[b]!;
    const a = blocks[b + 1]!;
    if (q.kind !== 'p' || a.kind !== 'p') continue;
    const text = q.text.replace(/^(?:Q|Question|问|問|Frage|Pregunta|Pergunta|Вопрос)\s*[:：.]\s*/i, '').trim();
    if (!/[?？]["”»」]?$/.test(text) || /[?？]/.test(a.text.slice(0, 200)) || isBoilerplate(text, lang)) continue;
    // A line of dialogue (“Where are you going?”) is a character speaking in a story, not a question put to
    // the article: an interview or a letters page does not quote its own questions.
    if (/^["“”„«»‘'「『]/.test(text)) continue;
    const words = lang === 'zh' || lang === 'ja' ? text.length / 2 : text.split(/\s+/).length;
    if (words < 3 || words > 40 || index.blockUnits[b]!.length > 2) continue;
    const first = index.blockUnits[b + 1]![0];
    if (first === undefined) continue;
    const span = answerSpan(index, first, lang) ?? (index.blockUnits[b + 1]![1] !== undefined ? answerSpan(index, index.blockUnits[b + 1]![1]!, lang) : null);
    if (span) out.push([{ question: text, from: span[0], to: span[1], marked: text !== q.text.trim() }]);
  }
  // One question paragraph is a rhetorical question; an interview or an advice column asks several (or marks
  // them "Q:").
  return out.length >= 2 ? out : out.filter((c) => c[0]!.marked);
}

/**
 * How close to the best sentence the answer must score when its question is asked: a near tie (a second
 * sentence repeating the name) still quotes the answer among the first, a clear loss means the question's
 * words point elsewhere.
 */
export const ROUND_TRIP = 0.9;

/**
 * A second place also passes when the one sentence ahead is the answer's neighbour (the answer and the sentence
 * it continues share the question's words) and the answer leads every unrelated sentence by this much: the
 * question still points at this passage, not at another. On the editor's pairs (bench:qa, tuning half) it keeps
 * 44% of good questions with their own answers instead of 42%, and 5.2% of mismatched pairs instead of 4.6%.
 */
const NEIGHBOUR_LEAD = 1.05;

/**
 * Whether a question asked of the article comes back to the sentences from..to: the answer scores within a
 * near tie of the best, or it is second only to its own neighbour and clearly ahead of the rest. Exported for
 * bench:qa, which measures the rule on the editor's pairs.
 */
export function roundTripPasses(scored: readonly ScoredUnit[], from: number, to: number): boolean {
  let top = -Infinity;
  let own = -Infinity;
  for (const s of scored) {
    top = Math.max(top, s.score);
    if (s.unit >= from && s.unit <= to) own = Math.max(own, s.score);
  }
  if (own === -Infinity) return false;
  if (own >= ROUND_TRIP * top) return true;
  let ahead = 0;
  let unrelated = -Infinity;
  for (const s of scored) {
    if (s.unit >= from && s.unit <= to) continue;
    if (s.score > own) ahead++;
    if (s.unit < from - 1 || s.unit > to + 1) unrelated = Math.max(unrelated, s.score);
  }
  return ahead <= 1 && own >= NEIGHBOUR_LEAD * unrelated;
}

/**
 * The round trip ranks the article's first this-many characters (about 2,000 words): the written questions'
 * answers come from there, and indexing the whole 36,000-character window for them cost three to four times
 * the rest of the FAQ (bench:analysis). A candidate answered further down is not shown.
 */
const CHECK_CHARS = 12_000;

/** The ask index of the blocks up to CHECK_CHARS (whole blocks, so its sentences are numbered as the FAQ's). */
function checkIndex(blocks: Block[], lang: string): AskIndex {
  let chars = 0;
  let n = 0;
  while (n < blocks.length && chars < CHECK_CHARS) chars += blocks[n++]!.text.length;
  return createAskIndex({ text: '', blocks: blocks.slice(0, n) }, lang);
}

/** Asked of the article, the question's answer is (within a near tie) the best. */
function roundTrips(index: AskIndex, c: Candidate, lang: string): boolean {
  if (c.to >= index.units.length) return false;
  const scored = scoreUnits(index, c.question);
  // A question of general words only ("发生了什么？") matches nothing; its answer stands by position.
  if (scored.length === 0) return lang === 'zh' || lang === 'ja' || lang === 'ko';
  return roundTripPasses(scored, c.from, c.to);
}

export function generateFaq(article: Article, lang: string): FaqItem[] {
  const l = baseLang(lang);
  const blocks = leadingBlocks(article);
  let index: Sections = sectionsOf(blocks, lang);
  if (index.units.length === 0) return [];
  // Paragraph text only: headings must not vouch for their own capitalisation (see sentenceCase).
  const body = index.blocks
    .filter((b) => b.kind === 'p' || b.kind === 'li')
    .map((b) => b.text)
    .join('\n');
  // Ranking sentences against a heading needs the ask index (every sentence's terms and postings); most pages
  // have no question headings, and the templates only read the sentences, so they never pay for it.
  const questions = headingQuestions(index.blocks, l, body);
  let headings: Candidate[][] = [];
  if (questions.size > 0) {
    const full = createAskIndex({ text: '', blocks }, lang);
    index = full;
    headings = headingCandidates(full, l, questions);
  }
  const askedNext = headings.some((g) => /\bnext\b|下一步|接下来|接下來|未来|未來/i.test(g[0]!.question));
  const forms = formsFor(l);
  const templates = (l === 'en' || l === 'zh' ? templateCandidates(index, l, body) : forms ? formCandidates(index, l, forms, body) : []).map((g) =>
    g.map((c) => ({ ...c, written: true })),
  );
  const pageQuestions = paragraphQuestions(index, l);
  const groups = [...headings, ...pageQuestions, ...templates];
  const fillers = fillerCandidates(index, l, forms, askedNext, body);

  let full: AskIndex | null = null;
  const usedUnits = new Set<number>();
  const seenQuestions = new Set<string>();
  const out: FaqItem[] = [];
  // Fillers only make up a short FAQ: a specific question is always worth more than a general one.
  // The news question is not a filler on a page that asks no questions of its own (an article, not an
  // explainer or a letters page): it goes after the specific ones (which may want the lead sentence) but is
  // shown first.
  const structured = headings.length + pageQuestions.length;
  const news = structured === 0 ? fillers.filter((g) => g[0]!.news) : [];
  // A page of questions (an explainer, a letters page) is not news: "What happened?" would be wrong there.
  const rest = fillers.filter((g) => !g[0]!.news);
  let newsAt = -1;
  let newsTried = false;
  // The first sentence each shown question quotes: the lead's question is shown first whichever kind asked it.
  const froms: number[] = [];
  for (const group of [...groups, ...news, ...rest]) {
    if (news.includes(group)) newsTried = true;
    // A place is kept for the news question until it has had its turn.
    const room = MAX_QUESTIONS - (news.length > 0 && !newsTried ? 1 : 0);
    if (out.length >= room) continue;
    if (rest.includes(group) && out.length >= 3) break;
    // Two questions never share an answer: take the first alternative still free.
    const c = group.find((g) => {
      for (let k = g.from; k <= g.to; k++) if (usedUnits.has(k)) return false;
      if (seenQuestions.has(g.question.toLowerCase())) return false;
      return !g.written || roundTrips((full ??= 'sent' in index ? (index as AskIndex) : checkIndex(blocks, lang)), g, l);
    });
    if (!c) continue;
    for (let k = c.from; k <= c.to; k++) usedUnits.add(k);
    seenQuestions.add(c.question.toLowerCase());
    const answer = c.from === c.to ? index.units[c.from]!.text : spanText(index.blocks, index.units[c.from]!, index.units[c.to]!);
    if (c.news) newsAt = out.length;
    froms.push(c.from);
    out.push({ question: c.question, answer, source: 'generated' });
  }
  // A written question took the news sentence first ("What did Harbor City approve?"): it is the news question.
  if (newsAt < 0 && news.length > 0) newsAt = froms.indexOf(news[0]![0]!.from);
  if (newsAt > 0) out.unshift(...out.splice(newsAt, 1));
  return out;
}
