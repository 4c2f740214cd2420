import { describe, expect, it } from 'vitest';
import { countQuestion } from '../../../../src/core/faq/countForms';

describe('how-many questions carry the answer sentence\'s verb', () => {
  it('German: the count as subject, or as the object of the sentence\'s own verb', () => {
    expect(countQuestion('Rund 240 Arbeiter sollen an der Baustelle beschäftigt werden.', 'de')).toBe('Wie viele Arbeiter sollen an der Baustelle beschäftigt werden?');
    expect(countQuestion('Über 80 Geschäfte haben seit dem Sommer in der Altstadt geschlossen.', 'de')).toBe(
      'Wie viele Geschäfte haben seit dem Sommer in der Altstadt geschlossen?',
    );
    expect(countQuestion('Die Bäckerei beschäftigt rund 45 Verkäuferinnen, die meisten in Teilzeit.', 'de')).toBe('Wie viele Verkäuferinnen beschäftigt die Bäckerei?');
    expect(countQuestion('Der Verein hat im vergangenen Jahr 300 Bäume gepflanzt.', 'de')).toBe('Wie viele Bäume hat der Verein im vergangenen Jahr gepflanzt?');
  });

  it('German: the verb before its counted subject, the opening adverbial moved after it', () => {
    expect(countQuestion('Dort wurden 4.300 Anträge von Landwirten eingereicht, die meisten im Herbst.', 'de')).toBe(
      'Wie viele Anträge wurden dort von Landwirten eingereicht?',
    );
    expect(countQuestion('Im Jahr 2020 kamen 12 Kälber zur Welt.', 'de')).toBe('Wie viele Kälber kamen im Jahr 2020 zur Welt?');
    expect(countQuestion('Bei der Wahl erhielt sie 149 Stimmen.', 'de')).toBeNull();
  });

  it('German: no question of a count with no verb of its own, a unit or a rating', () => {
    expect(countQuestion('Mit rund 500 Mitarbeitern gehört die Firma zu den größten der Region.', 'de')).toBeNull();
    expect(countQuestion('Der Laden bietet Joghurt in 10 Geschmacksrichtungen an.', 'de')).toBeNull();
    expect(countQuestion('Der Umbau dauerte 14 Monate und kostete viel Geld.', 'de')).toBeNull();
    expect(countQuestion('4/5 Ebenfalls am Freitag verunglückte in Bern ein Fahrer mit seinem Wagen.', 'de')).toBeNull();
    expect(countQuestion('Einen großen Einfluss hatten auch die mehr als 900 ungültigen Stimmen.', 'de')).toBeNull();
  });

  it('Spanish: agrees the question word with the noun and keeps the verb', () => {
    expect(countQuestion('Al menos 12 personas murieron en el incendio del sábado.', 'es')).toBe('¿Cuántas personas murieron en el incendio del sábado?');
    expect(countQuestion('El hospital recibió 12.000 dosis de vacuna contra la gripe.', 'es')).toBe('¿Cuántas dosis de vacuna contra la gripe recibió el hospital?');
    expect(countQuestion('El ministerio confirmó 12 nuevos casos.', 'es')).toBe('¿Cuántos nuevos casos confirmó el ministerio?');
  });

  it('Spanish: no bare "¿Cuántos X?" when the count has no verb of its own', () => {
    expect(countQuestion('Hubo falsos positivos en 40 pruebas, según el laboratorio.', 'es')).toBeNull();
    expect(countQuestion('La tienda, con 30 empleados, cerró en marzo.', 'es')).toBeNull();
  });

  it('French: "Combien de" with the verb, never of a word that is not a noun', () => {
    expect(countQuestion('Plus de 200 personnes ont manifesté devant la mairie samedi.', 'fr')).toBe('Combien de personnes ont manifesté devant la mairie samedi ?');
    expect(countQuestion('Près de 40 élèves sont tombés malades après le repas.', 'fr')).toBe("Combien d'élèves sont tombés malades après le repas ?");
    expect(countQuestion('La cagnotte a recueilli environ 5 000 euros recueillis en un mois.', 'fr')).toBeNull();
    expect(countQuestion('Le club compte 300 adhérents depuis alors.', 'fr')).toBeNull();
  });

  it('Portuguese: "Quantas/Quantos" with the verb', () => {
    expect(countQuestion('Cerca de 30 pessoas morreram nas cheias de janeiro.', 'pt')).toBe('Quantas pessoas morreram nas cheias de janeiro?');
    expect(countQuestion('A cidade tem 85 quilômetros de ciclovias.', 'pt')).toBeNull();
  });
});

describe('how-many questions of counts written as words or after a connective', () => {
  it('reads a count written as a word, capitalised at the start', () => {
    expect(countQuestion('Fünf Kinder sind bei dem Brand ums Leben gekommen.', 'de')).toBe('Wie viele Kinder sind bei dem Brand ums Leben gekommen?');
    expect(countQuestion("Cinq enfants ont été blessés dans l'accident de samedi.", 'fr')).toBe("Combien d'enfants ont été blessés dans l'accident de samedi ?");
    expect(countQuestion('Duas pessoas morreram no acidente de domingo.', 'pt')).toBe('Quantas pessoas morreram no acidente de domingo?');
  });

  it('leaves out an opening connective and keeps the noun\'s complement', () => {
    expect(countQuestion("De plus, 333 constats d'infraction ont été donnés par la police municipale pour des vitesses excessives.", 'fr')).toBe(
      "Combien de constats d'infraction ont été donnés par la police municipale pour des vitesses excessives ?",
    );
    expect(countQuestion('Además, tres personas fueron detenidas por la policía en la zona 18.', 'es')).toBe('¿Cuántas personas fueron detenidas por la policía en la zona 18?');
  });

  it('asks nothing of a pronoun or an amount written as a word', () => {
    expect(countQuestion('Dos de ellos fueron detenidos en la frontera.', 'es')).toBeNull();
    expect(countQuestion("Trois millions d'euros ont été investis dans le projet.", 'fr')).toBeNull();
  });
});

describe('Portuguese: the count as the object of a past verb', () => {
  it('keeps the subject, the verb and a short phrase after the count', () => {
    expect(countQuestion('Os bombeiros resgataram 40 idosos no bairro alagado (zona sul) durante a madrugada.', 'pt')).toBe(
      'Quantos idosos os bombeiros resgataram no bairro alagado?',
    );
  });

  it('asks nothing when the noun does not show its gender, or of a pronoun subject', () => {
    expect(countQuestion('A prefeitura plantou 3.000 árvores na zona norte.', 'pt')).toBeNull();
    expect(countQuestion('Ele comprou 30 livros na feira.', 'pt')).toBeNull();
  });
});

describe('how-many questions are not cut inside a list', () => {
  it('asks nothing when the first comma falls inside an enumeration', () => {
    expect(countQuestion('Zwei große Taschen bieten Platz für Handy, Laptop und Unterlagen.', 'de')).toBeNull();
  });
});
