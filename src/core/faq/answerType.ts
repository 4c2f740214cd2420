/**
 * What kind of thing a question asks for, and whether a sentence holds one. "When" wants a date, "how many" a
 * number, "who" a name: a sentence that repeats every question word but holds no date cannot answer "when".
 * Pattern-based on purpose: it has to run in a few microseconds per sentence, in English and Chinese.
 */
import { HAN_RE } from '../text/scripts';

export type AnswerType = 'person' | 'time' | 'number' | 'money' | 'place' | 'reason' | 'manner' | 'definition' | 'other';

const EN_RULES: [RegExp, AnswerType][] = [
  [/\bhow much (?:money|did|does|do|will|would|has|have|had|was|were|is|are)\b.*\b(?:cost|pay|paid|spend|spent|raise|raised|earn|worth|fund|invest|price|fine|sell|sold|buy|bought)/i, 'money'],
  [/\bwhat (?:will|would|does|did|do) .{1,60}\bcost\b|\bhow much (?:is|was|are|were|will) .{1,60}\b(?:cost|worth|price)/i, 'money'],
  [/\bhow (?:much|many|long|far|old|large|big|tall|high|often|fast|heavy|wide|deep)\b|\bwhat (?:percentage|percent|proportion|fraction|number|amount|size|population|share)\b|\bwhat (?:is|was) the (?:population|number|amount|size|total|cost|price|rate)\b/i, 'number'],
  [/\bwhen\b|\bwhat (?:year|years|date|day|month|century|decade|era|period|time)\b|\b(?:which|in what) (?:year|years|date|day|month|century|decade|era|period)\b/i, 'time'],
  [/\bwhere\b|\b(?:what|which|in what|in which) (?:city|country|state|place|region|town|location|continent|county|province|area|island|nation)\b/i, 'place'],
  [/^\s*(?:who|whom|whose)\b|\b(?:by|to|for|with) whom\b|\bwho (?:is|was|were|are|did|has|had)\b/i, 'person'],
  [/\bwhy\b|\bwhat (?:caused|causes|led to|leads to|is the reason|was the reason|reason)\b|\bfor what reason\b/i, 'reason'],
  [/^\s*how\b/i, 'manner'],
  [/^\s*what (?:is|are|was|were) (?:a |an |the )?[^?]{1,40}\??$/i, 'definition'],
];

const ZH_RULES: [RegExp, AnswerType][] = [
  [/多少(?:钱|錢|资金|資金|美元|元|亿|億|万|萬)|花(?:了|费|費)多少|融资多少|金额|金額|价格|價格/, 'money'],
  [/多少|几|幾|多大|多长|多長|多高|多远|多遠|多久|多重|比例|百分之/, 'number'],
  [/什么时候|什麼時候|何时|何時|哪一?年|哪一?天|哪个朝代|哪個朝代|哪一?月|几月|幾月|几号|幾號|何年|哪个世纪|哪個世紀|什么年代|什麼年代|时间是|時間是/, 'time'],
  [/哪里|哪裡|哪儿|哪兒|在哪|何处|何處|什么地方|什麼地方|哪(?:个|個|一)?(?:国家|國家|城市|省|地区|地區|地方|州|县|縣|岛|島)/, 'place'],
  [/谁|誰|哪位|什么人|什麼人|何人/, 'person'],
  [/为什么|為什麼|为何|為何|原因|为啥|為啥/, 'reason'],
  [/如何|怎么|怎麼|怎样|怎樣|通过什么|透過什麼/, 'manner'],
  [/^(?:什么是|什麼是).{1,20}[？?]?$|^.{1,20}是什么[？?]?$|^.{1,20}是什麼[？?]?$/, 'definition'],
];

export function questionType(question: string): AnswerType {
  const rules = HAN_RE.test(question) ? ZH_RULES : EN_RULES;
  for (const [re, type] of rules) if (re.test(question)) return type;
  return 'other';
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const TIME_EN_RE = new RegExp(
  `\\b(?:1\\d{3}|20\\d{2})s?\\b|\\b\\d{1,2}(?:st|nd|rd|th) century\\b|\\b(?:${MONTHS})\\b|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight)\\b|\\b(?:BC|AD|BCE|CE)\\b|\\b(?:last|next|this) (?:year|month|week|spring|summer|autumn|fall|winter)\\b|\\b(?:century|decade|era|dynasty)\\b`,
);
// The lookbehinds start a run of digits only at its first digit: without them these scan the run from each
// of its characters, quadratic in a long run (tests/unit/security/regexAudit.test.ts). Same matches.
const TIME_ZH_RE = /(?<![\d０-９一二三四五六七八九十〇零百千])[\d０-９一二三四五六七八九十〇零百千]+\s*(?:年|月|日|号|號|世纪|世紀|年代)|(?:今|去|明|前|后|後)年|朝|代|时期|時期|期间|期間|春|夏|秋|冬|星期|周[一二三四五六日]/;

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|half|third|quarter|percent|twice|several';
const NUMBER_EN_RE = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'i');
const NUMBER_ZH_RE = /[\d０-９]|(?<![一二两兩三四五六七八九十百千万萬亿億])[一二两兩三四五六七八九十百千万萬亿億]+\s*(?:个|個|名|位|次|种|種|家|人|年|倍|元|岁|歲|米|公里|平方|%|％)|百分之|半/;

const MONEY_RE = /[$€£¥₹]\s?\d|(?<![\d,.])\d[\d,.]*\s?(?:dollars|euros|pounds|yen|yuan|usd|eur|gbp)\b|\b(?:USD|EUR|GBP|CNY|RMB)\s?\d|\d\s*(?:万|萬|亿|億)?\s*(?:美元|元|人民币|人民幣|欧元|歐元|英镑|英鎊|日元|港元|港币|港幣)/i;

const PLACE_EN_RE = /\b(?:in|at|from|near|to|into|across|throughout|outside|inside) (?:the )?[A-Z][a-z]+/;
const PLACE_ZH_RE = /[省市县縣州国國岛島山河江湖海区區镇鎮村港洲]|北京|上海|香港|台湾|臺灣|台灣/;

const REASON_EN_RE = /\b(?:because|since|due to|owing to|as a result|in order to|so that|so as to|reason|therefore|thus|hence|led to|leads to|caused|causes|result of|in response to|argu(?:e|es|ed|ing)|aims? to|to avoid|to prevent|to allow|thanks to|require[sd]?|necessitate[sd]?)\b/i;
const REASON_ZH_RE = /因为|因為|由于|由於|所以|因此|为了|為了|原因|导致|導致|使得|以便|以免|从而|從而|认为|認為|在于|在於/;

const MANNER_EN_RE = /\b(?:by|through|using|via|with the help of|by means of|method|process|technique|approach|way)\b/i;
const MANNER_ZH_RE = /通过|通過|利用|借助|采用|採用|使用|方法|方式|途径|途徑/;

/** Two or more capitalised words in a row, or one not at the start of the sentence: the likely names. */
const NAME_EN_RE = /(?:^|[^.!?]\s)(?:[A-Z][\p{Ll}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{Ll}'’-]+|[A-Z]\.|de|van|von|da|al|bin|la|le)){0,3}/gu;
const PERSON_ROLE_ZH_RE = /先生|女士|教授|博士|总统|總統|主席|总理|總理|部长|部長|总裁|總裁|首席|创始人|創辦人|创办人|科学家|科學家|作家|导演|導演|演员|演員|歌手|记者|記者|发言人|發言人|皇帝|国王|國王|将军|將軍|大臣|作者|主持人|[A-Z][a-z]+/;

/**
 * True when the sentence holds something of the asked type that the question does not already name (for
 * names and numbers: "Who founded AMI?" is not answered by the only name in the sentence being AMI).
 */
export function hasAnswerType(sentence: string, type: AnswerType, question: string): boolean {
  const zh = HAN_RE.test(sentence);
  switch (type) {
    case 'time':
      return zh ? TIME_ZH_RE.test(sentence) : TIME_EN_RE.test(sentence);
    case 'money':
      return MONEY_RE.test(sentence) || (zh ? NUMBER_ZH_RE : NUMBER_EN_RE).test(sentence);
    case 'number':
      return hasNewNumber(sentence, question, zh);
    case 'place':
      return zh ? PLACE_ZH_RE.test(sentence) : PLACE_EN_RE.test(sentence) || hasNewName(sentence, question);
    case 'person':
      return zh ? PERSON_ROLE_ZH_RE.test(sentence) || /·/.test(sentence) : hasNewName(sentence, question);
    case 'reason':
      return zh ? REASON_ZH_RE.test(sentence) : REASON_EN_RE.test(sentence);
    case 'manner':
      return zh ? MANNER_ZH_RE.test(sentence) : MANNER_EN_RE.test(sentence);
    default:
      return true;
  }
}

function hasNewNumber(sentence: string, question: string, zh: boolean): boolean {
  const qNums = new Set(question.match(/\d[\d,.]*/g) ?? []);
  for (const n of sentence.match(/\d[\d,.]*/g) ?? []) if (!qNums.has(n)) return true;
  if (zh) return NUMBER_ZH_RE.test(sentence.replace(/[\d０-９]/g, ''));
  return new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, 'i').test(sentence);
}

function hasNewName(sentence: string, question: string): boolean {
  const q = question.toLowerCase();
  for (const m of sentence.matchAll(NAME_EN_RE)) {
    const name = m[0].replace(/^[^A-Z]+/, '').trim();
    if (!name) continue;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (!q.includes(first)) return true;
  }
  return false;
}

/** A money amount ("$1 billion", "3.5 亿美元"). Exported for question generation. */
export function hasMoney(sentence: string): boolean {
  return MONEY_RE.test(sentence);
}

export function hasReason(sentence: string): boolean {
  return (HAN_RE.test(sentence) ? REASON_ZH_RE : REASON_EN_RE).test(sentence);
}

export function hasTime(sentence: string): boolean {
  return (HAN_RE.test(sentence) ? TIME_ZH_RE : TIME_EN_RE).test(sentence);
}
