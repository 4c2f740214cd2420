import { describe, expect, it } from 'vitest';
import { generateFaq, roundTripPasses } from '../../../../src/core/faq/generate';
import { ask } from '../../../../src/core/faq/ask';
import type { Article } from '../../../../src/core/types';
import { fixtureArticle, inText } from './fixtures';

describe('generateFaq (English)', () => {
  const article = fixtureArticle('article-en.txt', 'en');
  const faq = generateFaq(article, 'en');
  const find = (re: RegExp) => faq.find((f) => re.test(f.question));

  it('asks 3 to 5 questions, each ending with a question mark and answered verbatim from the article', () => {
    expect(faq.length).toBeGreaterThanOrEqual(3);
    expect(faq.length).toBeLessThanOrEqual(5);
    for (const f of faq) {
      expect(f.question).toMatch(/\?$/);
      expect(f.source).toBe('generated');
      expect(inText(f.answer, article.text)).toBe(true);
    }
  });

  it("turns the article's question-shaped headings into questions answered by their section", () => {
    const why = find(/^Why is the flood wall needed now\?$/);
    expect(why?.answer).toMatch(/because sea levels/);
  });

  it('answers a who-question with a sentence naming the person and their role', () => {
    const who = find(/^Who is /);
    expect(who?.question).toBe('Who is Maria Delgado?');
    expect(who?.answer).toMatch(/Maria Delgado, the city's chief resilience officer/);
  });

  it('answers a cost question with a sentence holding the amount', () => {
    const cost = find(/cost|How much/);
    expect(cost?.answer).toMatch(/\$240 million/);
  });

  it('asks what a defined term is, answered by its definition', () => {
    expect(find(/^What is a living shoreline\?$/)?.answer).toMatch(/^A living shoreline is a barrier/);
  });

  it('never answers with a byline, a caption-like line or a pull quote', () => {
    for (const f of faq) {
      expect(f.answer).not.toMatch(/^By |^Photo:|^"This is the most important vote/);
    }
  });

  it('never uses one sentence to answer two questions', () => {
    expect(new Set(faq.map((f) => f.answer)).size).toBe(faq.length);
  });
});

describe('generateFaq (Chinese)', () => {
  const article = fixtureArticle('article-zh.txt', 'zh');
  const faq = generateFaq(article, 'zh');

  it('asks Chinese questions ending with ？ answered verbatim', () => {
    expect(faq.length).toBeGreaterThanOrEqual(3);
    for (const f of faq) {
      expect(f.question).toMatch(/[？?]$/);
      expect(f.question).toMatch(/[\u4e00-\u9fff]/);
      expect(inText(f.answer, article.text)).toBe(true);
    }
  });

  it('matches questions to answers: a reason for why, an amount for how much, a definition for what', () => {
    expect(faq.find((f) => f.question.startsWith('为什么'))?.answer).toMatch(/因为/);
    expect(faq.find((f) => /多少/.test(f.question))?.answer).toMatch(/24亿元/);
    expect(faq.find((f) => f.question === '什么是生态海岸线？')?.answer).toMatch(/^生态海岸线是一种/);
  });
});

describe('generateFaq on thin material', () => {
  it('asks nothing rather than weak questions when nothing is question-worthy', () => {
    expect(generateFaq(fixtureArticle('article-plain.txt', 'en'), 'en')).toEqual([]);
  });

  it('asks only question headings in a language without question forms', () => {
    const de = fixtureArticle('article-en.txt', 'it');
    de.blocks = [
      { kind: 'p', text: 'Der Stadtrat hat am Dienstag den Bau einer Mauer am Hafen beschlossen.' },
      { kind: 'p', text: 'Die Stadtbaurätin Maria Delgado ist eine erfahrene Ingenieurin aus Hamburg.' },
      { kind: 'h', level: 2, text: 'Warum wird die Mauer jetzt gebaut?' },
      { kind: 'p', text: 'Die Mauer wird jetzt gebaut, weil der Meeresspiegel schneller steigt als erwartet.' },
    ];
    de.text = de.blocks.map((b) => b.text).join('\n\n');
    const faq = generateFaq(de, 'it');
    expect(faq.map((f) => f.question)).toEqual(['Warum wird die Mauer jetzt gebaut?']);
  });
});

/** An article of the given paragraphs (no headings), as the extractor would give it. */
function paragraphs(lang: string, ps: string[]): Article {
  const a = fixtureArticle('article-en.txt', lang);
  a.blocks = ps.map((text) => ({ kind: 'p' as const, text }));
  a.text = ps.join('\n\n');
  return a;
}

describe('generateFaq in other languages: the FAQ is in the article\'s language', () => {
  const cases: [string, RegExp, string[]][] = [
    [
      'fr',
      /^(?:Qui|Combien|Pourquoi|Qu['’]est-ce|Que) .* \?$/,
      [
        "Le conseil municipal de Lyon a interdit mardi les trottinettes en libre-service dans le centre de la ville.",
        "La décision a été annoncée par Claire Dubois, adjointe chargée de la mobilité, lors d'une conférence de presse.",
        "Plus de 1 200 infractions ont été relevées pendant le projet-pilote de six mois.",
        "La ville retire les trottinettes parce que les trottoirs sont encombrés et que les piétons se plaignent.",
        "Le Vélo'v est un service de vélos en libre-service lancé par la métropole de Lyon en 2005.",
      ],
    ],
    [
      'es',
      /^¿.*\?$/,
      [
        'El ayuntamiento de Valencia aprobó el lunes un plan para plantar árboles en todas las plazas del centro.',
        'La alcaldesa María Ortega presentó el proyecto ante los vecinos en el mercado central.',
        'Más de 3.400 árboles serán plantados durante los próximos dos años.',
        'La ciudad planta árboles porque las olas de calor son cada vez más largas en verano.',
      ],
    ],
    [
      'de',
      /^(?:Wer|Wie|Was|Warum) .*\?$/,
      [
        'Der Stadtrat von Bremen hat am Dienstag den Bau einer neuen Brücke über die Weser beschlossen.',
        'Bürgermeister Jonas Keller stellte die Pläne am Abend im Rathaus vor.',
        'Rund 240 Arbeiter sollen an der Baustelle beschäftigt werden.',
        'Die Weserbrücke ist eine Stahlkonstruktion mit zwei Fahrspuren und einem breiten Radweg.',
      ],
    ],
    [
      'pt',
      /^(?:Quem|Quant[oa]s|Por que|O que) .*\?$/,
      [
        'A prefeitura de Curitiba anunciou nesta segunda-feira a ampliação da rede de ciclovias da cidade.',
        'O prefeito Rafael Costa afirmou que as obras começam no próximo mês em quatro bairros.',
        'Segundo a prefeitura, 85 quilômetros de novas ciclovias serão construídos até o fim do ano.',
        'A cidade amplia as ciclovias porque o número de ciclistas dobrou desde o ano passado.',
      ],
    ],
  ];
  for (const [lang, shape, ps] of cases) {
    it(`asks 3 to 5 questions in ${lang}, each answered verbatim`, () => {
      const article = paragraphs(lang, ps);
      const faq = generateFaq(article, lang);
      expect(faq.length).toBeGreaterThanOrEqual(3);
      expect(faq.length).toBeLessThanOrEqual(5);
      for (const f of faq) {
        expect(f.question).toMatch(shape);
        expect(f.question).not.toMatch(/^(?:What|Who|How|Why) /);
        expect(inText(f.answer, article.text)).toBe(true);
      }
    });
  }

  it('asks who a person is when a role stands beside the name, answered by that sentence', () => {
    const faq = generateFaq(paragraphs('fr', cases[0]![2]), 'fr');
    expect(faq.find((f) => f.question === 'Qui est Claire Dubois ?')?.answer).toMatch(/adjointe chargée de la mobilité/);
    expect(faq.find((f) => f.question === "Combien d'infractions ont été relevées pendant le projet-pilote de six mois ?")?.answer).toMatch(/1 200 infractions/);
  });
});

describe('generateFaq: every question checked before it is shown', () => {
  const article = paragraphs('en', [
    'Harbor City approved a $240 million flood wall on Tuesday after two years of debate.',
    'Maria Delgado, the chief resilience officer of Harbor City, has led the project since 2023.',
    'The mayor of Harbor City, who chaired the meeting, called the vote historic for the waterfront.',
    'Twelve homes were flooded during the storm surge that hit the eastern district last winter.',
    'The wall is needed because sea levels in the harbor have risen faster than the state predicted.',
  ]);
  const faq = generateFaq(article, 'en');

  it('round-trips: asked of the article, each written question gets its own answer first', () => {
    const written = faq.filter((f) => f.question !== 'What happened?');
    expect(written.length).toBeGreaterThan(0);
    for (const f of written) {
      const top = ask(article, f.question, 'en')[0]!.text;
      expect(top.includes(f.answer) || f.answer.includes(top)).toBe(true);
    }
  });

  it('never asks "Who is" of a place, nor what happens next when the article does not say', () => {
    expect(faq.map((f) => f.question)).not.toContain('Who is Harbor City?');
    expect(faq.some((f) => /next/i.test(f.question))).toBe(false);
    expect(faq.find((f) => f.question === 'Who is Maria Delgado?')?.answer).toMatch(/chief resilience officer/);
    expect(faq.find((f) => f.question === 'How many homes were flooded?')?.answer).toMatch(/^Twelve homes/);
  });

  it('asks what a quoted person said, answered by their quotation, never of a country that "said"', () => {
    const quoted = paragraphs('en', [
      'The state legislature passed a bill on Monday that caps rents in coastal towns for five years.',
      'Dana Whitfield, the senator who wrote the measure, called it a lifeline for renters across the coast.',
      '"Families should not be priced out of the towns where they work," said Dana Whitfield on Monday.',
      'Portugal said last year that a similar cap had slowed the rise of rents in Lisbon.',
      'Landlords have promised to challenge the cap in the state supreme court before it takes effect.',
    ]);
    const qs = generateFaq(quoted, 'en');
    expect(qs.find((f) => f.question === 'What did Dana Whitfield say?')?.answer).toMatch(/priced out/);
    expect(qs.map((f) => f.question)).not.toContain('What did Portugal say?');
  });

  it('asks what each of the two quoted people said, answered by their own quotation', () => {
    const story = paragraphs('en', [
      'The county board voted on Tuesday to close the old Millbrook landfill and build a solar farm on the site.',
      '"The panels will power four thousand homes within three years," said Rosa Kettering after the vote.',
      'Neighbours had complained for a decade about trucks and the smell of the landfill along Quarry Road.',
      '"We waited twenty years for someone to listen to the families on this road," said Tomas Albright outside the hall.',
      'Construction of the solar farm is expected to begin next spring once the state approves the permits.',
    ]);
    const qs = generateFaq(story, 'en');
    expect(qs.find((f) => f.question === 'What did Rosa Kettering say?')?.answer).toMatch(/four thousand homes/);
    expect(qs.find((f) => f.question === 'What did Tomas Albright say?')?.answer).toMatch(/twenty years/);
  });

  it('takes the letters of an advice column as its questions, answered by the reply', () => {
    const column = paragraphs('en', [
      'My neighbour plays loud music every night until two in the morning. How do I ask him to stop without starting a feud?',
      'Start with a friendly knock on a weekend afternoon, not at midnight when you are both tired and angry.',
      'Should I tell my sister that her husband forgot her birthday party was on Saturday?',
      'Tell her gently and soon, because she will find out anyway and wonder why you kept quiet.',
    ]);
    const qs = generateFaq(column, 'en').map((f) => f.question);
    expect(qs).toContain('Should I tell my sister that her husband forgot her birthday party was on Saturday?');
    expect(qs).not.toContain('What happened?');
  });

  it('does not take a story\'s lines of dialogue as the page\'s questions', () => {
    const story = paragraphs('en', [
      '“Where are you going at this hour of the night, with no lamp and no coat?”',
      'Ada pulled her coat tighter and stepped down onto the wet boards of the jetty without a word.',
      '“Do you even know how cold the river gets after the lamps go out?”',
      'Ada only nodded and handed him the two copper coins her brother had given her that morning.',
    ]);
    const qs = generateFaq(story, 'en').map((f) => f.question);
    expect(qs.some((q) => /Where are you going|how cold the river/.test(q))).toBe(false);
  });
});

describe('generateFaq: the news named, not "What happened?"', () => {
  it('asks what the lead says happened, by its subject and verb, first and answered by the lead', () => {
    const article = paragraphs('en', [
      'Harbor City approved a $240 million flood wall on Tuesday after two years of debate.',
      'Maria Delgado, the chief resilience officer of Harbor City, has led the project since 2023.',
      'Twelve homes were flooded during the storm surge that hit the eastern district last winter.',
      'The wall is needed because sea levels in the harbor have risen faster than the state predicted.',
    ]);
    const faq = generateFaq(article, 'en');
    expect(faq[0]?.question).toBe('What did Harbor City approve?');
    expect(faq[0]?.answer).toMatch(/^Harbor City approved a \$240 million flood wall/);
    expect(faq.map((f) => f.question)).not.toContain('What happened?');
  });

  it('keeps "What happened?" when the lead has no shape to name it by', () => {
    const article = paragraphs('en', [
      'A storm surge flooded twelve homes in the eastern district of Harbor City on Tuesday night.',
      'Maria Delgado, the chief resilience officer of Harbor City, has led the flood project since 2023.',
      'The wall is needed because sea levels in the harbor have risen faster than the state predicted.',
    ]);
    expect(generateFaq(article, 'en')[0]?.question).toBe('What happened?');
  });

  it('asks when a dated plan happens, answered by the sentence with the date', () => {
    const article = paragraphs('en', [
      'Harbor City approved a $240 million flood wall on Tuesday after two years of debate.',
      'Maria Delgado, the chief resilience officer of Harbor City, has led the project since 2023.',
      'The wall is needed because sea levels in the harbor have risen faster than the state predicted.',
      'The southern section of the wall is expected to open in March 2027.',
    ]);
    const when = generateFaq(article, 'en').find((f) => /^When /.test(f.question));
    expect(when?.question).toBe('When is the southern section of the wall expected to open?');
    expect(when?.answer).toMatch(/March 2027/);
  });

  it('names the news in German by its subject and participle', () => {
    const article = paragraphs('de', [
      'Der Stadtrat von Bremen hat am Dienstag den Bau einer neuen Brücke über die Weser beschlossen.',
      'Bürgermeister Jonas Keller stellte die Pläne am Abend im Rathaus vor.',
      'Rund 240 Arbeiter sollen an der Baustelle beschäftigt werden.',
    ]);
    const faq = generateFaq(article, 'de');
    expect(faq[0]?.question).toBe('Was hat der Stadtrat von Bremen beschlossen?');
    expect(faq[0]?.answer).toMatch(/Brücke über die Weser beschlossen\.$/);
  });
});

describe('generateFaq: "What happens next?" only when the article says what will happen', () => {
  const lead = [
    'A storm surge flooded the eastern district of Harbor City on Tuesday night and closed the port.',
    'Residents spent the morning clearing mud from the streets near the old fish market.',
  ];
  it('asks it of a sentence whose own subject will do something', () => {
    const faq = generateFaq(paragraphs('en', [...lead, 'The port of Harbor City will stay closed until the cranes are inspected by engineers.']), 'en');
    expect(faq.find((f) => f.question === 'What happens next?')?.answer).toMatch(/^The port of Harbor City will stay closed/);
  });

  it("not of someone's claim or advice that merely holds a future verb", () => {
    for (const last of [
      'Fishermen at the market said that the season will be the worst in living memory for the town.',
      'Pack the things you will need for a week and keep them somewhere high in the house.',
    ]) {
      const faq = generateFaq(paragraphs('en', [...lead, last]), 'en');
      expect(faq.map((f) => f.question)).not.toContain('What happens next?');
    }
  });
});

describe('generateFaq: no "What happened?" for a column or a feature', () => {
  it('asks no news question of an article opening in the first person or with a scene', () => {
    const rest = [
      'Maria Delgado, the chief resilience officer of Harbor City, has led the flood project since 2023.',
      'The wall is needed because sea levels in the harbor have risen faster than the state predicted.',
    ];
    for (const opener of [
      "I've been walking the Harbor City waterfront every morning since 1998, and it has never looked like this.",
      'Standing at the edge of the harbor in Harbor City, Maria Delgado points to the new concrete wall.',
    ]) {
      const faq = generateFaq(paragraphs('en', [opener, ...rest]), 'en');
      expect(faq.map((f) => f.question)).not.toContain('What happened?');
      expect(faq.length).toBeGreaterThan(0);
    }
    const news = generateFaq(paragraphs('en', ['A storm surge flooded the eastern district of Harbor City on Tuesday night.', ...rest]), 'en');
    expect(news[0]?.question).toBe('What happened?');
  });
});

describe('generateFaq: answers and generic questions a reader can use', () => {
  it('quotes a sentence opening with a connective together with the sentence it continues', () => {
    const article = paragraphs('de', [
      'Der Stadtrat von Kiel hat am Montag den Ausbau des Fährhafens beschlossen.',
      'Die Fähren nach Oslo sollen künftig doppelt so oft fahren, sagte Bürgermeisterin Anna Vogt am Abend.',
      'Wie viele Passagiere nutzen den Hafen? Im vergangenen Jahr waren es 2.400 Passagiere am Tag.',
      'Die Verwaltung rechnet mit höheren Einnahmen. Denn die Liegegebühren steigen ab März um ein Drittel.',
    ]);
    for (const f of generateFaq(article, 'de')) expect(f.answer).not.toMatch(/^Denn /);
  });

  it('asks what happens next only when the plan says when, in languages with forms', () => {
    // A short article (what happens next only fills an FAQ of fewer than three).
    const ps = [
      'La mairie de Nantes a présenté lundi un plan pour planter des arbres dans toutes les cours d’école.',
      'Les parents d’élèves ont salué le projet lors d’une réunion publique à la mairie.',
      'Les travaux seront plus chers que prévu selon plusieurs élus de l’opposition.',
    ];
    const undated = generateFaq(paragraphs('fr', ps), 'fr');
    expect(undated.map((f) => f.question)).not.toContain('Que va-t-il se passer ensuite ?');
    const dated = generateFaq(paragraphs('fr', [...ps.slice(0, 2), 'Les premiers arbres seront plantés en mars dans trois écoles du centre.']), 'fr');
    expect(dated.find((f) => f.question === 'Que va-t-il se passer ensuite ?')?.answer).toMatch(/seront plantés en mars/);
  });

  it('asks "What happened?" of a lead that states news, not of a description or a scene', () => {
    const news = paragraphs('en', [
      'Harbor City approved a $240 million flood wall on Tuesday after a year of debate.',
      'The wall will run for three miles along the eastern shore, the city said in a statement.',
      'Engineers expect construction to take four years once the contracts are signed.',
    ]);
    const scene = paragraphs('en', [
      'From the deck of his trawler, skipper Tom Reyes can see the whole of the eastern shore.',
      'The harbor is a quiet place in winter, with only a few boats still working the bay.',
      'Reyes has fished these waters for thirty years and knows every rock along the coast.',
    ]);
    const describes = paragraphs('en', [
      'The Harbor City flood wall is a complicated project, showing how coastal towns are changed by rising seas.',
      'The wall would run for three miles along the eastern shore of the bay.',
      'Engineers say construction could take four years once the contracts are signed.',
    ]);
    expect(generateFaq(news, 'en')[0]?.answer).toMatch(/^Harbor City approved/);
    expect(generateFaq(scene, 'en').map((f) => f.question)).not.toContain('What happened?');
    expect(generateFaq(describes, 'en').map((f) => f.question)).not.toContain('What happened?');
  });

  it('asks what happened to the person a passive lead names', () => {
    const faq = generateFaq(
      paragraphs('en', [
        'Marta Lindqvist, 34, was taken to St Anne hospital on Friday after a fall from scaffolding in the old town.',
        'The scaffolding had been put up by a contractor working on the roof of the library.',
        'Police said the site would stay closed while inspectors examined the frame.',
      ]),
      'en',
    );
    expect(faq[0]).toMatchObject({ question: 'What happened to Marta Lindqvist?' });
    expect(faq[0]!.answer).toMatch(/^Marta Lindqvist, 34, was taken/);
  });
});

describe('generateFaq: why-questions in languages with forms', () => {
  it('asks why of a noun phrase or a name, not of a first-person quotation', () => {
    const article = paragraphs('pt', [
      'A prefeitura de Curitiba anunciou nesta segunda-feira a ampliação da rede de ciclovias da cidade.',
      'Errei quando adiei as obras no ano passado porque achei que faltava dinheiro no orçamento.',
      'A cidade amplia as ciclovias porque o número de ciclistas dobrou desde o ano passado.',
    ]);
    const why = generateFaq(article, 'pt').filter((f) => /^Por que/.test(f.question));
    expect(why.map((f) => f.question)).toEqual(['Por que a cidade amplia as ciclovias?']);
  });
});

describe('generateFaq: German why-questions put the finite verb first', () => {
  it('asks why of a clause that opens with its subject, answered by the sentence with the reason', () => {
    const article = paragraphs('de', [
      'Der Stadtrat von Bremen hat am Dienstag den Bau einer neuen Brücke über die Weser beschlossen.',
      'Die Stadt sperrt die alte Brücke ab, weil Gutachter Risse im Beton gefunden haben.',
      'Deshalb fahren die Busse seit Montag eine Umleitung, weil die Brücke gesperrt ist.',
    ]);
    const why = generateFaq(article, 'de').filter((f) => /^Warum /.test(f.question));
    expect(why.map((f) => f.question)).toEqual(['Warum sperrt die Stadt die alte Brücke ab?']);
    expect(why[0]?.answer).toMatch(/weil Gutachter Risse/);
  });
});

describe('generateFaq: what the people quoted said, in each language', () => {
  it('asks what a speaker who opens the sentence said (French), answered by that sentence', () => {
    const article = paragraphs('fr', [
      'La ville de Lyon a annoncé mardi la fermeture du pont Morand pour des travaux de six mois.',
      'Claire Dubois, qui suit le chantier depuis le début, a déclaré que les bus seraient déviés par le quai voisin.',
      'Les commerçants du quartier craignent une baisse de leur chiffre d’affaires pendant les travaux.',
      'Selon la mairie, Claire Dubois présentera le nouveau plan de circulation aux habitants jeudi soir.',
    ]);
    const says = generateFaq(article, 'fr').find((f) => /^Que dit /.test(f.question));
    expect(says?.question).toBe('Que dit Claire Dubois ?');
    expect(says?.answer).toMatch(/^Claire Dubois, qui suit le chantier depuis le début, a déclaré/);
  });

  it('does not take the subject of what was said for the speaker', () => {
    const article = paragraphs('en', [
      'Harbor City approved a $240 million flood wall on Tuesday after two years of debate.',
      'The council said Mayor Ellen Marsh had signed the contract with the builders on Wednesday morning.',
      'Critics argue the wall will take far longer to build than the city has promised its residents.',
    ]);
    expect(generateFaq(article, 'en').map((f) => f.question)).not.toContain('What did Mayor Ellen Marsh say?');
    expect(generateFaq(article, 'en').map((f) => f.question)).not.toContain('What did Ellen Marsh say?');
  });

  it('asks what a Chinese speaker said when the article follows them', () => {
    const article = paragraphs('zh', [
      '海港市议会周二批准了一项耗资24亿元的防洪墙计划，工程将于明年开工。',
      '李明说，新建的防洪墙可以保护东区的三千户居民免受风暴潮的威胁。',
      '去年冬天的风暴潮淹没了东区的十二户住宅，李明当时负责救援工作。',
      '市民对这项计划普遍表示支持，李明希望工程能够按时完工。',
    ]);
    const says = generateFaq(article, 'zh').find((f) => /说了什么/.test(f.question));
    expect(says?.question).toBe('李明说了什么？');
    expect(says?.answer).toMatch(/^李明说，新建的防洪墙/);
  });
});

describe('generateFaq: answers are whole sentences', () => {
  it('never quotes a sentence cut at an abbreviation', () => {
    const article = paragraphs('en', []);
    article.blocks = [
      { kind: 'p', text: 'Harbor City approved a $240 million flood wall on Tuesday after a year of debate in the council.' },
      { kind: 'h', level: 2, text: 'Which channel shows the match between Harbor City vs. Port Town?' },
      { kind: 'p', text: 'The channel that shows the match for fans of Harbor City vs. Port Town kicks off at noon on Harbor TV, the club said.' },
    ];
    article.text = article.blocks.map((b) => b.text).join('\n\n');
    const faq = generateFaq(article, 'en');
    expect(faq.length).toBeGreaterThan(0);
    for (const f of faq) expect(f.answer).not.toMatch(/ vs\.$/);
  });
});

describe('roundTripPasses (a written question must come back to its own answer)', () => {
  // Scores as the ask engine gives them: sentence 4 is the intended answer, 5 the sentence continuing it.
  const scores = (pairs: [number, number][]) => pairs.map(([unit, score]) => ({ unit, score, coverage: 0.5 }));

  it('keeps an answer in a near tie with the best sentence', () => {
    expect(roundTripPasses(scores([[1, 2.0], [4, 1.9], [9, 1.2]]), 4, 4)).toBe(true);
  });

  it('keeps an answer second only to the sentence continuing it, well ahead of the rest', () => {
    expect(roundTripPasses(scores([[5, 3.0], [4, 2.2], [9, 1.5]]), 4, 4)).toBe(true);
  });

  it('drops an answer beaten by an unrelated sentence elsewhere in the article', () => {
    expect(roundTripPasses(scores([[12, 3.0], [4, 2.2], [9, 1.5]]), 4, 4)).toBe(false);
  });

  it('drops a second place when an unrelated sentence scores about as high as the answer', () => {
    expect(roundTripPasses(scores([[5, 3.0], [4, 2.2], [9, 2.15]]), 4, 4)).toBe(false);
  });

  it('drops an answer in third place even behind its neighbours', () => {
    expect(roundTripPasses(scores([[3, 3.0], [5, 2.9], [4, 2.2], [9, 1.0]]), 4, 4)).toBe(false);
  });

  it('drops an answer the question does not reach at all', () => {
    expect(roundTripPasses(scores([[5, 3.0], [9, 1.0]]), 4, 4)).toBe(false);
  });
});

describe('generateFaq: "What happened?" in each language only when the lead states an event', () => {
  const rest: Record<string, string[]> = {
    de: ['Die Feuerwehr war mit 40 Einsatzkräften vor Ort.', 'Die Ursache ist noch unklar.'],
    fr: ['Les pompiers sont intervenus pendant toute la nuit.', "L'origine du feu reste inconnue."],
    es: ['Los bomberos trabajaron durante toda la noche.', 'La causa del fuego sigue sin conocerse.'],
    ja: ['消防によると、けが人はいませんでした。', '原因は分かっていません。'],
    zh: ['消防部门表示，火灾没有造成人员伤亡。', '起火原因仍在调查中。'],
  };
  const cases: [string, string, string, string][] = [
    ['de', 'Was ist passiert?', 'In der Nacht auf Samstag ist in Bern ein Lastwagen von der Straße abgekommen und in einen Bach gestürzt.', 'Bern ist vor allem für seine Altstadt und den Bärengraben bekannt.'],
    ['fr', "Que s'est-il passé ?", 'Un incendie a détruit mardi soir un entrepôt de la zone industrielle de Vénissieux.', 'La Caisse de solidarité de Vénissieux a pour but de soutenir les salariés en grève.'],
    ['es', '¿Qué ha pasado?', 'Un incendio destruyó el martes una nave industrial en las afueras de Valencia.', 'Valencia es una ciudad conocida en toda Europa por sus playas y su paella.'],
    ['ja', '何が起きたのですか？', '大雨の影響で、東京の電車が朝から止まりました。', '東京は古い寺と新しいビルが並ぶ町でした。'],
    ['zh', '发生了什么？', '北京昨天晚上一座仓库发生了火灾。', '北京将于明年举办一场国际仓库安全会议。'],
  ];
  for (const [lang, news, event, background] of cases) {
    it(`${lang}: asks "${news}" of an event, not of a background sentence`, () => {
      expect(generateFaq(paragraphs(lang, [event, ...rest[lang]!]), lang).map((f) => f.question)).toContain(news);
      expect(generateFaq(paragraphs(lang, [background, ...rest[lang]!]), lang).map((f) => f.question)).not.toContain(news);
    });
  }
});
