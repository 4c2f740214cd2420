/**
 * The site's own filing of an article (article:section, JSON-LD articleSection, breadcrumbs, URL path; read
 * by extract/metadata.ts) mapped onto the taxonomy. An editor's choice beats a guess from the words, so a
 * section name Lede knows decides the category; names that say nothing about the subject ("News", "Local",
 * "Opinion", "U.S.") are skipped and the classifier decides.
 */
import type { CategoryId } from './taxonomy';

/**
 * Section names as sites write them, in the languages Lede reads most, lower case. Whole names are looked up
 * first ("real estate"), then each word of the name ("world-news" -> world, "Sport/Football" -> sports).
 */
const NAMES: Readonly<Record<CategoryId, string>> = {
  world:
    'world|international|global|europe|asia|africa|americas|middle east|middleeast|mideast|foreign|ausland|welt|zahraničí|zahranici|ulkomaat|monde|mundo|internacional|esteri|мир|в мире|国际|国際|국제|世界',
  politics:
    'politics|political|election|elections|government|congress|parliament|politik|inland|politika|politiikka|politique|política|politica|политика|政治|时政|時政|정치',
  business:
    'business|economy|economics|markets|market|finance|financial|money|companies|industry|real estate|property|realestate|stocks|wirtschaft|ekonomika|talous|finanzen|geld|börse|unternehmen|économie|economie|argent|entreprises|economía|negocios|economia|mercado|mercados|экономика|бизнес|финансы|财经|经济|商业|股票|房产|経済|ビジネス|マネー|경제|금융',
  technology:
    'technology|tech|science|sciences|digital|internet|gadgets|gaming|games|ai|wissenschaft|technik|netzwelt|web|technologie|technologies|numérique|sciences et techno|tecnología|tecnologia|ciencia|ciência|scienza|технологии|наука|科技|科学|数码|テクノロジー|サイエンス|科学技術|it|과학|기술',
  health:
    'health|wellness|medicine|medical|wellbeing|gesundheit|santé|sante|salud|saúde|salute|здоровье|健康|医疗|医療|건강',
  sports:
    'sport|sports|football|soccer|fotbal|fútbol|futbol|futebol|jalkapallo|urheilu|esporte|nfl|nba|mlb|nhl|tennis|golf|cricket|rugby|hockey|baseball|basketball|formula 1|f1|olympics|fussball|fußball|deportes|esportes|desporto|calcio|спорт|体育|スポーツ|스포츠',
  entertainment:
    'entertainment|arts|culture|music|movies|film|films|tv|television|celebrity|celebrities|books|showbiz|kultur|kino|musik|cinéma|cinema|musique|cultura|cine|música|espectáculos|entretenimento|spettacoli|культура|кино|娱乐|文化|エンタメ|芸能|映画|연예|문화',
  style:
    'style|lifestyle|fashion|beauty|design|home and garden|living|family|parenting|relationships|religion|stil|leben|mode|estilo|moda|时尚|生活|家居|ライフ|ファッション|생활|패션',
  'food-travel':
    'food|travel|recipes|dining|drinks|restaurants|reise|reisen|essen|genuss|voyage|voyages|gastronomie|cuisine|viajes|gastronomía|viagem|turismo|comida|viaggi|cucina|путешествия|美食|旅游|旅行|グルメ|여행',
  environment:
    'environment|climate|climate change|green|umwelt|klima|environnement|climat|planète|planete|medio ambiente|ambiente|экология|环境|環境|환경',
  education:
    'education|schools|school|universities|college|higher education|bildung|schule|éducation|educación|educação|scuola|образование|教育|교육',
  crime:
    'crime|courts|justice|police|law|crime and justice|law and order|kriminalität|justiz|faits divers|faits-divers|justicia|sucesos|polícia|происшествия|法治|事件|사건',
};

const LOOKUP: ReadonlyMap<string, CategoryId> = new Map(
  (Object.entries(NAMES) as [CategoryId, string][]).flatMap(([id, names]) => names.split('|').map((n) => [n, id] as const)),
);

/** Names too short or common to trust as one word of a longer name ("Make it work", "AI Act"). */
const WHOLE_ONLY = new Set(['it', 'ai', 'law', 'web', 'home and garden', 'living', 'tv']);

/**
 * One hint -> a section: the whole name, else from its words. "World" only when no other word names a
 * section: it qualifies more often than it files ("Fútbol Internacional", "International Business").
 */
function sectionOf(hint: string): CategoryId | null {
  const name = hint.normalize('NFKC').toLowerCase().replace(/[_+]/g, ' ').replace(/(?<!\s)\s*&\s*/g, ' and ').trim();
  const whole = LOOKUP.get(name) ?? LOOKUP.get(name.replace(/-/g, ' '));
  if (whole) return whole;
  let world = false;
  for (const word of name.split(/[\s/|>»›,.:;·・-]+/)) {
    const id = WHOLE_ONLY.has(word) ? undefined : LOOKUP.get(word);
    if (id === 'world') world = true;
    else if (id) return id;
  }
  return world ? 'world' : null;
}

/** The section the site files the article under, from its hints in order, or null when none is one Lede knows. */
export function sectionFromHints(hints: readonly string[] | undefined): CategoryId | null {
  for (const h of hints ?? []) {
    const id = sectionOf(h);
    if (id) return id;
  }
  return null;
}
