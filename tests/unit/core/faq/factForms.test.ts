import { describe, expect, it } from 'vitest';
import { factQuestion } from '../../../../src/core/faq/factForms';
import { whyQuestion } from '../../../../src/core/faq/questions';

const q = (s: string, lang: string) => factQuestion(s, lang)?.question ?? null;

describe('factQuestion: what a named subject wants, when its event is, what it costs', () => {
  it('German: a stance verb right after the subject', () => {
    expect(q('Die Landesbauernschaft fordert eine Prämie für junge Betriebe im Norden.', 'de')).toBe('Was fordert die Landesbauernschaft?');
    expect(q('Die Verbraucherberatung Kiel empfiehlt, Stromverträge vor dem Wechsel genau zu lesen.', 'de')).toBe('Was empfiehlt die Verbraucherberatung Kiel?');
    expect(q('Das Landesamt für Strahlenschutz warnt vor hohen Radonwerten in alten Kellern.', 'de')).toBe('Wovor warnt das Landesamt für Strahlenschutz?');
  });

  it('German: a separable verb of an offer or an award, its particle closing the clause', () => {
    expect(q('Die Firma Windwart bietet ab 2024 Drohnenflüge zur Prüfung von Rotorblättern an.', 'de')).toBe('Was bietet die Firma Windwart an?');
    expect(q('Die Stadt Lindau zeichnet am Freitag drei Vereine für ihre Jugendarbeit aus.', 'de')).toBe('Wen zeichnet die Stadt Lindau aus?');
    // "stellt … fest" is not "stellt … vor".
    expect(q('Die Prüferin stellt am Ende des Berichts fest, dass die Halle zu klein ist.', 'de')).toBeNull();
  });

  it('German: when or where an event takes place, and what a named thing costs', () => {
    expect(q('Die Preisverleihung findet am 12. Mai in der Stadthalle statt.', 'de')).toBe('Wann findet die Preisverleihung statt?');
    expect(q('Das Sommerfest findet in diesem Jahr im Kurpark Bad Quellheim statt.', 'de')).toBeNull();
    expect(q('Das Sommerfest findet im Kurpark Bad Quellheim statt.', 'de')).toBe('Wo findet das Sommerfest statt?');
    expect(q('Der Eintritt kostet 8 Euro, Kinder zahlen die Hälfte.', 'de')).toBe('Wie viel kostet der Eintritt?');
    // A cost that is not money, or a scene that is not a venue, asks nothing.
    expect(q('Der Umbau kostet viel Zeit und noch mehr Nerven.', 'de')).toBeNull();
    expect(q('Die Arbeit findet dann am schweren Tisch auf der Terrasse statt.', 'de')).toBeNull();
  });

  it('German: no question when the subject is a pronoun, follows the verb, or the verb is separable', () => {
    expect(q('Er fordert mehr Geld für die Schulen im Land.', 'de')).toBeNull();
    expect(q('Daher empfiehlt sich ein Blick in die Bedienungsanleitung des Geräts.', 'de')).toBeNull();
    expect(q('Die Trainerin fordert ihre Spielerinnen auf, früher zu pressen.', 'de')).toBeNull();
    expect(q('Wer Produkte kritisiert, muss das nicht kennzeichnen.', 'de')).toBeNull();
  });

  it('French and Spanish: the same shapes', () => {
    expect(q("La mairie demande aux habitants de limiter leur consommation d'eau.", 'fr')).toBe('Que demande la mairie ?');
    expect(q('Le festival aura lieu du 3 au 5 juillet à Vienne.', 'fr')).toBe('Quand aura lieu le festival ?');
    expect(q("L'abonnement coûte 12 euros par mois.", 'fr')).toBe("Combien coûte l'abonnement ?");
    expect(q('El ayuntamiento pide a los vecinos que ahorren agua este verano.', 'es')).toBe('¿Qué pide el ayuntamiento?');
    expect(q('La entrada cuesta 10 euros por persona.', 'es')).toBe('¿Cuánto cuesta la entrada?');
    expect(q('Ellos piden a los vecinos que ahorren agua este verano.', 'es')).toBeNull();
  });

  it('has no forms for a language without them', () => {
    expect(q('Die Landesbauernschaft fordert eine Prämie für junge Betriebe im Norden.', 'it')).toBeNull();
  });
});

describe('whyQuestion (English): the auxiliary of a relative clause is not moved', () => {
  it('asks nothing rather than "Why are air passengers who unable …"', () => {
    expect(whyQuestion('Air passengers who are unable to board their flights are owed money because the airline overbooked.', 'en')).toBeNull();
    expect(whyQuestion('Air passengers are angry because the airline overbooked the morning flight.', 'en')).toBe('Why are air passengers angry?');
  });
});
