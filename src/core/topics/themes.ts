/**
 * Lone common words as topics. A single lower-case word ("surveillance", "halibut", "renseignement") is shown
 * only as the article's theme, at most two per page (keyphrases.ts). Some words recur in any story without
 * being what it is about: people's roles and relations ("president", "wife"), the story's own apparatus
 * ("source", "information", "study"), administrative words ("city", "government", "law"). They are no
 * theme alone, in any article; inside a phrase ("gun control laws") they still count.
 */

const NOT_THEMES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    (
      'president presidents wife husband son daughter mother father family friend friends man woman men women ' +
      'child children kid kids source sources information data sale sales deal city town government governments ' +
      'law laws official officials leader leaders elected election vote votes user users site sites list item ' +
      'items mind start moment experience demo eye eyes study studies research eat services service drivers ' +
      'doctors relations check room bed fixture fans winter summer crap thing stuff issue issues problem problems ' +
      'question questions answer plan plans move moves change changes effort efforts life lives team teams ' +
      'country nation area areas region money price cost costs market police authorities agency ' +
      // Evaluative adjectives a headline or quote leans on ("surprising", "shocking"): they judge, they name nothing.
      'surprising surprise interesting amazing shocking stunning exciting worrying concerning disappointing ' +
      'incredible huge major millions billions thousands hundreds program programs programme programmes'
    ).split(' '),
  ),
  fr: new Set(
    (
      'président présidente femme mari fils fille famille homme hommes femmes enfant enfants source sources ' +
      'information informations ville gouvernement projet taux cas personne personnes pays question questions ' +
      'fois année années part ministre autorités police'
    ).split(' '),
  ),
  es: new Set(
    (
      'presidente presidenta mujer hombre esposa esposo hijo hija familia fuente fuentes información ciudad ' +
      'gobierno proyecto caso casos persona personas país pregunta vez año años parte ministro autoridades policía'
    ).split(' '),
  ),
  pt: new Set(
    (
      'presidente ex-presidente mulher homem esposa marido filho filha família fonte fontes informação cidade ' +
      'governo projeto caso casos pessoa pessoas país pergunta vez ano anos parte ministro autoridades polícia taça'
    ).split(' '),
  ),
  de: new Set(
    (
      'präsident präsidentin frau mann sohn tochter familie quelle quellen information informationen daten stadt ' +
      'regierung projekt fall fälle person personen land frage fragen jahr jahre teil minister behörden polizei ' +
      'update netz vorfall dienstleister unternehmen angaben anfrage ' +
      // Counts and groups any story has ("Millionen Euro", "die Kinder"), and "Stande" of "im Stande".
      'millionen milliarden tausende hunderte prozent euro kinder kind eltern menschen leute programm programme ' +
      'stande ende anfang beginn seite weise'
    ).split(' '),
  ),
};

/** Whether a single word (lower-cased) may stand alone as the article's theme. */
export function mayBeTheme(word: string, lang: string): boolean {
  return !NOT_THEMES[lang]?.has(word);
}

/** German determiners: a capitalised word after one is a common noun ("die Datenbank"), not a name. */
export const DE_DETERMINERS: ReadonlySet<string> = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner dieser diese dieses diesen diesem jeder jede jedes jeden neue neuen neuer neues'.split(' '),
);
