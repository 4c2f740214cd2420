/**
 * Who a sentence quotes: the person whose words it reports, found by the reporting verb beside their name. News
 * names a speaker in three shapes, and "What did X say?" in the article's language is asked of the first two
 * people so quoted (generate.ts):
 *
 * - the verb first, the name after it: "said Marc Goldwein", « a déclaré Jean Dupont » (generate.ts, forms.ts);
 * - the verb first, a role between it and the name: « a déclaré le ministre Laurent Fabius », „sagt
 *   BKA-Präsident Holger Münch", "dijo el ministro Carlos Ruiz";
 * - the name opening the sentence, perhaps with an appositive, then the verb: "Holger Münch sagte, ...",
 *   « Jean Dupont, maire de Lyon, a déclaré que ... », "María Ortega afirmó que ...".
 *
 * A name is two or three capitalised words, not an article or a pronoun ("Die Polizei sagte" is not a person).
 */
import { formsFor } from './forms';

const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2}";

/**
 * Reporting verbs after which the speaker is named, per language. The bare shape ("said Marc Goldwein") is the
 * caller's own pattern (generate.ts, forms.ts `says`); here these verbs take a role before the name.
 */
const VERB_FIRST: Record<string, string> = {
  en: '(?:said|says|added|warned|argued|explained|wrote)',
  fr: '(?:a déclaré|a affirmé|a dit|a expliqué|a souligné|a indiqué|a précisé|a assuré|estime|explique|souligne|affirme|selon)',
  de: '(?:sagte|sagt|erklärte|erklärt|betonte|betont|so|laut|warnte|kritisierte)',
  es: '(?:dijo|afirmó|explicó|declaró|aseguró|señaló|según|indicó|sostuvo|agregó|añadió)',
  pt: '(?:disse|afirmou|explicou|declarou|segundo|destacou|ressaltou|avaliou|acrescentou)',
};

/** Reporting verbs after a speaker who opens the sentence, per language. */
const SUBJECT_FIRST: Record<string, string> = {
  en: '(?:said|says|told|added|warned|argued|explained|wrote)',
  fr: '(?:a (?:déclaré|affirmé|dit|expliqué|souligné|indiqué|précisé|assuré|estimé|reconnu)|estime|explique|souligne|affirme|déclare|assure)',
  de: '(?:sagte|sagt|erklärte|erklärt|betonte|betont|warnte|kritisierte|forderte|meint|meinte)',
  es: '(?:dijo|afirmó|explicó|declaró|aseguró|señaló|indicó|sostuvo|ha dicho|ha afirmado|ha explicado)',
  pt: '(?:disse|afirmou|explicou|declarou|destacou|ressaltou|avaliou|garantiu)',
};

/** Words that open a sentence without naming a person: articles, pronouns, connectives. */
const NOT_NAME =
  /^(?:The|A|An|This|That|These|Those|But|And|When|If|In|On|At|For|Der|Die|Das|Ein|Eine|Dieser|Diese|Auch|Doch|Aber|Und|Le|La|Les|Un|Une|Ce|Cette|Mais|Et|El|Los|Las|Una|Este|Esta|Pero|O|Os|As|Um|Uma|Mas|Para|Em|No|Na|Com)$/u;

/** An article and a role before the name ("der Ministerpräsident", "le ministre", "el portavoz del partido"). */
const ROLE_GAP = '((?:[\\p{L}-]+ ){1,4}?)';

interface SpeakerShapes {
  withRole: RegExp;
  subjectFirst: RegExp;
  roles: RegExp | null;
}

const cache = new Map<string, SpeakerShapes | null>();

function shapes(lang: string): SpeakerShapes | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const verb = VERB_FIRST[lang];
  const opener = SUBJECT_FIRST[lang];
  const out =
    verb && opener
      ? {
          withRole: new RegExp(`(?<![\\p{L}])${verb} ${ROLE_GAP}(${NAME})(?![\\p{L}-])`, 'u'),
          // An age in brackets or an appositive between commas may follow the name ("Irme Weber (65)").
          subjectFirst: new RegExp(`^(${NAME})(?: \\(\\d{1,3}\\))?(?:, [^,]{3,80},)? ${opener}(?![\\p{L}])`, 'u'),
          roles: lang === 'en' ? null : (formsFor(lang)?.roles ?? null),
        }
      : null;
  cache.set(lang, out);
  return out;
}

const JOINER_END = /(?:^|\s)(?:de|del|da|do|das|dos|des|du|der|von|of|d['’]\S*)\s$/u;

const notAName = (name: string) => NOT_NAME.test(name.split(' ')[0]!);

/**
 * The person a sentence quotes by the two shapes the caller's own pattern does not read, or null. A role between the verb and the name must be one of the language's
 * role words ("le ministre"), so that "a déclaré jeudi à Paris Jean Dupont" is not read as a role.
 */
export function speakerIn(sentence: string, lang: string): string | null {
  const s = shapes(lang);
  if (!s) return null;
  const first = s.subjectFirst.exec(sentence)?.[1];
  if (first && !notAName(first)) return first;
  if (!s.roles) return null;
  const m = s.withRole.exec(sentence);
  // "el ministro de Salud Carlos Ruiz": after "de" a capitalised word may be the ministry's, not the name's.
  if (!m || /[,;:.]/.test(m[1]!) || !s.roles.test(m[1]!) || notAName(m[2]!) || JOINER_END.test(m[1]!)) return null;
  return m[2]!;
}
