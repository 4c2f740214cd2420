/**
 * The gate on what may become a topic: no time expressions, no section names the page files itself under, no
 * navigation words, no clause fragments, case forms of one name shown once, an office or a job before a name
 * dropped in every language. Each article here is written for one rule.
 */
import { describe, expect, it } from 'vitest';
import { extractTopics } from '../../../../src/core/topics/keyphrases';
import { isNavigation, isNeverTopic, isTimeExpression, pageSectionKeys } from '../../../../src/core/topics/gate';
import { isLearnable } from '../../../../src/core/interests/learnable';
import type { Article } from '../../../../src/core/types';
import { articleOf, p } from '../articleOf';

const withHints = (a: Article, sectionHints: string[]): Article => ({ ...a, signals: { ...a.signals, sectionHints } });
const lower = (labels: string[]) => labels.map((l) => l.toLowerCase());

describe('gate: words no reader follows', () => {
  it('knows time expressions in several languages, not names that hold a month or a day', () => {
    for (const t of ['Mercredi soir', 'November', 'Monat Januar', 'vendredi matin', 'März 2018', 'Sonntag']) expect(isTimeExpression(t), t).toBe(true);
    for (const t of ['Black Friday', 'Theresa May', 'Walter April', 'Mars', 'Premier League']) expect(isTimeExpression(t), t).toBe(false);
  });

  it("keeps only the page's hints that are section names or navigation, not the subjects a site tags", () => {
    const keys = pageSectionKeys(['Drinks', 'Montréal', 'Crash / Unfall', 'Leben', 'Amazon']);
    expect(isNavigation('Drinks', keys)).toBe(true);
    expect(isNavigation('Leben', keys)).toBe(true);
    expect(isNavigation('Montréal', keys)).toBe(false);
    expect(isNavigation('Amazon', keys)).toBe(false);
    expect(isNavigation('Opinión')).toBe(true);
  });

  it('takes a two-letter lower-case word for no topic, an acronym for one', () => {
    expect(isNeverTopic('ut')).toBe(true);
    expect(isNeverTopic('EU')).toBe(false);
    expect(isNeverTopic('II')).toBe(true);
  });

  it('never learns a time word or a navigation label as an interest', () => {
    expect(isLearnable({ label: 'November', kind: 'entity', score: 1 })).toBe(false);
    expect(isLearnable({ label: 'Opinion', kind: 'entity', score: 1 })).toBe(false);
    expect(isLearnable({ label: 'Hafenbehörde Kiel', kind: 'entity', score: 0.4 })).toBe(true);
  });
});

describe('extractTopics: the gate applied to articles', () => {
  it('drops the section the page files itself under, and the days of the story', () => {
    const article = withHints(
      articleOf(
        [
          p('The Harbour Tavern in Port Elling has added a smoked rye cocktail to its Drinks menu, said owner Marta Quill.'),
          p('Marta Quill said on Wednesday that the rye comes from a distillery at Kettle Point, up the coast.'),
          p('The Kettle Point distillery sells its rye to three bars, and the Harbour Tavern was the first of them, Quill said.'),
          p('On Wednesday evening the Harbour Tavern poured more of the cocktail than of its beer, Marta Quill said.'),
          p('Drinks writers from the city came on Wednesday to taste it at the Harbour Tavern.'),
        ],
        'Port Elling bar pours a smoked rye cocktail',
        'en',
      ),
      ['Drinks', 'Food and Drink'],
    );
    const labels = extractTopics(article, 'en').map((t) => t.label);
    expect(labels).toContain('Marta Quill');
    expect(labels).toContain('Harbour Tavern');
    expect(lower(labels)).not.toContain('drinks');
    expect(lower(labels)).not.toContain('wednesday');
  });

  it('drops a clause cut from the title and one sentence, keeps a term the body repeats', () => {
    const labels = extractTopics(
      articleOf(
        [
          p('Este lunes, vecinos denunciaron en la comuna los ruidos nocturnos de la plaza central de San Telmo.'),
          p('Según la comuna, los ruidos nocturnos vienen de un bar que abrió en marzo sin permiso de música en vivo.'),
          p('El bar de la plaza Dorrego pagó una multa, pero los ruidos nocturnos siguieron, dicen los vecinos de San Telmo.'),
          p('La comuna dará su decisión sobre el permiso antes de fin de mes, dijo la concejal Laura Ibáñez.'),
        ],
        'Vecinos denunciaron ruidos en San Telmo',
        'es',
      ),
      'es',
    ).map((t) => t.label);
    expect(lower(labels)).toContain('ruidos nocturnos');
    expect(lower(labels)).not.toContain('vecinos denunciaron');
  });

  it('keeps an English headline noun phrase whose head the body repeats, not a clause', () => {
    const labels = extractTopics(
      articleOf(
        [
          p('The tidal barrage at Port Elling will close for six weeks of repairs, the council said.'),
          p('Engineers said the repairs delayed by the storm will start once the barrage gates are drained.'),
          p('While the barrage is shut, boats will use the old lock, and sailings may be delayed at low tide.'),
        ],
        'Tidal barrage to close as repairs delayed by storm begin',
        'en',
      ),
      'en',
    ).map((t) => t.label);
    expect(lower(labels)).toContain('tidal barrage');
    expect(lower(labels)).not.toContain('repairs delayed');
  });

  it('drops a German clause that ends in its verb, keeps the German noun phrase', () => {
    const labels = extractTopics(
      articleOf(
        [
          p('Die Autohäuser in Gera rechnen mit einem langsamen Frühjahr, sagt der Landesverband des Kfz-Gewerbes.'),
          p('Viele Autohäuser rechnen erst im Sommer mit Kunden, weil die Lieferzeiten für Neuwagen lang bleiben.'),
          p('Der Landesverband fordert kürzere Lieferzeiten und eine Prämie für Elektroautos, sagt Dietmar Haller.'),
          p('Dietmar Haller sagt, die langen Lieferzeiten kosten die Autohäuser in Gera jeden Monat Umsatz.'),
        ],
        'Autohäuser in Gera rechnen mit langsamem Frühjahr',
        'de',
      ),
      'de',
    ).map((t) => t.label);
    expect(labels).toContain('Dietmar Haller');
    expect(labels.some((l) => /rechnen/.test(l))).toBe(false);
  });

  it('shows a name once whatever its case ending, in the form used most', () => {
    const labels = extractTopics(
      articleOf(
        [
          p('Pierre Gasly fuhr in Imola auf Platz vier, und das Team lobte die Strategie von Pierre Gasly.'),
          p('Die Runden von Pierre Gaslys Rennen zeigen, wie stark der Wagen im Regen war, und Pierre Gaslys Team jubelte.'),
          p('Pierre Gasly sagte nach dem Rennen, der Wagen sei im Regen besser als im Training gewesen.'),
          p('Im nächsten Rennen in Monaco will Pierre Gasly wieder in die Punkte fahren.'),
        ],
        'Gasly in Imola auf Platz vier',
        'de',
      ),
      'de',
    ).map((t) => t.label);
    expect(labels).toContain('Pierre Gasly');
    expect(labels).not.toContain('Pierre Gaslys');
  });

  it('names the person, not the office or job written before the name, in French too', () => {
    const labels = extractTopics(
      articleOf(
        [
          p('Le ministre Andrej Novák a présenté vendredi matin un plan pour les hôpitaux de Brno.'),
          p('Selon le ministre Andrej Novák, les hôpitaux de Brno recevront des lits supplémentaires cet hiver.'),
          p('Andrej Novák doit défendre le plan devant le Parlement, où l’opposition le juge trop tardif.'),
          p('Vendredi matin, les syndicats des hôpitaux de Brno ont salué le plan, sans lever leur préavis de grève.'),
        ],
        'Andrej Novák présente un plan pour les hôpitaux',
        'fr',
      ),
      'fr',
    ).map((t) => t.label);
    expect(labels).toContain('Andrej Novák');
    expect(labels).not.toContain('ministre Andrej Novák');
    expect(lower(labels)).not.toContain('vendredi matin');
  });

  it('keeps "Estados Unidos" whole in Spanish, not "Unidos"', () => {
    const labels = extractTopics(
      articleOf(
        [
          p('El gobierno de Paraguay firmó un acuerdo de aduanas con Estados Unidos para acelerar las exportaciones de carne.'),
          p('Las exportaciones de carne a Estados Unidos crecieron un 12 por ciento el año pasado, según la cámara de frigoríficos.'),
          p('La cámara de frigoríficos espera que el acuerdo con Estados Unidos reduzca los controles en el puerto de Asunción.'),
        ],
        'Paraguay firma un acuerdo de aduanas',
        'es',
      ),
      'es',
    ).map((t) => t.label);
    expect(labels).toContain('Estados Unidos');
    expect(labels).not.toContain('Unidos');
  });

  it('keeps a name whole across its linking word, and its acronym without one', () => {
    const en = extractTopics(
      articleOf(
        [
          p('Crews from the Department of Harbour Safety closed the pier at Port Elling after a crack was found.'),
          p('The Department of Harbour Safety said the pier would stay shut until divers had checked the piles.'),
          p('Engineers from the Elling Institute of Technology (EIT) are helping the divers measure the crack.'),
          p('The Elling Institute of Technology has studied the pier since a storm in 2019, and EIT engineers expect repairs.'),
        ],
        'Port Elling pier closed after crack found',
        'en',
      ),
      'en',
    ).map((t) => t.label);
    expect(en).toContain('Department of Harbour Safety');
    expect(en).not.toContain('Harbour Safety');
    expect(en).toContain('Elling Institute of Technology');
    expect(en).not.toContain('Institute of Technology');

    const fr = extractTopics(
      articleOf(
        [
          p('Le Quai d’Orsay a confirmé la mort d’un deuxième ressortissant dans le séisme qui a frappé la région de Pokhara.'),
          p('Selon le Quai d’Orsay, une cellule de crise suit la situation des voyageurs encore présents près de Pokhara.'),
          p('Les familles peuvent joindre la cellule de crise du Quai d’Orsay par téléphone, jour et nuit.'),
        ],
        'Séisme : un deuxième ressortissant mort près de Pokhara',
        'fr',
      ),
      'fr',
    ).map((t) => t.label);
    expect(fr).toContain('Quai d’Orsay');
    expect(fr).not.toContain('Quai');
  });
});
