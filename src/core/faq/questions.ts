/**
 * Turning article text into questions: headings that are questions already or nearly ("Why building world
 * models is costly" -> "Why is building world models costly?"), and the few sentence shapes whose question can
 * be written without understanding the sentence. When the wording cannot be made safely, there is no question.
 */

const WH_EN = /^(why|how|what|when|where|who|which|whose)\b/i;
const YESNO_EN = /^(is|are|was|were|can|could|should|will|would|does|do|did|has|have)\b/i;
const AUX_EN = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'can', 'could', 'should', 'would', 'may', 'might', 'must']);
const QUESTION_ZH_RE = /为什么|為什麼|为何|為何|如何|怎样|怎樣|怎么|怎麼|什么|什麼|哪些|哪里|哪裡|是否|多少|吗$|嗎$|谁|誰/;

/**
 * Title Case headings ("Why Building World Models is Costly") are put in sentence case, keeping the words the
 * body itself capitalises mid-sentence (names: "World Models"): "Why is building World Models costly?".
 */
function sentenceCase(words: string[], body: string): string[] {
  const capitalised = words.slice(1).filter((w) => /^[A-Z]/.test(w)).length;
  if (capitalised < Math.max(2, 0.6 * (words.length - 1))) return words;
  const midSentence = capitalisedMidSentence(body);
  return words.map((w, i) => {
    if (i === 0 || !/^[A-Z][a-z]+$/.test(w)) return w;
    return midSentence.has(w) ? w : w.toLowerCase();
  });
}

/** The body capitalisedMidSentence() last read, and what it found (headings of one article share a body). */
let midSentenceOf: { body: string; words: Set<string> } | null = null;

/**
 * The capitalised words W for which the body matches `[\p{Ll},;] W\b`: each whole run of ASCII word characters
 * that starts with a capital and follows a lower-case letter, comma or semicolon and one space. (A word
 * [A-Z][a-z]+ matches `W\b` at a position exactly when the run of word characters starting there is W.) One pass
 * over the body instead of a regular expression compiled and run over the whole body per heading word.
 */
function capitalisedMidSentence(body: string): Set<string> {
  if (midSentenceOf?.body === body) return midSentenceOf.words;
  const words = new Set<string>();
  // Only words starting with a capital are ever asked about ([A-Z][a-z]+), so only runs starting with one are
  // kept: [A-Z]\w* from such a position is the whole run there, as \w+ was.
  for (const m of body.matchAll(/(?<=[\p{Ll},;] )[A-Z]\w*/gu)) words.add(m[0]);
  midSentenceOf = { body, words };
  return words;
}

/**
 * Words a question of each language opens with: a wh-word, or a verb put first (yes/no). A subhead that ends in
 * a question mark without one ("Peychaud's Bitters, also?", "A Change in Guidelines?", "Daten von externem
 * Dienstleister?") continues the text around it and asks nothing a reader can understand alone.
 */
const QUESTION_OPENERS: Record<string, RegExp> = {
  en: /^(?:why|how|what|what's|when|where|who|who's|whom|which|whose|is|are|was|were|can|could|should|will|would|does|do|did|has|have|had|may|might|must|shall|isn't|aren't|don't|doesn't|didn't|can't|won't)\b/i,
  fr: /^(?:(?:à|de|pour|avec|par|en|sur|dans|depuis|jusqu['’]à) )?(?:qui|que|qu['’]|quel|quelle|quels|quelles|quoi|comment|pourquoi|combien|où|quand|est-ce|lequel|laquelle|lesquels|lesquelles|y a-t-il)|^\S+-(?:t-)?(?:il|elle|ils|elles|on|je|nous|vous)\b/iu,
  de: /^(?:(?:für|mit|von|bei|nach|seit|bis|an|auf|aus|zu|um) )?(?:wer|was|wie|warum|wieso|weshalb|wann|wo|woher|wohin|welche[rsmn]?|wozu|womit|wofür|worum|worüber|wem|wen|wessen|ist|sind|hat|haben|kann|können|muss|müssen|soll|sollen|sollte|wird|werden|gibt|war|waren|darf|dürfen|braucht|lohnt|bringt|droht)(?![\p{L}])/iu,
  es: /^¿?(?:(?:a|de|en|con|para|por|desde|hasta|contra) )?(?:qué|quién|quiénes|cómo|por qué|cuándo|dónde|adónde|cuánto|cuánta|cuántos|cuántas|cuál|cuáles|es|son|hay|puede|pueden|se|debe|deben|vale|existe|habrá|está|están)(?![\p{L}])/iu,
  pt: /^(?:(?:a|de|em|com|para|por|desde|até|contra) )?(?:o que|que|quem|como|por que|porque|quando|onde|quanto|quanta|quantos|quantas|qual|quais|é|são|há|pode|podem|vale|deve|devem|existe|está|estão)(?![\p{L}])/iu,
  ru: /^(?:кто|что|как|почему|зачем|когда|где|куда|откуда|сколько|какой|какая|какое|какие|чей|чья|чьё|чьи|можно|нужно|стоит)(?![\p{L}])|\sли\s/iu,
};

/** Openers that lean on the text before the question ("So, where do people learn ...?"): dropped. */
const LEADING_CONNECTIVE = /^(?:so|and|but|then|now|also|well|ok|okay|alors|et|mais|donc|und|aber|also|y|pero|entonces|e|mas|então|и|а|но|итак)\s*,\s*/iu;

/**
 * The question a heading or a paragraph asks, when it reads on its own: a leading connective dropped ("So,
 * where do ...?" -> "Where do ...?"), a lead-in before a colon dropped when the rest is a question ("But First:
 * What's a Superbug?" -> "What's a Superbug?"), and an opening wh-word or verb required in the languages whose
 * openers are listed; null when the question makes no sense alone.
 */
export function selfContainedQuestion(text: string, lang: string): string | null {
  const opener = QUESTION_OPENERS[lang];
  if (!opener) return text;
  let q = text.replace(/\s+/g, ' ').trim();
  const colon = /^[^:：?？]{1,40}[:：]\s*(.+)$/.exec(q);
  if (colon && opener.test(colon[1]!.replace(LEADING_CONNECTIVE, ''))) q = colon[1]!.charAt(0).toLocaleUpperCase() + colon[1]!.slice(1);
  const bare = q.replace(LEADING_CONNECTIVE, '');
  if (bare !== q) q = bare.charAt(0).toLocaleUpperCase() + bare.slice(1);
  if (opener.test(q.replace(/^[¿¡]/, ''))) return q;
  // An interview's question: put to the interviewee by name ("Herr Keller, warum ...?"), after a statement it
  // asks about ("Der Hafen ist ausgebaut. Wozu?" is too short; "... Wozu dient er?" is not), or in the
  // statement order spoken French, German and Spanish use ("Vous avez quitté Lyon en 2019 ?").
  const unaddressed = q.replace(VOCATIVE, '');
  const last = q.split(/(?<=[.!])\s+/).pop()!;
  const asked = [unaddressed, last].some((part) => part !== q && opener.test(part.replace(/^[¿¡]/, '').replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase())));
  const addressed = ADDRESSED[lang]?.test(q.replace(/^[¿¡]/, '')) && q.split(/\s+/).length >= 4;
  if (!asked && !addressed) return null;
  // ":: Super! Welche Wünsche hast du?": the interviewer's reaction before the question is dropped.
  const before = q.slice(0, q.length - last.length).trim();
  return last !== q && /!$/.test(before) && opener.test(last.replace(/^[¿¡]/, '')) ? last : q;
}

/** A name the interviewer addresses before the question ("Frau Keller, ...", "Monsieur Dupont, ..."). */
const VOCATIVE = /^(?:Herr|Frau|Dr\.|Monsieur|Madame|M\.|Mme|Señor|Señora|Senhor|Senhora)(?: \p{Lu}[\p{L}'’-]+){1,2},\s*/u;

/** The interviewee as the subject of a question in statement order, with a verb after it. */
const ADDRESSED: Record<string, RegExp> = {
  fr: /^(?:(?:Et|Mais|Alors|Donc),? )?(?:vous|tu)\s+(?:n['’]|ne\s+|y\s+|en\s+|l['’]|les?\s+|la\s+)?\p{Ll}{2,}/iu,
  de: /^(?:(?:Und|Aber|Also),? )?(?:Sie|du|ihr)\s+(?:haben|hatten|sind|waren|werden|wollen|wollten|können|konnten|müssen|mussten|\p{Ll}{2,}(?:en|st|t))(?!\p{L})/u,
  es: /^(?:(?:Y|Pero),? )?(?:usted|ustedes|tú|vos)\s+\p{Ll}{2,}/iu,
  pt: /^(?:(?:E|Mas),? )?(?:você|vocês|o senhor|a senhora)\s+\p{Ll}{2,}/iu,
};

/** A heading as a question, or null when it is not one and cannot be made one safely. */
export function headingToQuestion(heading: string, lang: string, body: string): string | null {
  const text = heading.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 160) return null;
  if (/[?？]$/.test(text)) {
    // "Read: What are IMSI catchers?" links to another article; "Opting out?" is too short to ask anything.
    if (/^(?:read|see|watch|listen|lire|voir|lesen|leer|ler|читайте)\b[^:：]{0,20}[:：]/i.test(text)) return null;
    if (lang !== 'zh' && lang !== 'ja' && text.split(/\s+/).length < 3) return null;
    return selfContainedQuestion(text.replace(/^(?:Q|问|問)\s*[:：.]\s*/i, ''), lang);
  }
  if (lang === 'zh' || lang === 'ja') {
    return lang === 'zh' && QUESTION_ZH_RE.test(text) ? text.replace(/[。.!！]$/, '') + '？' : null;
  }
  if (lang !== 'en') return null;
  // "The $1 Billion Bet: Why Building World Models is Costly": the question is the part after the colon.
  const parts = text.split(/:\s+|(?<!\s)\s+[—–-]\s+/).map((p) => p.trim().replace(/(?<![.!])[.!]+$/, ''));
  for (const part of parts.reverse()) {
    const words = sentenceCase(part.split(' '), body);
    if (YESNO_EN.test(part) && words.length >= 3) return `${words.join(' ')}?`;
    if (!WH_EN.test(part) || words.length < 3) continue;
    const second = words[1]!.toLowerCase();
    // Already in question order: "What is next", "How to fix it", "Who wins".
    const verbS = /^[a-z]+[^s']s$/.test(words[1]!) && words.length <= 5; // "What comes next", "Who wins"
    if (AUX_EN.has(second) || verbS || second === 'to' || second === 'do' || second === 'does' || second === 'did') {
      return `${words.join(' ')}?`;
    }
    const aux = words.findIndex((w, i) => i >= 2 && i <= 8 && AUX_EN.has(w.toLowerCase()));
    if (aux < 0) return null;
    const q = [words[0]!, words[aux]!.toLowerCase(), ...words.slice(1, aux), ...words.slice(aux + 1)];
    return `${q.join(' ')}?`;
  }
  return null;
}

const PRONOUN_SUBJECT = /^(?:it|this|that|these|those|there|here|he|she|they|we|you|i|what|which|one|some|many|most|all|each|such)$/i;

export interface Definition {
  question: string;
  term: string;
}

/**
 * "X is a/an/the ...", "X refers to ...", "X's mission is to ...": a "What is X?" question. Chinese
 * "X是一种..." / "X是指..." gives "什么是X？".
 */
export function definitionQuestion(sentence: string, lang: string): Definition | null {
  if (lang === 'zh') {
    const m = /^([\u4e00-\u9fffA-Za-z0-9「」“”"（）()·\- ]{2,16}?)(?:是指|指的是|是一种|是一種|是一个|是一個|是一家|是一款|是一类|是一類)/.exec(sentence);
    if (!m) return null;
    const term = m[1]!.replace(/[「」“”"]/g, '').trim();
    if (!term || /^(?:这|這|那|它|他|她|其|此|该|該)/.test(term)) return null;
    return { question: `什么是${term}？`, term };
  }
  if (lang !== 'en') return null;
  const purpose = /^((?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*['’]s (?:mission|goal|aim|plan|strategy|purpose|focus|vision|business)) is\b/.exec(sentence);
  if (purpose) return { question: `What is ${purpose[1]!.replace('’', "'")}?`, term: purpose[1]! };
  // A quotation is somebody's claim, not the article's definition.
  if (/^["“‘']/.test(sentence)) return null;
  const m = /^((?:(?:the|a|an)\s)?[\w][\w'’&.-]*(?:\s[\w'’&.-]+){0,4}?)\s(?:(is|are|means)\s(a|an|the|one of)|(refers? to))\b/i.exec(sentence);
  if (!m) return null;
  const term = m[1]!.trim();
  const words = term.split(/\s+/);
  if (PRONOUN_SUBJECT.test(words[0]!) || NOT_A_SUBJECT_EN.test(words[0]!) || /ing$/.test(words[0]!)) return null;
  if (words.some((w) => /^(?:is|are|was|were|has|have|and|or|but|if|when)$/i.test(w))) return null;
  // "Sharon is the CEO of Hotelied": a one-word name defined by a role is a person.
  // Not the article's own credits ("Jennifer Jett is the Asia Digital Editor for NBC News"): a reader asks about
  // the people in the story, not the staff who wrote it.
  if (/\b(?:reporter|correspondent|editor|producer|contributor|columnist|writer|photographer|staff)\b/i.test(sentence)) {
    if (words.length <= 3 && words.every((w) => /^[A-Z][a-z]+$/.test(w))) return null;
  }
  if (words.length <= 3 && words.every((w) => /^[A-Z][a-z]+$/.test(w)) && ROLE_EN_RE.test(sentence.slice(term.length, term.length + 50))) {
    return { question: `Who is ${term}?`, term };
  }
  // A bare common noun ("The problem is a ...") is not a thing a reader asks about; a name or a
  // multi-word term ("A living shoreline") is.
  const head = /^(?:the|a|an)$/i.test(words[0]!) ? words.slice(1) : words;
  if (head.length === 0 || (head.length === 1 && !/^[A-Z0-9]/.test(head[0]!))) return null;
  const plural = m[2]?.toLowerCase() === 'are' || m[4]?.toLowerCase() === 'refer to';
  let shown = /^(?:The|A|An)$/.test(words[0]!) ? `${words[0]!.toLowerCase()} ${words.slice(1).join(' ')}` : term;
  // "Climate change is ...": a capital only because the sentence starts there; names keep theirs ("Xbox One").
  if (/^[A-Z][a-z]+$/.test(words[0]!) && words.length > 1 && words.slice(1).every((w) => /^[a-z]/.test(w))) shown = shown.charAt(0).toLowerCase() + shown.slice(1);
  return { question: `What ${plural ? 'are' : 'is'} ${shown}?`, term };
}

const MONEY_VERBS: Record<string, [string, string]> = {
  raised: ['did', 'raise'], secured: ['did', 'secure'], received: ['did', 'receive'], spent: ['did', 'spend'],
  paid: ['did', 'pay'], invested: ['did', 'invest'], lost: ['did', 'lose'], earned: ['did', 'earn'],
  won: ['did', 'win'], sold: ['did', 'sell'], bought: ['did', 'buy'], borrowed: ['did', 'borrow'],
  pledged: ['did', 'pledge'], committed: ['did', 'commit'], costs: ['does', 'cost'], cost: ['did', 'cost'],
  raises: ['does', 'raise'], pays: ['does', 'pay'], earns: ['does', 'earn'],
};
const MONEY_NOUNS =
  'funding round|round|deal|investment|fine|budget|package|settlement|loan|contract|acquisition|fund|grant|bid|valuation|bill|payment|penalty|donation|stimulus|bailout|salary|price|bet';

/** "How much did X raise?" from "X (has) raised $N...", or "How large is the funding round?" from "$N funding round". */
export function howMuchQuestion(sentence: string, lang: string): string | null {
  if (lang === 'zh') {
    if (/融资|融資|筹集|籌集|募集|募资|募資/.test(sentence)) return '融资金额是多少？';
    if (/投资|投資/.test(sentence)) return '投资金额是多少？';
    if (/花费|花費|成本|耗资|耗資|造价|造價/.test(sentence)) return '需要花费多少？';
    if (/罚款|罰款|罚金|罰金/.test(sentence)) return '罚款金额是多少？';
    return null;
  }
  if (lang !== 'en') return null;
  const subj = "((?:[A-Z][\\w'’&.-]*|of|the|and|de)(?:\\s(?:[A-Z][\\w'’&.-]*|of|the|and|de)){0,4})";
  const m = new RegExp(`${subj}\\s(?:(has|have|had)\\s)?(?:\\w+ly\\s)?(${Object.keys(MONEY_VERBS).join('|')})\\b`).exec(sentence);
  if (m && /^[A-Z]/.test(m[1]!) && !PRONOUN_SUBJECT.test(m[1]!)) {
    // "Amazon bought Whole Foods for $13.7 billion": the amount is what was paid for the thing, so the question
    // names the thing ("How much did Amazon buy?" would ask for a quantity of goods).
    if (/^(?:bought|buys|sold|sells)$/.test(m[3]!)) {
      const thing = /^\s((?:[A-Z][\w'’&.-]*\s){0,3}[A-Z][\w'’&.-]*)\s(?:in\s\w+\s(?:\d{4}\s)?)?for\s[$€£¥]/.exec(sentence.slice(m.index + m[0].length));
      if (!thing) return null;
      const buying = /^b/.test(m[3]!);
      const tense = m[3]!.endsWith('s') ? 'does' : 'did';
      return buying ? `How much ${tense} ${m[1]} pay for ${thing[1]}?` : `How much ${tense} ${m[1]} sell ${thing[1]} for?`;
    }
    const [aux, base] = MONEY_VERBS[m[3]!]!;
    if (m[2] && m[3]!.endsWith('ed')) return `How much ${m[2]} ${m[1]} ${m[3]}?`;
    return `How much ${aux} ${m[1]} ${base}?`;
  }
  const n = new RegExp(`(?:[$€£¥]\\s?[\\d.,]+\\s*(?:million|billion|trillion|bn|m)?)\\s(?:[a-z]+\\s)??(${MONEY_NOUNS})\\b`).exec(sentence);
  if (n) return `How large is the ${n[1]}?`;
  return null;
}

const AUX_WORDS = [...AUX_EN].join('|');

const COUNT_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens';
const NOT_COUNTED = /^(?:years|months|weeks|days|hours|minutes|seconds|times|percent|points|miles|kilometres|kilometers|metres|meters|feet|dollars|euros|pounds|cents|millions|billions)$/;

/** "12 people were killed" -> "How many people were killed?": the counted noun, its auxiliary and participle. */
export function howManyQuestion(sentence: string): string | null {
  const m = new RegExp(`(?:^|\\s)(?:[\\d,]*\\d|${COUNT_WORDS})(?: (?:more|other|new|[a-z]+-[a-z]+))? ([a-z]{3,}s) (were|are|have been|had been|will be) ([a-z]+(?:ed|en)|hurt|held|built|sold|made|kept|lost|left|found|taken|killed)\\b`, 'i').exec(sentence);
  if (!m || NOT_COUNTED.test(m[1]!.toLowerCase())) return null;
  return `How many ${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()} ${m[3]!.toLowerCase()}?`;
}

/** Words that open a sentence without being its subject: connectives and subordinators. */
const NOT_A_SUBJECT_EN = /^(?:because|and|but|so|or|if|when|while|although|though|as|since|after|before|yet|still|also|then|now|here|there|what|how|why|where|who)$/i;

/**
 * "X is/has/will ... because Y" -> "Why is X ...?"; Chinese "X，因为Y" / "由于Y，X" -> "为什么X？".
 * English needs an auxiliary to invert; without one there is no question.
 */
export function whyQuestion(sentence: string, lang: string): string | null {
  if (lang === 'zh') {
    let clause: string | undefined;
    const because = /^(.{4,30}?)[，,]?(?:是)?(?:因为|因為)/.exec(sentence);
    const dueTo = /^(?:由于|由於)[^，,。]{2,40}[，,](.{4,30}?)[。！!]?$/.exec(sentence);
    clause = because?.[1] ?? dueTo?.[1];
    if (!clause) return null;
    clause = clause.replace(/^(?:但是|但|而且|而|并且|並且|所以|因此)/, '').replace(/[，,。]$/, '');
    if (clause.length < 4 || /^(?:这|這|那|它|他|她|其|此)/.test(clause)) return null;
    return `为什么${clause}？`;
  }
  if (lang !== 'en') return null;
  const m = /^([A-Z][^,;:]{3,90}?)\s(?:because|due to)\s/.exec(sentence);
  if (!m) return null;
  // "X are still in flux in part because ...": the hedge belongs to the reason, not the question.
  const words = m[1]!.replace(/,?\s(?:in part|in large part|partly|partially|largely|mainly|mostly|only|simply|precisely|primarily|at least partly)$/, '').split(' ');
  if (NOT_A_SUBJECT_EN.test(words[0]!)) return null;
  const aux = words.findIndex((w, i) => i >= 1 && i <= 6 && new RegExp(`^(?:${AUX_WORDS})$`).test(w));
  if (aux < 0 || PRONOUN_SUBJECT.test(words[0]!)) return null;
  const subject = words.slice(0, aux);
  // "Air passengers who are unable to board …": the auxiliary belongs to a relative clause inside the subject;
  // moving it out leaves "Why are air passengers who unable …".
  if (subject.some((w) => /^(?:who|which|that|whose|whom|where)$/i.test(w))) return null;
  // "Plans for Yahoo are ..." -> "Why are plans for Yahoo ...": a capital only because the sentence starts there.
  if (/^(?:The|A|An)$/.test(subject[0]!) || (/^[A-Z][a-z]+$/.test(subject[0]!) && subject.length > 1 && /^[a-z]/.test(subject[1]!))) {
    subject[0] = subject[0]!.toLowerCase();
  }
  return `Why ${words[aux]} ${[...subject, ...words.slice(aux + 1)].join(' ')}?`;
}

const ROLE_EN =
  'officer|designer|student|teacher|nurse|soldier|activist|campaigner|organiser|organizer|owner|partner|member|founder|co-founder|chief|CEO|president|professor|scientist|minister|director|winner|chairman|chairwoman|chair|author|researcher|executive|head|leader|spokesperson|spokesman|spokeswoman|senator|governor|analyst|economist|engineer|official|manager|coach|player|mayor|secretary|judge|lawyer|doctor|physician|writer|artist|actor|actress|singer|journalist|editor|investor|entrepreneur|pioneer|expert|inventor|candidate|lawmaker|prime minister|king|queen';
export const ROLE_EN_RE = new RegExp(`\\b(?:${ROLE_EN})s?\\b`, 'i');
export const ROLE_ZH_RE =
  /(?:教授|博士|总统|總統|主席|总理|總理|部长|部長|总裁|總裁|首席[^，。]{0,6}|创始人|創始人|创办人|創辦人|科学家|科學家|作家|导演|導演|演员|演員|歌手|记者|記者|发言人|發言人|董事长|董事長|执行长|執行長|经理|經理|市长|市長|院长|院長|校长|校長)/;

/** Two capitalised words ending like a place, an organisation or a thing are not a person. */
const NOT_A_PERSON_RE =
  /\s(?:City|Council|Street|Avenue|Road|University|College|School|Company|Corporation|Inc|Group|Party|House|Court|County|State|States|River|Bank|Award|Prize|Models?|Intelligence|Park|Center|Centre|Department|Ministry|Agency|Office|Times|Post|News|Union|Kingdom|Republic|League|Association|Institute|Foundation|Fund|Bay|Island|Islands|Lake|Mountains?|Valley|Airport|Station|Hospital|Church|Museum|Library|Square|Bridge|Tower|Act|Bill|Day|Week|Year|Cup|Games|War|Trends)$/;

/** Two or three capitalised words: the people an English article talks about, most mentioned first. */
export function peopleEn(text: string): string[] {
  const counts = new Map<string, number>();
  // Not the tail of a longer capitalised run ("Responsible Federal Budget") nor a thing ("the Vision Pro").
  const NAME_RE = /(?<!\b(?:[A-Z][\w'’]*|the)\s)\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s((?:[A-Z]\.\s)?(?:Mc|Mac|De|Le|La|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s[A-Z][a-z])/g;
  for (const m of text.matchAll(NAME_RE)) {
    const name = `${m[1]} ${m[2]}`;
    if (/^(?:The|A|An|In|On|At|As|But|And|If|When|While|This|That|These|Those|It|Its|For|From|With|After|Before|Unlike|Although|However|Nevertheless|Current|Critics|Proponents|Investors|Google|Meta|Tech)$/.test(m[1]!)) continue;
    // A title is not part of the name: "President Obama" is the Barack Obama the article names in full.
    if (/^(?:President|Prime|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Senator|Governor|Mayor|Minister|Chancellor|King|Queen|Prince|Princess|Pope|General|Judge|Justice|Chief|Head|Coach|Professor|Detective|Inspector|Officer|Sergeant|Captain|Secretary|Rep|Sen|Gov)$/.test(m[1]!)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // Places and organisations are dropped first: their mentions are never needed.
  const people = [...counts.entries()].filter(([name]) => !NOT_A_PERSON_RE.test(name));
  // How often each surname stands alone in the text, counted in one pass: a search per candidate name would
  // read the whole text once per name. A surname of word characters matches \bX\b exactly where a whole run
  // of word characters is X, so only the runs that are some candidate's surname are counted.
  const alone = new Map<string, number>();
  for (const [name] of people) {
    const surname = name.split(' ').pop()!;
    if (/^\w+$/.test(surname)) alone.set(surname, 0);
  }
  if (alone.size > 0) {
    // Only runs that start like a surname and are as long as one are cut out of the text and looked up.
    const lengths = new Set<number>();
    const firsts = new Set<number>();
    for (const surname of alone.keys()) {
      lengths.add(surname.length);
      firsts.add(surname.charCodeAt(0));
    }
    const isWordUnit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
    for (let i = 0; i < text.length; ) {
      if (!isWordUnit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
      if (!firsts.has(text.charCodeAt(start)) || !lengths.has(i - start)) continue;
      const w = text.slice(start, i);
      const c = alone.get(w);
      if (c !== undefined) alone.set(w, c + 1);
    }
  }
  const scored = people.map(([name, n]) => {
    // "LeCun argues...": mentions of the surname alone count for the person.
    const surname = name.split(' ').pop()!;
    const a = alone.get(surname) ?? text.match(new RegExp(`\\b${surname}\\b`, 'g'))?.length ?? 0;
    return { name, mentions: Math.max(n, a) };
  });
  return scored.sort((a, b) => b.mentions - a.mentions).map((s) => s.name);
}

/** The sentence introduces the person: a role word near the name, or "Name, a/the/who ...". */
export function introducesPerson(sentence: string, name: string, lang: string): boolean {
  const at = sentence.indexOf(name);
  if (at < 0) return false;
  if (lang === 'zh') return ROLE_ZH_RE.test(sentence.slice(Math.max(0, at - 12), at + name.length + 12));
  // The role stands right beside the name ("Turing Award winner Yann LeCun", "Di Li, the chief scientist"):
  // a role word further away belongs to someone else, and "chief inspector of West Mercia" names a place.
  const before = (sentence.slice(Math.max(0, at - 80), at).split(/[.;,]/).pop() ?? '').trim().split(/\s+/).pop() ?? '';
  const after = sentence.slice(at + name.length, at + name.length + 60);
  if (/^\s(?:police|council|county|city|state|university|college|hospital|company|group|region)\b/i.test(after)) return false;
  if (/\b(?:of|at|for|from|in)$/i.test(before)) return false;
  return ROLE_EN_RE.test(before) || /^,\s(?:a|an|the|who|former|one of)\b/.test(after) || /^\s(?:is|was) (?:a|an|the)\b/.test(after) && ROLE_EN_RE.test(after);
}

// Not "could"/"would": conditionals ("when he could not get hold of her") say nothing of what comes next.
// Nor "next year" alone: "slashing funding from next year's budget" is about now.
const NEXT_EN_RE = /\b(?:will|plans? to|planning to|is expected to|are expected to|is set to|are set to|aims? to)\b/i;
const NEXT_ZH_RE = /将会|將會|将于|將於|计划|計劃|预计|預計|未来|未來|下一步|有望|即将|即將|准备|準備/;

export function talksAboutNext(sentence: string, lang: string): boolean {
  return (lang === 'zh' ? NEXT_ZH_RE : NEXT_EN_RE).test(sentence);
}

/** What an appositive says a named thing is: a kind a reader can ask "what is X?" about (not a person). */
const KIND_EN =
  'company|start-up|startup|firm|business|group|organisation|organization|agency|charity|nonprofit|non-profit|app|service|tool|platform|website|site|network|device|product|drug|chemical|compound|substance|disease|virus|condition|law|bill|programme|program|project|scheme|initiative|system|technology|method|technique|process|game|console|phone|vehicle|car|aircraft|plane|satellite|telescope|facility|plant|festival|event|competition|award|prize|fund|index|standard|protocol|language|movement|party|coalition|union|alliance|treaty|policy|rule|regulation|fee|tax';

const APPOSITIVE_RE = new RegExp(`(?:^|[\\s(])((?:[A-Z][\\w&.'’-]*\\s){0,3}[A-Z][\\w&.'’-]*), (?:an?|the) ((?:[\\w-]+ ){0,3}?)(?:${KIND_EN})\\b(?! of)`);

/**
 * "Hotelied, a start-up that allows people to sign up for discounts, ..." -> "What is Hotelied?": a capitalised
 * name followed by ", a/an ... <kind>" (a company, a drug, a law ...), answered by that sentence. The name is
 * returned too, for the caller's checks (written capitalised mid-sentence, not a person).
 */
export function appositiveQuestionEn(sentence: string): Definition | null {
  // Most sentences have no ", a/an/the" after a word: checked before the longer expression runs (one character
  // before the comma, so that the check stays linear on a long run of capitals).
  if (!/[\w&.'’-], (?:an?|the) /.test(sentence)) return null;
  const m = APPOSITIVE_RE.exec(sentence);
  if (!m) return null;
  // "Musto, the new CEO of the company": a role in the appositive makes it a person; "the National Academy of
  // Sciences, a": the name is longer than its capitalised tail.
  if (ROLE_EN_RE.test(m[2]!) || /\b(?:of|for|and)\b/.test(m[2]!)) return null;
  // The lookbehind lets a capitalised word start only at a word's start: linear on a long run of capitals.
  if (/(?:\b(?:of|for|and|the|de|du|von)|(?<![\w'’-])[A-Z][\w'’-]*)\s$/.test(sentence.slice(0, m.index + (m[0].startsWith(m[1]!) ? 0 : 1)))) return null;
  const term = m[1]!.replace(/^(?:The|A|An)\s/, '');
  if (term.length < 2 || PRONOUN_SUBJECT.test(term) || NOT_A_SUBJECT_EN.test(term.split(' ')[0]!)) return null;
  return { question: `What is ${term}?`, term };
}
