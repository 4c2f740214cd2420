/**
 * Words a reader uses for what the article says in other words: "What will the money be used for?" is answered
 * by "the funds will fund GPU clusters", "Which companies compete with AMI?" by "players like Tesla". A small
 * hand-written lexicon per language, each group words that answer for one another in a question; only
 * relations a question commonly crosses (use/fund, compete/rival, buy/acquire), never broad thesaurus
 * synonyms, which would match everything. Spaced-script words are stemmed as the index stems them.
 */
import { stem } from './askTerms';
import { normalizeToken } from '../text/segment';

const GROUPS: Record<string, string[]> = {
  en: [
    'use used uses using fund funds funded funding finance finances financed pay spend spent',
    'money funds funding capital cash investment financing proceeds',
    'compete competes competing competitor competitors competition competitive rival rivals players',
    'buy buys bought acquire acquired acquires acquisition purchase purchased',
    'sell sells sold sale sales',
    'cost costs price prices priced expense expensive',
    'start started starts begin begins began launch launched found founded establish established',
    'ban bans banned prohibit prohibited forbid forbidden outlaw',
    'die died dies death deaths dead killed',
    'increase increased rise rose risen grow grew growth',
    'decrease decreased fall fell drop dropped decline declined',
    'plan plans planned intend intends aim aims',
    'leader leads led head heads chief ceo',
    'worker workers employee employees staff',
    'car cars vehicle vehicles',
    'hold held host hosted venue',
    'old age aged',
    'pick picked select selected choose chosen elect elected appoint appointed',
    'win won victory winner beat defeat defeated',
    'prevent prevented deny denied stop stopped block blocked',
    'broadcast broadcasts aired televised',
    'born birth',
    'marry married marriage wife husband spouse',
    'invent invented inventor invention',
    'write wrote written writer author',
    'create created creator creation',
    'founder founded foundation',
    'build built construct constructed construction',
    'design designed designer architect',
    'discover discovered discovery',
    'population inhabitants residents',
    'large largest big biggest size',
    'long length',
    'tall height high',
    'far distance',
    'wide width',
    'deep depth',
    'heavy weight',
    'locate located situated',
    'end ended finish finished conclude concluded',
    'teach taught teacher',
    'study studied student',
    'govern government governor ruler',
    'war battle fight fought',
    'attack attacked invade invaded invasion',
    'compose composed composer',
    'allow allowed permit permitted',
    'require required need needed',
    'receive received obtain obtained earn earned',
    'display displayed exhibit exhibited',
    'own owned owner',
    'live lived resident reside',
    'percentage percent proportion share',
    'first earliest original initially',
    'move moved relocate relocated',
    'join joined member',
    'leave departed depart',
    'law laws legislation rule rules regulation regulations',
  ],
  fr: [
    'utiliser utilisé utilisés utilisée utilisera servir servira financer financera financé financement',
    'argent fonds financement capital capitaux investissement',
    'concurrent concurrents concurrence concurrencer rival rivaux',
    'acheter acheté achat acquérir acquis acquisition racheter rachat',
    'interdire interdit interdits interdiction bannir',
    'coût coûte coûts prix',
    'mort morts décès décédé tué tués',
  ],
  de: [
    'verwenden verwendet nutzen genutzt finanzieren finanziert finanzierung',
    'geld mittel finanzierung kapital investition',
    'konkurrent konkurrenten konkurrenz wettbewerber wettbewerb rivale rivalen',
    'kaufen kauft gekauft übernahme übernehmen übernimmt erwerben erworben',
    'verbieten verboten verbot',
    'kosten kostet preis preise',
    'tot tote tod gestorben getötet',
  ],
  es: [
    'usar usará usado utilizar utilizará utilizado destinar destinará financiar financiará financiación',
    'dinero fondos financiación capital inversión',
    'competir compite competidor competidores competencia rival rivales',
    'comprar compró compra adquirir adquirió adquisición',
    'prohibir prohibió prohibido prohibición',
    'costo coste cuesta precio',
    'muerto muertos murió muerte fallecido fallecidos',
  ],
  pt: [
    'usar usado utilizar utilizado destinar financiar financiado financiamento',
    'dinheiro fundos financiamento capital investimento',
    'competir concorrente concorrentes concorrência rival rivais',
    'comprar comprou compra adquirir adquiriu aquisição',
    'proibir proibiu proibido proibição',
    'custo custa preço',
    'morto mortos morreu morte',
  ],
  ru: [
    'использовать использовать использованы потратить потратят финансировать финансирование',
    'деньги средства финансирование капитал инвестиции',
    'конкурент конкуренты конкуренция соперник соперники',
    'купить купил покупка приобрести приобрел приобретение',
    'запретить запрет запрещено',
    'стоимость стоит цена',
  ],
  zh: ['用于 用来 用在 资助 投入 投向', '资金 钱 经费 融资 投资', '竞争 对手 竞争者 竞争对手 同行', '收购 购买 买下 并购', '禁止 禁令 取缔', '成本 费用 价格 花费'],
  ja: ['使う 使わ 充て 充てる 投じる 資金', '競合 競争 ライバル 対抗', '買収 購入 取得', '禁止 規制'],
  ko: ['사용 쓰 투자 자금', '경쟁 경쟁자 라이벌 경쟁사', '인수 구매 매입', '금지 규제'],
};

const index = new Map<string, Map<string, string[]>>();

function lexicon(lang: string): Map<string, string[]> {
  let m = index.get(lang);
  if (m) return m;
  m = new Map();
  for (const group of GROUPS[lang] ?? []) {
    const stems = [...new Set(group.split(' ').map((w) => stem(normalizeToken(w))))];
    for (const s of stems) m.set(s, [...new Set([...(m.get(s) ?? []), ...stems.filter((x) => x !== s)])]);
  }
  index.set(lang, m);
  return m;
}

/** The index terms related to `term` (already normalised and stemmed) in the language, excluding itself. */
export function relatedTerms(term: string, lang: string): string[] {
  return lexicon((lang.split(/[-_]/)[0] ?? '').toLowerCase()).get(term) ?? [];
}
