/**
 * The site's own filing of an article (article:section, JSON-LD articleSection, breadcrumbs, URL path; read
 * by extract/metadata.ts) mapped onto the taxonomy. An editor's choice beats a guess from the words, so a
 * section name Lede knows decides the category; names that say nothing about the subject ("News", "Local",
 * "Opinion", "U.S.") are skipped and the classifier decides.
 */
import type { CategoryId } from './taxonomy';

type Names = Partial<Record<CategoryId, string>>;

/**
 * Section names as sites write them, one table per language, lower case, `|` between names. The tables are
 * merged into one lookup: a hint is read whatever the page's language (sites mix English section names into
 * other languages' paths). Whole names are looked up first ("real estate"), then each word of the name
 * ("world-news" -> world, "Sport/Football" -> sports).
 */
const NAMES_BY_LANG: Readonly<Record<string, Names>> = {
  en: {
    world: 'world|international|global|europe|asia|africa|americas|middle east|middleeast|mideast|foreign',
    politics: 'politics|political|election|elections|government|congress|parliament',
    business:
      'business|economy|economics|markets|market|finance|financial|money|companies|industry|real estate|property|realestate|stocks',
    technology: 'technology|tech|science|sciences|digital|internet|gadgets|gaming|games|ai|it',
    health: 'health|wellness|medicine|medical|wellbeing|nutrition|fitness',
    sports:
      'sport|sports|football|soccer|nfl|nba|mlb|nhl|tennis|golf|cricket|rugby|hockey|baseball|basketball|formula 1|f1|olympics|cycling',
    entertainment: 'entertainment|arts|culture|music|movies|film|films|tv|television|celebrity|celebrities|books|showbiz',
    style: 'style|lifestyle|fashion|beauty|design|home and garden|living|family|parenting|relationships|religion',
    'food-travel': 'food|travel|recipes|recipe|dining|drinks|restaurants',
    environment: 'environment|climate|climate change|green',
    education: 'education|schools|school|universities|college|higher education',
    crime: 'crime|courts|justice|police|law|crime and justice|law and order',
  },
  de: {
    world: 'ausland|welt|international',
    politics: 'politik|inland|bundestag|wahl|wahlen',
    business: 'wirtschaft|finanzen|geld|börse|unternehmen|immobilien|landwirtschaft',
    technology: 'wissenschaft|technik|netzwelt|web|digitales|forschung',
    health: 'gesundheit|medizin|ernährung|abnehmen|fitness',
    sports: 'sport|fussball|fußball|bundesliga|radsport|radfahren|formel 1',
    entertainment: 'kultur|kino|musik|unterhaltung|promis|fernsehen|literatur|bücher',
    style: 'stil|leben|mode|familie|wohnen|religion|kirche',
    'food-travel': 'reise|reisen|essen|genuss|rezept|rezepte|einzelrezepte|kochen|trinken|urlaub',
    environment: 'umwelt|klima|natur|energiewende',
    education: 'bildung|schule|hochschule|studium|campus',
    crime: 'kriminalität|justiz|blaulicht|polizei|polizeibericht|polizeimeldungen',
  },
  fr: {
    world: 'monde|international|europe|afrique|asie',
    politics: 'politique|élections|elections|gouvernement',
    business: 'économie|economie|argent|entreprises|finance|immobilier|bourse',
    technology: 'technologie|technologies|numérique|numerique|sciences et techno|high-tech|tech',
    health: 'santé|sante|bien-être|bien etre|médecine|medecine|nutrition',
    sports: 'sport|sports|foot|football|rugby|cyclisme|tennis',
    entertainment: 'culture|cinéma|cinema|musique|livres|people|spectacles',
    style: 'mode|beauté|beaute|famille|maison|déco|deco|art de vivre',
    'food-travel': 'voyage|voyages|gastronomie|cuisine|recettes|recette|tourisme',
    environment: 'environnement|climat|planète|planete|écologie|ecologie',
    education: 'éducation|education|école|ecole|enseignement',
    crime: 'faits divers|faits-divers|justice|police|société judiciaire',
  },
  es: {
    world: 'mundo|internacional',
    politics: 'política|politica|elecciones|gobierno',
    business: 'economía|economia|negocios|finanzas|mercados|dinero|empresas',
    technology: 'tecnología|tecnologia|ciencia|ciencias|ciencia y tecnología',
    health: 'salud|bienestar|medicina',
    sports: 'deportes|deporte|fútbol|futbol|tenis|baloncesto|béisbol',
    entertainment: 'cultura|cine|música|musica|espectáculos|espectaculos|entretenimiento|televisión|gente|farándula|libros',
    style: 'estilo|moda|belleza|familia|hogar|estilo de vida',
    'food-travel': 'viajes|gastronomía|gastronomia|recetas|cocina|turismo',
    environment: 'medio ambiente|medioambiente|clima|ambiente|planeta',
    education: 'educación|educacion|escuelas|universidad',
    crime: 'justicia|sucesos|policiales|policial|judicial|judiciales|crimen',
  },
  pt: {
    world: 'mundo|internacional',
    politics: 'política|politica|eleições|eleicoes|governo|poder',
    business: 'economia|mercado|mercados|negócios|negocios|finanças|financas|dinheiro',
    technology: 'tecnologia|ciência|ciencia|ciência e tecnologia',
    health: 'saúde|saude|bem-estar|equilíbrio e saúde',
    sports: 'esporte|esportes|desporto|futebol',
    entertainment: 'cultura|entretenimento|cinema|música|musica|famosos|ilustrada',
    style: 'estilo|moda|beleza|família|familia',
    'food-travel': 'viagem|turismo|comida|gastronomia|receitas|culinária',
    environment: 'ambiente|meio ambiente|clima',
    education: 'educação|educacao',
    crime: 'polícia|policia|justiça|justica|cotidiano policial|crime',
  },
  it: {
    world: 'esteri|mondo',
    politics: 'politica|elezioni|governo',
    business: 'economia|finanza|mercati|soldi',
    technology: 'scienza|tecnologia|scienze',
    health: 'salute|benessere',
    sports: 'sport|calcio|ciclismo',
    entertainment: 'spettacoli|cultura|cinema|musica|spettacolo',
    style: 'moda|stile|famiglia',
    'food-travel': 'viaggi|cucina|ricette',
    environment: 'ambiente',
    education: 'scuola|istruzione|università',
    crime: 'cronaca nera|giudiziaria',
  },
  cs: {
    world: 'zahraničí|zahranici|svět|svet',
    politics: 'politika|volby',
    business: 'ekonomika|ekonomika a byznys|byznys|finance',
    technology: 'věda|veda|technologie',
    health: 'zdraví|zdravi',
    sports: 'sport|fotbal|hokej',
    entertainment: 'kultura|film|hudba',
    crime: 'krimi|černá kronika',
  },
  fi: {
    world: 'ulkomaat',
    politics: 'politiikka|vaalit',
    business: 'talous',
    technology: 'tiede|teknologia',
    health: 'terveys',
    sports: 'urheilu|jalkapallo|jääkiekko',
    entertainment: 'kulttuuri|viihde',
    crime: 'rikos|rikokset',
  },
  ru: {
    world: 'мир|в мире',
    politics: 'политика',
    business: 'экономика|бизнес|финансы',
    technology: 'технологии|наука',
    health: 'здоровье',
    sports: 'спорт',
    entertainment: 'культура|кино',
    'food-travel': 'путешествия',
    environment: 'экология',
    education: 'образование',
    crime: 'происшествия|криминал',
  },
  zh: {
    world: '国际|世界|国际新闻|國際',
    politics: '政治|时政|時政',
    business: '财经|經濟|经济|商业|股票|房产|财经新闻|金融',
    technology: '科技|科学|数码',
    health: '健康|医疗|养生',
    sports: '体育|體育',
    entertainment: '娱乐|文化|娛樂',
    style: '时尚|生活|家居',
    'food-travel': '美食|旅游|旅行',
    environment: '环境|环保',
    education: '教育',
    crime: '法治|社会法治|法制',
  },
  ja: {
    world: '国際|世界|海外',
    politics: '政治',
    business: '経済|ビジネス|マネー',
    technology: 'テクノロジー|サイエンス|科学技術|科学|it',
    health: '健康|医療',
    sports: 'スポーツ',
    entertainment: 'エンタメ|芸能|映画|文化',
    style: 'ライフ|ファッション',
    'food-travel': 'グルメ|旅行',
    environment: '環境',
    education: '教育',
    crime: '事件|社会・事件',
  },
  ko: {
    world: '국제',
    politics: '정치',
    business: '경제|금융',
    technology: '과학|기술|it',
    health: '건강',
    sports: '스포츠',
    entertainment: '연예|문화',
    style: '생활|패션',
    'food-travel': '여행',
    environment: '환경',
    education: '교육',
    crime: '사건',
  },
};

/** Where two tables name the same word for different sections, the first table wins (English, then the rest in order). */
const LOOKUP: ReadonlyMap<string, CategoryId> = (() => {
  const m = new Map<string, CategoryId>();
  for (const names of Object.values(NAMES_BY_LANG))
    for (const [id, list] of Object.entries(names) as [CategoryId, string][])
      for (const n of list.split('|')) if (!m.has(n)) m.set(n, id);
  return m;
})();

/**
 * German writes a section as a compound whose last part names it ("Agrarpolitik", "Lokalsport",
 * "Kommunalpolitik", "Regionalwirtschaft"). Only heads that are no ending of unrelated words: "sport" is
 * left out ("Transport"), "kultur" too ("Esskultur").
 */
const GERMAN_HEADS: readonly [string, CategoryId][] = [
  ['politik', 'politics'],
  ['wirtschaft', 'business'],
  ['fußball', 'sports'],
  ['fussball', 'sports'],
  ['gesundheit', 'health'],
  ['rezepte', 'food-travel'],
  ['kriminalität', 'crime'],
];

function germanCompound(word: string): CategoryId | undefined {
  for (const [head, id] of GERMAN_HEADS) if (word.length >= head.length + 3 && word.endsWith(head)) return id;
  return undefined;
}

/** Names too short or common to trust as one word of a longer name ("Make it work", "AI Act"). */
const WHOLE_ONLY = new Set(['it', 'ai', 'law', 'web', 'home and garden', 'living', 'tv', 'people', 'poder', 'leben', 'natur']);

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
    const id = WHOLE_ONLY.has(word) ? undefined : (LOOKUP.get(word) ?? germanCompound(word));
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

/** Whether a name, whole, is a section name Lede knows in any language ("Drinks", "Leben", "Politik"). */
export function isKnownSection(name: string): boolean {
  const n = name.normalize('NFKC').toLowerCase().trim();
  return LOOKUP.has(n) || WHOLE_ONLY.has(n);
}
