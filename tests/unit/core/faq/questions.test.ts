import { describe, expect, it } from 'vitest';
import { appositiveQuestionEn, headingToQuestion, howMuchQuestion, peopleEn, selfContainedQuestion } from '../../../../src/core/faq/questions';

describe('peopleEn', () => {
  it('ranks people by mentions, counting the surname alone as a mention', () => {
    const text =
      'Maria Delgado met Tom Reyes in Boston. Tom Reyes spoke first. Delgado said the wall was needed. ' +
      'Delgado later added that funding was short, and Delgado left.';
    expect(peopleEn(text).slice(0, 2)).toEqual(['Maria Delgado', 'Tom Reyes']);
  });

  it("counts surnames with an apostrophe or a hyphen too, and not inside longer words", () => {
    const text =
      "Sean O'Brien and Anna Smith-Jones met Paul Grant. Grant spoke. " +
      "O'Brien answered. O'Brien left. Smith-Jones stayed. Grantham is a town.";
    expect(peopleEn(text).slice(0, 3)).toEqual(["Sean O'Brien", 'Anna Smith-Jones', 'Paul Grant']);
  });
});

describe('howMuchQuestion', () => {
  it('asks what was paid for the thing bought, never "how much did X buy"', () => {
    expect(howMuchQuestion('Amazon bought Whole Foods in August 2017 for $13.7 billion, its largest deal.', 'en')).toBe('How much did Amazon pay for Whole Foods?');
    expect(howMuchQuestion('Harbor Bank sold Tidewater Insurance for $80 million last spring.', 'en')).toBe('How much did Harbor Bank sell Tidewater Insurance for?');
    // Nothing named as bought: no question rather than a wrong one.
    expect(howMuchQuestion('Amazon bought $2 billion of bonds from the Treasury last year.', 'en')).toBeNull();
    expect(howMuchQuestion('Harbor City raised $240 million for a flood wall.', 'en')).toBe('How much did Harbor City raise?');
  });
});

describe('selfContainedQuestion: a page question is shown only when it reads on its own', () => {
  it('keeps questions that open with a wh-word or a verb, in each language', () => {
    expect(selfContainedQuestion('Why did the ferry stop running?', 'en')).toBe('Why did the ferry stop running?');
    expect(selfContainedQuestion('Is the water safe to drink?', 'en')).toBe('Is the water safe to drink?');
    expect(selfContainedQuestion('Combien coûte le nouveau tramway ?', 'fr')).toBe('Combien coûte le nouveau tramway ?');
    expect(selfContainedQuestion('Faut-il réserver à l’avance ?', 'fr')).toBe('Faut-il réserver à l’avance ?');
    expect(selfContainedQuestion('Wann öffnet die neue Brücke?', 'de')).toBe('Wann öffnet die neue Brücke?');
    expect(selfContainedQuestion('¿A qué hora abre el mercado?', 'es')).toBe('¿A qué hora abre el mercado?');
    expect(selfContainedQuestion('Quanto custa a passagem?', 'pt')).toBe('Quanto custa a passagem?');
    expect(selfContainedQuestion('Сколько стоит проезд?', 'ru')).toBe('Сколько стоит проезд?');
  });

  it('drops a leading connective or a lead-in before a colon', () => {
    expect(selfContainedQuestion('So, where do the ferries go now?', 'en')).toBe('Where do the ferries go now?');
    expect(selfContainedQuestion('But first: what is a tidal gate?', 'en')).toBe('What is a tidal gate?');
    expect(selfContainedQuestion('Und, wie geht es weiter?', 'de')).toBe('Wie geht es weiter?');
  });

  it('refuses a subhead that only continues the text around it', () => {
    expect(selfContainedQuestion("Orange bitters, also?", 'en')).toBeNull();
    expect(selfContainedQuestion('A change in the rules?', 'en')).toBeNull();
    expect(selfContainedQuestion('Daten aus dem Rathaus?', 'de')).toBeNull();
    expect(selfContainedQuestion('Un tramway pour rien ?', 'fr')).toBeNull();
  });

  it('leaves languages without listed openers alone', () => {
    expect(selfContainedQuestion('Kolik to stojí?', 'cs')).toBe('Kolik to stojí?');
  });

  it('is applied to question-shaped headings', () => {
    expect(headingToQuestion('A Change in the Rules?', 'en', '')).toBeNull();
    expect(headingToQuestion('So, where do the ferries go now?', 'en', '')).toBe('Where do the ferries go now?');
  });
});

describe('appositiveQuestionEn: what a named thing is, from its appositive', () => {
  it('asks what a company, a drug or a law named with an appositive is', () => {
    expect(appositiveQuestionEn('The deal was struck with Tidewell, a start-up that sells flood sensors to cities.')?.question).toBe('What is Tidewell?');
    expect(appositiveQuestionEn('Doctors prescribed Zentrolin, an experimental drug for severe asthma.')?.question).toBe('What is Zentrolin?');
  });

  it('asks nothing of a person, the tail of a longer name or a thing without a kind', () => {
    expect(appositiveQuestionEn('Musto, the new CEO of the company, has a history with the project.')).toBeNull();
    expect(appositiveQuestionEn('It appeared in the journal of the National Academy of Sciences, a society of scholars.')).toBeNull();
    expect(appositiveQuestionEn('They met Harbor City, a nice place to live.')).toBeNull();
  });
});

describe('interview questions as headings in French, German and Spanish', () => {
  it('keeps a full question put to the interviewee: by name, after a statement, or in statement order', () => {
    for (const [lang, q] of [
      ['fr', 'Vous avez quitté le gouvernement en 2019 ?'],
      ['fr', 'Et vous ne regrettez rien ?'],
      ['fr', 'Madame Roux, pourquoi avez-vous fermé la librairie ?'],
      ['de', 'Herr Brandt, der Hafen wird seit Jahren ausgebaut. Wozu dient das neue Terminal?'],
      ['de', 'Sie haben die Firma vor zehn Jahren gegründet?'],
      ['es', '¿Usted fue alcaldesa durante cuatro años?'],
      ['es', 'Señora Ruiz, ¿cuándo abrirá la nueva biblioteca?'],
    ]) {
      expect(headingToQuestion(q!, lang!, '')).toBe(q);
    }
  });

  it('still drops a question-marked fragment that asks nothing alone', () => {
    expect(headingToQuestion('Une vraie réforme des retraites ?', 'fr', '')).toBeNull();
    expect(headingToQuestion('Daten von externem Dienstleister?', 'de', '')).toBeNull();
    expect(headingToQuestion('Sie und die Zukunft der Stadt?', 'de', '')).toBeNull();
    expect(headingToQuestion('¿Un error de cálculo del gobierno?', 'es', '')).toBeNull();
  });
});
