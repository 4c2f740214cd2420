import { describe, expect, it } from 'vitest';
import { speakerIn } from '../../../../src/core/faq/speakers';
import { formsFor } from '../../../../src/core/faq/forms';

describe('speakerIn: who a sentence quotes', () => {
  it('reads a speaker who opens the sentence, with an appositive or an age between name and verb', () => {
    expect(speakerIn('Jean Dupont, maire de Lyon, a déclaré que la ville allait investir.', 'fr')).toBe('Jean Dupont');
    expect(speakerIn('Holger Münch (61) sagte, man müsse jetzt handeln.', 'de')).toBe('Holger Münch');
    expect(speakerIn('María Ortega afirmó que el hospital recibió las dosis.', 'es')).toBe('María Ortega');
    expect(speakerIn('Paulo Sergio Nogueira disse que as forças armadas estão comprometidas.', 'pt')).toBe('Paulo Sergio Nogueira');
    expect(speakerIn('Marc Goldwein, a budget analyst, said the bill would add to the deficit.', 'en')).toBe('Marc Goldwein');
  });

  it('reads a speaker named after the verb and a role word', () => {
    expect(speakerIn('« C’est un échec », a déclaré jeudi le ministre Laurent Fabius.', 'fr')).toBe('Laurent Fabius');
    expect(speakerIn('„Das ist gefährlich“, sagt BKA-Präsident Holger Münch.', 'de')).toBe('Holger Münch');
  });

  it('does not take an institution, an article or a ministry for a person', () => {
    expect(speakerIn('Die Polizei sagte, der Mann sei geflohen.', 'de')).toBeNull();
    expect(speakerIn('The White House said the plan was ready.', 'en')).toBeNull();
    // "de Salud" belongs to the ministry: the name would come out as "Salud Carlos Ruiz".
    expect(speakerIn('El plan es bueno, dijo el ministro de Salud Carlos Ruiz.', 'es')).toBeNull();
    // Words between the verb and the name that hold no role are not a role.
    expect(speakerIn('« Nous partons », a déclaré jeudi à Paris Jean Dupont.', 'fr')).toBeNull();
  });

  it('reads a Japanese topic that said a quotation, not a pronoun', () => {
    const says = formsFor('ja')!.says!;
    const name = says.re.exec('山田氏は記者会見で「日本経済は回復している」と述べた。')?.[1];
    expect(name).toBe('山田氏');
    expect(says.question(name!)).toBe('山田氏は何と言ったのですか？');
    expect(says.re.exec('これは「問題だ」と話した。')).toBeNull();
  });
});
