/**
 * What kind of thing a topic names, for a reader scanning the chips and for interests that group alike:
 * a person, an organisation, a place, a product, an event, or a theme (a common noun the article is about).
 * A small rule set per language, no model: honorifics and titles before a name, given names, legal and
 * institutional suffixes, a compact gazetteer of countries, regions and major cities, model numbers, and the
 * words that name events. A name none of them settles stays untyped: a wrong type is worse than none.
 */
import type { TopicType } from '../types';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s: string) => new Set(s.split(' ').map(fold));

/** Countries, regions and major cities, in the spellings of the languages Lede reads (folded). */
const PLACES = words(
  'afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium bolivia ' +
    'bosnia brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba cyprus czechia denmark ' +
    'ecuador egypt estonia ethiopia finland france georgia germany ghana greece guatemala haiti honduras hungary ' +
    'iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo ' +
    'kuwait laos latvia lebanon libya lithuania luxembourg madagascar malaysia mali malta mexico moldova mongolia ' +
    'montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway pakistan palestine ' +
    'panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia ' +
    'singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia ' +
    'turkey uganda ukraine uruguay venezuela vietnam wales yemen zambia zimbabwe england britain barbados cuba ' +
    'guadeloupe europe africa asia america antarctica oceania darfur gaza crimea kashmir tibet xinjiang patagonia ' +
    'catalonia bavaria siberia sahara balkans caribbean ' +
    // Major cities.
    'london paris berlin madrid rome moscow beijing shanghai tokyo osaka seoul delhi mumbai karachi lagos cairo ' +
    'nairobi johannesburg sydney melbourne toronto montreal montréal vancouver chicago boston seattle houston ' +
    'dallas atlanta miami denver phoenix detroit washington manhattan brooklyn baltimore philadelphia hollywood ' +
    'istanbul ankara tehran baghdad kabul jerusalem damascus beirut riyadh dubai doha kyiv kiev minsk warsaw prague ' +
    'vienna budapest bucharest athens lisbon dublin edinburgh glasgow manchester liverpool birmingham bristol bath ' +
    'amsterdam brussels geneva zurich munich hamburg frankfurt cologne milan naples barcelona valencia seville ' +
    'marseille lyon helsinki stockholm oslo copenhagen harare kathmandu katmandou hanoi bangkok jakarta manila ' +
    'singapore taipei hongkong bogota lima santiago caracas havana brasilia rio buenos aires guatemala ' +
    'minneapolis oakland shrewsbury guizhou ' +
    // French, Spanish, Portuguese, German spellings of the most named.
    'espagne allemagne angleterre chine russie italie etats-unis royaume-uni japon bresil mexique inde turquie ' +
    'nepal grece suisse belgique pays-bas ukraine syrie israel iran irak egypte algerie maroc tunisie ' +
    'alemania espana francia inglaterra rusia italia brasil japon turquia estados unidos reino unido ' +
    'alemanha franca espanha inglaterra russia italia japao eua deutschland frankreich spanien england russland ' +
    'italien japan china turkei schweiz osterreich polen ukraine usa ' +
    'londres berlim pekin pequim tokio moscou moscu varsovie lisboa lisbonne bruxelles munchen wien koln',
);

/** Multi-word places whose words alone would not say so. */
const PLACE_PHRASES: ReadonlySet<string> = new Set(['united states', 'united kingdom', 'new zealand', 'south africa', 'south korea', 'north korea', 'saudi arabia', 'new york', 'new york city', 'los angeles', 'san francisco', 'hong kong', 'sri lanka', 'costa rica', 'puerto rico', 'el salvador', 'south sudan', 'st louis', 'st louis park', 'new delhi', 'abu dhabi', 'tel aviv', 'buenos aires', 'rio de janeiro', 'sao paulo', 'antigua and barbuda', 'czech republic', 'ivory coast', 'middle east', 'latin america', 'west bank', 'silicon valley', 'united arab emirates', 'european union']);

/** Words that head or end a place name ("Lake Tahoe", "Bristol County", "Rue de Rivoli"). */
const PLACE_PARTS = words('city county province state river lake mount mountains island islands bay valley street avenue road square park district region coast beach peninsula gulf sea ocean canyon airport station bridge');

/** Honorifics and titles that stand before a person's name, per language (folded). */
const TITLES = words(
  'mr mrs ms miss dr prof sir dame lord lady president vice prime minister chancellor senator sen rep governor ' +
    'mayor judge justice king queen prince princess pope general gen col capt sgt coach chief ceo secretary ' +
    'ambassador commissioner inspector detective officer pastor rev father sister brother saint ' +
    'm mme mlle monsieur madame president presidente ministre ministro ministra senor senora senhor senhora dona ' +
    'herr frau bundeskanzler kanzler kanzlerin minister ministerin praesident prasident prasidentin ' +
    'pan pani herra rouva',
);

/** Frequent given names of the pages Lede reads; a name starting with one is a person. */
const GIVEN_NAMES = words(
  'john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark ' +
    'donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob ' +
    'gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank ' +
    'patrick raymond jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan ' +
    'jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe ' +
    'jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah ' +
    'louis bobby philip johnny barack joe hillary elon jeff bill tony boris emmanuel angela olaf vladimir xi ' +
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ' +
    'ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura ' +
    'cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra ' +
    'rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina ' +
    'lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn ' +
    'sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa ' +
    'sophia marie diana brittany natalie isabella charlotte rose alexis kayla ellen zoe eloise nadia marissa ' +
    'jean pierre jacques francois emmanuel nicolas laurent olivier eric philippe michel alain bernard valerie ' +
    'jose luis carlos manuel antonio francisco javier miguel pedro jorge alejandro fernando rafael ricardo ' +
    'cristiano lionel jair luiz paulo joao marcos heber ' +
    'hans peter klaus wolfgang jurgen stefan andreas thomas michael frank markus christian sebastian ' +
    'tomas jan petr pavel jiri martin vladimir sanna matti',
);

/** Legal forms and institutions that end (or start) an organisation's name. */
const ORG_PARTS = words(
  'inc corp corporation co ltd llc plc gmbh ag sa sas srl spa nv bv kg se group holdings company ' +
    'party council university college institute school academy foundation association society union league ' +
    'federation committee commission agency authority department ministry bureau office court parliament ' +
    'assembly congress senate government administration army navy police bank fund trust press times post ' +
    'news journal magazine network studios records airlines airways motors technologies systems labs ' +
    'hospital clinic church club fc united team organisation organization board service services ' +
    'universite universidad universidade universitat partido parti partei conseil consejo conselho comite ' +
    'ministere ministerio ministerium assemblee asamblea bundestag bundesrat tribunal polizei policia',
);

/** Words that make a phrase an event ("presidential election", "Climate Summit", "World Cup"). */
const EVENT_PARTS = words(
  'election elections vote referendum primary primaries summit conference war wars battle invasion attack ' +
    'attacks cup olympics olympic games championship championships tournament final finals festival ' +
    'awards prix expo fair strike strikes protest protests riot riots crisis earthquake hurricane flood ' +
    'floods pandemic outbreak trial inquiry impeachment coup shooting bombing massacre scandal ' +
    'eleicao eleicoes election elecciones guerre guerra krieg wahl wahlen gipfel sommet cumbre copa coupe ' +
    'mundial weltmeisterschaft olympiade seisme terremoto erdbeben',
);

/** A model designation: letters with digits ("PS4", "iPhone15", "A17"), or a short number or one capital after a name. */
const MODEL_RE = /^(?:\p{L}+\d+\p{L}*|\d+\p{L}+|\d{1,3}|\p{Lu}|(?:pro|max|mini|plus|ultra|air|x|xl|se|lite))$/iu;
const PRODUCT_HEADS = words('iphone ipad mac macbook android windows xbox playstation switch galaxy pixel kindle tesla vision model office chrome firefox safari linux ios macos minecraft chatgpt gpt');

export interface TypeHints {
  /** Capitalised in running text: a name rather than a common phrase. */
  entity: boolean;
  /** The words of the topic as written. */
  tokens: readonly string[];
  /** Words seen just before the topic in the text, folded, with counts ("president" before "Yoon Suk Yeol"). */
  before?: ReadonlyMap<string, number>;
}

/** The type of a topic, or undefined when the rules do not settle it. */
export function topicType(label: string, hints: TypeHints): TopicType | undefined {
  const toks = hints.tokens.map((t) => fold(t.replace(/(?<![.'’])[.'’]+$/u, '').replace(/['’]s$/u, '')));
  if (toks.length === 0) return undefined;
  const phrase = toks.join(' ');
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  // "Open" names a tournament only at the end ("US Open"), not in front ("Open Source").
  if ((toks.some((t) => EVENT_PARTS.has(t)) || (toks.length > 1 && last === 'open')) && (hints.entity || toks.length > 1)) return 'event';
  if (PLACE_PHRASES.has(phrase) || (toks.length === 1 && PLACES.has(first))) return 'place';
  if (hints.entity && toks.length > 1 && (ORG_PARTS.has(last) || ORG_PARTS.has(first))) return 'organisation';
  if (hints.entity && toks.length > 1 && (PLACE_PARTS.has(last) || PLACES.has(last))) return 'place';
  if (PRODUCT_HEADS.has(first) || (hints.entity && toks.length > 1 && MODEL_RE.test(hints.tokens[hints.tokens.length - 1]!))) return 'product';
  if (toks.length >= 2 && toks.length <= 4 && (TITLES.has(first) || GIVEN_NAMES.has(first)) && hints.tokens.slice(1).every((t) => /^\p{Lu}/u.test(t))) return 'person';
  if (hints.entity && toks.length === 1 && hints.before) {
    // "President Obama", "Mrs Mugabe": a title right before a single capitalised word marks a person.
    let titled = 0;
    let total = 0;
    for (const [w, n] of hints.before) {
      total += n;
      if (TITLES.has(w)) titled += n;
    }
    if (titled > 0 && titled * 3 >= total) return 'person';
  }
  // An acronym alone is left untyped: "NDR" is a broadcaster, "HDR" a picture format, "DNP" a chemical.
  if (!hints.entity && toks.length === 1 && /^\p{Ll}/u.test(label)) return 'theme';
  return undefined;
}
