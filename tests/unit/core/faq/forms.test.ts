import { describe, expect, it } from 'vitest';
import { formsFor } from '../../../../src/core/faq/forms';

describe('German how many', () => {
  const de = formsFor('de')!;
  it('counts a noun after a number, not the word after a rating', () => {
    expect(de.howMany('Nach Angaben der Verwaltung sollen 240 Arbeiter an der Baustelle beschäftigt werden.')).toBe('Wie viele Arbeiter?');
    expect(de.howMany('4/5 Ebenfalls am Freitag verunglückte in Bern ein Fahrer mit seinem Wagen.')).toBeNull();
  });
});

describe('Spanish how many', () => {
  const es = formsFor('es')!;
  it('agrees the question word with a feminine noun in -sis, as with one in -as', () => {
    expect(es.howMany('El hospital recibió ayer 12.000 dosis de vacuna contra la gripe para los niños.')).toBe('¿Cuántas dosis?');
    expect(es.howMany('La ciudad plantó el año pasado 300 palmeras a lo largo del paseo marítimo.')).toBe('¿Cuántas palmeras?');
    expect(es.howMany('El club fichó este verano a 4 delanteros para la nueva temporada de liga.')).toBe('¿Cuántos delanteros?');
  });
});
