import { describe, expect, it } from 'vitest';
import {
  countQuestionEn,
  happenedInQuestion,
  identifiedQuestion,
  happenedToQuestion,
  newsQuestionDe,
  newsQuestionEn,
  newsQuestionEs,
  newsQuestionFr,
  newsQuestionJa,
  newsQuestionPt,
  newsQuestionZh,
  whenPastQuestionEn,
  whenQuestionEn,
} from '../../../../src/core/faq/newsForms';

describe('newsQuestionEn: the news named by its subject and verb', () => {
  it('asks what the subject announced, admitted or launched', () => {
    expect(newsQuestionEn('President Ana Ruiz has admitted that the rail plan is two years late.')).toBe('What has President Ana Ruiz admitted?');
    expect(newsQuestionEn('The European Commission unveiled a plan to cap roaming fees on Tuesday.')).toBe('What did the European Commission unveil?');
    expect(newsQuestionEn('Harbor City decided to build a flood wall along the eastern shore.')).toBe('What did Harbor City decide?');
  });

  it('asks nothing when the verb has no object, the subject is a pronoun or a clause, or the verb is not news', () => {
    // "launched at $400": a price, not what was launched.
    expect(newsQuestionEn('The console launched at $400 last year, and prices have fallen since.')).toBeNull();
    expect(newsQuestionEn('They announced that the plant would close in the spring.')).toBeNull();
    expect(newsQuestionEn('Officials who met on Monday approved a new budget for the schools.')).toBeNull();
    expect(newsQuestionEn('Maria Delgado walked to the harbor to see the damage for herself.')).toBeNull();
    // A lower-case subject without an article is not a name.
    expect(newsQuestionEn('Researchers found that the wall would hold for a century.')).toBeNull();
  });
});

describe('whenQuestionEn: a dated plan asks when', () => {
  it('takes the date out of the question', () => {
    expect(whenQuestionEn('The Data Bill will be debated in the Senate this week.')).toBe('When will the Data Bill be debated in the Senate?');
    expect(whenQuestionEn('The new bridge is expected to open in March 2027.')).toBe('When is the new bridge expected to open?');
    expect(whenQuestionEn('Harbor City will vote on the budget on Tuesday.')).toBe('When will Harbor City vote on the budget?');
  });

  it('asks nothing without a date at the end, or with a pronoun subject or a second clause', () => {
    expect(whenQuestionEn('The Data Bill will be debated in the Senate.')).toBeNull();
    expect(whenQuestionEn('It will be debated in the Senate this week.')).toBeNull();
    expect(whenQuestionEn('The council will meet, and the mayor will speak, on Tuesday.')).toBeNull();
  });
});

describe('news questions in other languages', () => {
  it('French inverts after a noun subject', () => {
    expect(newsQuestionFr('Le gouvernement a annoncé mardi que la réforme serait reportée.')).toBeNull();
    expect(newsQuestionFr('Le gouvernement a annoncé que la réforme serait reportée à 2027.')).toBe("Qu'a annoncé le gouvernement ?");
    expect(newsQuestionFr('Les députés ont adopté le projet de loi sur le renseignement.')).toBe("Qu'ont adopté les députés ?");
    expect(newsQuestionFr('Il a annoncé que la réforme serait reportée à 2027.')).toBeNull();
  });

  it('Spanish and Portuguese keep the verb as the sentence has it', () => {
    expect(newsQuestionEs('El ayuntamiento de Valencia aprobó el lunes un plan para plantar árboles.')).toBe('¿Qué aprobó el ayuntamiento de Valencia?');
    expect(newsQuestionEs('Ellos anunciaron que subirá el salario mínimo en enero.')).toBeNull();
    expect(newsQuestionEs('El Gobierno anunció que subirá el salario mínimo en enero.')).toBe('¿Qué anunció el Gobierno?');
    expect(newsQuestionEs('La comisión ha aprobado un plan para plantar árboles en el centro.')).toBe('¿Qué ha aprobado la comisión?');
    expect(newsQuestionPt('A prefeitura de Curitiba anunciou a ampliação da rede de ciclovias.')).toBe('O que a prefeitura de Curitiba anunciou?');
    expect(newsQuestionPt('Ele anunciou a ampliação da rede de ciclovias da cidade.')).toBeNull();
  });

  it('German moves the participle that closes the main clause', () => {
    expect(newsQuestionDe('Der Stadtrat von Bremen hat am Dienstag den Bau einer neuen Brücke beschlossen.')).toBe('Was hat der Stadtrat von Bremen beschlossen?');
    expect(newsQuestionDe('Die neue Regierung hat entschieden, dass der Standard rasch gilt.')).toBeNull();
    expect(newsQuestionDe('Er hat am Dienstag den Bau einer neuen Brücke beschlossen.')).toBeNull();
    // The participle is not one of news (what was decided, announced, published).
    expect(newsQuestionDe('Der Stadtrat hat am Dienstag lange über die Brücke gesprochen.')).toBeNull();
  });

  it('German asks of a news verb in the simple past, with the particle a separable verb leaves at the end', () => {
    expect(newsQuestionDe('Der Kreistag beschloss am Montag einen Zuschuss für das Hallenbad in Weilstetten.')).toBe('Was beschloss der Kreistag?');
    expect(newsQuestionDe('Die Firma Nordakku kündigte am Dienstag an, ein zweites Werk bei Husum zu bauen.')).toBe('Was kündigte die Firma Nordakku an?');
    expect(newsQuestionDe('Die Jury gab am Freitag die Preisträger des Jahres bekannt.')).toBe('Was gab die Jury bekannt?');
    expect(newsQuestionDe('Die Akademie zeichnete am Samstag in Kassel drei junge Autorinnen aus.')).toBe('Wen zeichnete die Akademie aus?');
    // "stellte … fest" is another verb than "stellte … vor"; a pronoun subject after the verb is no subject to name.
    expect(newsQuestionDe('Die Prüferin stellte am Dienstag fest, dass die Halle zu klein ist.')).toBeNull();
    expect(newsQuestionDe('Dann forderte er mehr Geld für die Schulen im Kreis.')).toBeNull();
    expect(newsQuestionDe('Der Verein beschloss.')).toBeNull();
    // An adverb before an inverted subject is not the subject.
    expect(newsQuestionDe('Deshalb entwickelte Göbel zunächst ein Gerät, das das Holz zerkleinert.')).toBeNull();
    expect(newsQuestionDe('Kürzlich eröffnete der Discounter eine Filiale am Hafen.')).toBeNull();
  });
});

describe('happenedToQuestion: news done to a named person', () => {
  it('asks what happened to the person a passive lead is about, their age left out', () => {
    expect(happenedToQuestion('Marta Lindqvist, 34, was taken to St Anne hospital on Friday after a fall from scaffolding.', 'en')).toBe(
      'What happened to Marta Lindqvist?',
    );
    expect(happenedToQuestion('Jean Moreau a été arrêté mardi soir à la sortie de son bureau.', 'fr')).toBe("Qu'est-il arrivé à Jean Moreau ?");
    expect(happenedToQuestion('Lucía Serrano fue detenida el lunes en el aeropuerto de Madrid.', 'es')).toBe('¿Qué le pasó a Lucía Serrano?');
    expect(happenedToQuestion('Paulo Ramos foi eleito prefeito da cidade no domingo.', 'pt')).toBe('O que aconteceu com Paulo Ramos?');
  });

  it('asks nothing of a pronoun, a common noun, a naming passive, German, or a word the caller does not take for a name', () => {
    expect(happenedToQuestion('She was taken to hospital after the fall.', 'en')).toBeNull();
    expect(happenedToQuestion('The driver was taken to hospital after the crash.', 'en')).toBeNull();
    // "was called after" names; it is not something that happened to him.
    expect(happenedToQuestion('Tane Wiremu was called after the first whale his grandfather named.', 'en')).toBeNull();
    expect(happenedToQuestion('Social Media ist Teil des Alltags geworden.', 'de')).toBeNull();
    expect(happenedToQuestion('Marta Lindqvist was taken to hospital.', 'en', () => false)).toBeNull();
  });
});

describe('countQuestionEn: how many, when the sentence counts something', () => {
  it('keeps the verb phrase of a counted subject, cut before the attribution', () => {
    expect(countQuestionEn('More than 300 residents attended the meeting at the town hall, organisers said.')).toBe(
      'How many residents attended the meeting at the town hall?',
    );
    expect(countQuestionEn('Thousands of volunteers have joined the clean-up along the river.')).toBe('How many volunteers have joined the clean-up along the river?');
  });

  it('asks how many a news verb acted on, in its base form', () => {
    expect(countQuestionEn('The storm killed 14 people across the northern valleys.')).toBe('How many people did the storm kill?');
    expect(countQuestionEn('Harbor City has hired 40 new inspectors for the port.')).toBe('How many new inspectors has Harbor City hired?');
  });

  it('asks nothing of a unit, a duration or a pronoun clause', () => {
    expect(countQuestionEn('Twelve years passed before the bridge was rebuilt.')).toBeNull();
    expect(countQuestionEn('The company raised 40 dollars per share in the offering.')).toBeNull();
    expect(countQuestionEn('About 200 workers signed it, and they were promised a reply.')).toBeNull();
  });
});

describe('whenPastQuestionEn: a dated past event asks when', () => {
  it('asks when the subject did what the sentence says, the date taken out', () => {
    expect(whenPastQuestionEn('Harbor City approved a $240 million flood wall on Tuesday.')).toBe('When did Harbor City approve a $240 million flood wall?');
    expect(whenPastQuestionEn('The European Commission unveiled its roaming plan in March 2024.')).toBe('When did the European Commission unveil its roaming plan?');
  });

  it('asks nothing without a closing date, with a pronoun subject, or an object holding a second clause', () => {
    expect(whenPastQuestionEn('Harbor City approved a $240 million flood wall.')).toBeNull();
    expect(whenPastQuestionEn('They approved a flood wall on Tuesday.')).toBeNull();
    expect(whenPastQuestionEn('Harbor City approved the wall, which it had debated for years, on Tuesday.')).toBeNull();
  });
});

describe('news questions in Japanese and Chinese', () => {
  it('asks what the named subject announced or found', () => {
    expect(newsQuestionJa('港北市は4月2日、市内の全小学校に太陽光パネルを設置する計画を発表した。')).toBe('港北市は何を発表したのですか？');
    expect(newsQuestionZh('北湖大学研究团队近日发现一种能分解塑料的细菌。')).toBe('北湖大学研究团队发现了什么？');
  });

  it('asks nothing of a pronoun, a connective or a clause opened by a preposition', () => {
    expect(newsQuestionJa('それは市内の全小学校に太陽光パネルを設置する計画を発表した。')).toBeNull();
    expect(newsQuestionZh('让人工智能技术具备通过考试的能力发布了新的标准。')).toBeNull();
    expect(newsQuestionZh('他们宣布了。')).toBeNull();
  });
});

describe('happenedInQuestion: the news named by its place', () => {
  const body = (lead: string, again: string) => `${lead}\n${again}`;

  it('asks where the lead says it happened, with the preposition as written', () => {
    const fr = 'Un autobus scolaire a fait une sortie de route mardi au Québec, blessant douze élèves.';
    expect(happenedInQuestion(fr, 'fr', body(fr, 'Les routes du Québec étaient glacées.'))).toBe("Que s'est-il passé au Québec ?");
    const es = 'Un incendio destruyó el mercado central en Valparaíso durante la madrugada del domingo.';
    expect(happenedInQuestion(es, 'es', body(es, 'Los bomberos de Valparaíso trabajaron seis horas.'))).toBe('¿Qué pasó en Valparaíso?');
    const pt = 'Uma enchente atingiu mais de mil casas na Bahia nesta semana, segundo a Defesa Civil.';
    expect(happenedInQuestion(pt, 'pt', body(pt, 'O governo da Bahia pediu ajuda federal.'))).toBe('O que aconteceu na Bahia?');
    const en = 'A bridge collapsed in Harbor City on Tuesday, closing the main road for a week.';
    expect(happenedInQuestion(en, 'en', body(en, 'Engineers in Harbor City had warned about the bridge.'))).toBe('What happened in Harbor City?');
  });

  it('asks nothing of a place the article names once, a month, or a word it also writes in lower case', () => {
    const once = 'A bridge collapsed in Harbor City on Tuesday, closing the main road for a week.';
    expect(happenedInQuestion(once, 'en', body(once, 'Engineers had warned about it.'))).toBeNull();
    const month = 'The council approved the plan in March after a long debate about costs.';
    expect(happenedInQuestion(month, 'en', body(month, 'In March the vote was close.'))).toBeNull();
    const de = 'Die Firma hat in Rede und Antwort ihre Pläne vorgestellt, sagte der Chef.';
    expect(happenedInQuestion(de, 'de', body(de, 'In Rede stand eine neue rede des Chefs.'))).toBeNull();
  });
});

describe('newsQuestionDe: the subject is a noun phrase, not a place the clause opens with', () => {
  it('asks nothing when a prepositional phrase stands before the verb', () => {
    expect(newsQuestionDe('In der Südtirol Arena hat sie schon 2019 die Verfolgung gewonnen, sagte der Trainer.')).toBeNull();
    expect(newsQuestionDe('Der Konzern hat im Mai einen Zulieferer aus Bayern übernommen.')).toBe('Was hat der Konzern übernommen?');
  });
});

describe('identifiedQuestion: who the people in the news are, by "identified as"', () => {
  it('asks who the role in the story is, singular or plural, in the language', () => {
    expect(identifiedQuestion('Los detenidos fueron identificados como Pedro Ruiz, de 28 años, y Juan Gómez, de 23.', 'es')).toBe('¿Quiénes son los detenidos?');
    expect(identifiedQuestion('La mujer fue identificada como Ana Torres, de 44 años.', 'es')).toBe('¿Quién es la mujer?');
    expect(identifiedQuestion('The victim was identified as Mark Lewis, a 31-year-old teacher from Leeds.', 'en')).toBe('Who was the victim?');
    expect(identifiedQuestion('A vítima foi identificada como Maria Souza, de 35 anos.', 'pt')).toBe('Quem é a vítima?');
  });

  it('asks nothing of a name or a pronoun as subject, or of "identified as" a kind of thing', () => {
    expect(identifiedQuestion('Pedro Ruiz fue identificado como el líder de la banda.', 'es')).toBeNull();
    expect(identifiedQuestion('The gene was identified as a risk factor for the disease.', 'en')).toBeNull();
  });
});
