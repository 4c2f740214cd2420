import { describe, expect, it } from 'vitest';
import { formsFor } from '../../../../src/core/faq/forms';

describe('German how many', () => {
  const de = formsFor('de')!;
  it('counts a noun after a number, not the word after a rating', () => {
    expect(de.howMany('Nach Angaben der Verwaltung sollen 240 Arbeiter an der Baustelle beschäftigt werden.')).toBe('Wie viele Arbeiter?');
    expect(de.howMany('4/5 Ebenfalls am Freitag verunglückte in Bern ein Fahrer mit seinem Wagen.')).toBeNull();
  });
});
