import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../src/core/summarize/tldr';
import { candidates } from '../../../../src/core/summarize/candidates';
import { isDependent } from '../../../../src/core/summarize/standalone';
import { articleOf, p } from '../articleOf';

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('summarize', () => {
  it('skips headings, captions, datelines and bylines, and keeps the sentence the dateline opened', () => {
    const article = articleOf(
      [
        { kind: 'h', text: 'Harbour bridge to close for repairs' },
        { kind: 'caption', text: 'The old harbour bridge at dawn. Photo: City archive.' },
        p('By Mara Keller'),
        p('PORTSMOUTH (Reuters) - The city council voted on Tuesday to close the harbour bridge for six months while engineers repair the cracks found in its steel supports.'),
        p('Commuters will use a temporary ferry service that the council will run every twenty minutes until the bridge reopens.'),
        p('The repairs will cost the city about 40 million pounds, paid from the transport budget.'),
        p('Local shops near the bridge fear that fewer visitors will come during the closure.'),
      ],
      'Harbour bridge to close for repairs',
      'en',
    );
    const { source, sentences } = summarize(article, 'en');
    expect(source).toBe('extractive');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(sentences[0]).toMatch(/^The city council voted on Tuesday to close the harbour bridge/);
    const joined = sentences.join(' ');
    expect(joined).not.toMatch(/Reuters|By Mara|Photo:|at dawn/);
    expect(sentences.every((s) => article.text.includes(s))).toBe(true);
  });

  it('stays within about 60 words and keeps article order', () => {
    const paras = Array.from({ length: 12 }, (_, i) =>
      p(`Sentence number ${i + 1} describes the flood defences along the river and what the new barrier changes for the town's residents this winter.`),
    );
    const article = articleOf(paras, 'Flood barrier protects the town', 'en');
    const { sentences } = summarize(article, 'en');
    expect(sentences.reduce((n, s) => n + wordsOf(s), 0)).toBeLessThanOrEqual(70);
    const positions = sentences.map((s) => article.text.indexOf(s));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('finds the gist of a page whose opening is an anecdote, not the news', () => {
    const article = articleOf(
      [
        p('Maria Lopez still remembers the smell of wet paper on the morning the river came into her bookshop.'),
        p('She had owned the shop for thirty years, and she spent the whole week drying novels on the pavement outside.'),
        p('Her neighbours brought towels, fans and coffee, and a baker down the street sent bread every morning.'),
        p('The regional government approved a 200 million euro flood barrier for the river on Monday, after three floods in five years.'),
        p('The flood barrier will protect four thousand homes and shops along the river when construction ends in 2027.'),
        p('Engineers say the flood barrier could be raised within an hour when the river rises after heavy rain.'),
        p('Critics of the flood barrier say the government should have acted after the first flood.'),
        p('Maria Lopez says she will believe in the flood barrier when she sees it working.'),
      ],
      'Government approves flood barrier for the river',
      'en',
    );
    const joined = summarize(article, 'en').sentences.join(' ');
    expect(joined).toMatch(/approved a 200 million euro flood barrier/);
    expect(joined).not.toMatch(/smell of wet paper/);
  });

  it('drops the caption and editor\'s note that come before a dateline', () => {
    const article = articleOf(
      [
        p("A volunteer sorts donated coats at the shelter on Friday. Editor's note: The author volunteers at the shelter twice a month."),
        p('(CNN) -- The city opened three new winter shelters this week as temperatures fell below freezing across the region.'),
        p('The shelters will stay open every night until March and can take four hundred people in total.'),
        p('Officials said demand for beds had doubled since last winter.'),
      ],
      '',
      'en',
    );
    const { sentences } = summarize(article, 'en');
    expect(sentences[0]).toBe('The city opened three new winter shelters this week as temperatures fell below freezing across the region.');
    expect(sentences.join(' ')).not.toMatch(/volunteer|Editor/);
  });

  it('returns whole Chinese sentences, about 120 characters at most', () => {
    const article = articleOf(
      [
        { kind: 'h', text: '市议会决定关闭老桥' },
        p('新华社北京3月3日电 市议会周二投票决定关闭这座老桥，工程师将检查居民上个月报告的裂缝。'),
        p('在工程完成之前，通勤者只能乘坐渡轮往返两岸，渡轮每二十分钟一班。'),
        p('维修费用约为四千万元，将由交通预算支付。'),
        p('桥附近的商店担心，关闭期间来访的游客会减少。'),
      ],
      '市议会决定关闭老桥',
      'zh',
    );
    const { sentences } = summarize(article, 'zh');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences[0]).toBe('市议会周二投票决定关闭这座老桥，工程师将检查居民上个月报告的裂缝。');
    for (const s of sentences) expect(s).toMatch(/[。！？]$/);
    expect(sentences.join('').length).toBeLessThanOrEqual(140);
  });

  it('returns whole Japanese sentences', () => {
    const article = articleOf(
      [
        p('市議会は火曜日、住民が先月報告したひび割れを技術者が調べる間、古い橋を閉鎖することを決めた。'),
        p('工事が終わるまで、通勤者はフェリーを使わなければならない。'),
        p('修理費用は約四千万円で、交通予算から支払われる。'),
      ],
      '市議会、古い橋の閉鎖を決定',
      'ja',
    );
    const { sentences } = summarize(article, 'ja');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    for (const s of sentences) {
      expect(s).toMatch(/。$/);
      expect(article.text).toContain(s);
    }
  });

  it('returns whole Arabic sentences from a right-to-left article', () => {
    const article = articleOf(
      [
        p('صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم بينما يفحص المهندسون الشقوق التي أبلغ عنها السكان.'),
        p('وسيضطر المسافرون إلى استخدام العبارة حتى انتهاء أعمال الصيانة في الجسر القديم.'),
        p('وتبلغ تكلفة الإصلاحات نحو أربعين مليون دينار من ميزانية النقل.'),
      ],
      'إغلاق الجسر القديم',
      'ar',
    );
    const { sentences } = summarize(article, 'ar');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    for (const s of sentences) {
      expect(s).toMatch(/\.$/);
      expect(article.text).toContain(s);
    }
  });

  it('returns nothing for an empty article', () => {
    expect(summarize(articleOf([]), 'en').sentences).toEqual([]);
  });
});

describe('summarize shows what happened, not the page announcing it', () => {
  const title = 'Record low turnout in harbour town election';
  const body = [
    'Turnout in the harbour town election fell to a record low of 31 percent on Sunday.',
    'Here is what the low turnout in the harbour town election means for the mayor.',
    'Record low turnout in harbour town election worries the mayor',
    'The mayor kept her seat with 52 percent of the votes cast in the election.',
    'Election officials blamed the rain and a shortage of polling stations for the low turnout.',
    'Turnout in the last harbour town election was 48 percent.',
  ];

  it('never picks a signpost ("Here is what...") or a line without an ending (a subheading set as a paragraph)', () => {
    const { sentences } = summarize(articleOf(body.map(p), title, 'en'), 'en');
    expect(sentences[0]).toBe(body[0]);
    expect(sentences).not.toContain(body[1]);
    expect(sentences).not.toContain(body[2]);
  });

  it('leaves lines without an ending out of the candidates only when the page has whole sentences to offer', () => {
    expect(candidates(articleOf(body.map(p), title, 'en'), 'en', 50).map((c) => c.text)).not.toContain(body[2]);
    const teaser = ['Harbour town turnout hits a record low', 'Officials blame the rain and too few polling stations', 'The mayor kept her seat.'];
    expect(candidates(articleOf(teaser.map(p), title, 'en'), 'en', 50).map((c) => c.text)).toContain(teaser[0]);
  });

  it('reads as a passage: the lead and the sentences after it, so a sentence that leans back keeps its context', () => {
    const article = articleOf(
      [
        p('The city museum will return twelve bronze statues to the temple they were taken from a century ago, its board decided on Monday.'),
        p('Those statues have stood in the museum’s main hall since 1921.'),
        p('The temple’s monks asked for them in 2019, and the board agreed after two years of research into how they left.'),
        p('Visitors can see the bronze statues until the end of March, when the museum closes the hall for the handover.'),
        p('A bronze statue of a horse, the museum’s best-known piece, is not among them and will stay.'),
        p('The museum’s café will also close in March for renovation, the board said.'),
      ],
      'City museum to return bronze statues to temple',
      'en',
    );
    const { sentences } = summarize(article, 'en');
    expect(sentences[0]).toMatch(/^The city museum will return twelve bronze statues/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    // The second sentence is the lead's neighbour; any later one either follows its neighbour or stands alone.
    const order = sentences.map((s) => article.blocks.findIndex((b) => b.text === s));
    expect(order[1]).toBe(1);
    for (let i = 2; i < order.length; i++) expect(order[i] === order[i - 1]! + 1 || !isDependent(sentences[i]!)).toBe(true);
  });

  it('completes a long lead with a nearby sentence rather than showing it alone', () => {
    const article = articleOf(
      [
        p('The national rail operator said on Thursday that it will cut fares on all regional lines by a third from June, after a year in which passenger numbers fell to their lowest level since the network was built in the nineteen sixties.'),
        p('The operator’s chief executive, who has run the company since the last election, told reporters at the central station that the cut would be paid for by the government’s new transport fund and by savings on the network’s older diesel trains.'),
        p('Regional lines carry about two million people a week.'),
        p('Unions welcomed the cut but asked for more staff on the trains.'),
      ],
      'Rail operator cuts regional fares by a third',
      'en',
    );
    const { sentences } = summarize(article, 'en');
    expect(sentences[0]).toMatch(/^The national rail operator said on Thursday/);
    expect(sentences.length).toBe(2);
  });

  it('never shows a paragraph that is one question (a subheading) on a page of multi-sentence paragraphs', () => {
    const article = articleOf(
      [
        p('La ciudad pagará un subsidio de transporte a cuarenta mil estudiantes desde marzo. El alcalde lo anunció el lunes en el concejo.'),
        p('¿Cómo ha sido el comportamiento con el subsidio?'),
        p('En el primer año, el subsidio redujo el gasto de las familias en un diez por ciento. Los estudiantes lo usan sobre todo en el metro.'),
        p('El concejo aprobará el presupuesto del subsidio en febrero. La oposición pidió que llegue también a los colegios rurales.'),
      ],
      'La ciudad pagará un subsidio de transporte a estudiantes',
      'es',
    );
    const { sentences } = summarize(article, 'es');
    expect(sentences.join(' ')).not.toMatch(/¿/);
    expect(sentences[0]).toMatch(/^La ciudad pagará un subsidio/);
  });

  it('never shows a sentence holding a URL or an e-mail, and cuts an address in brackets', () => {
    const article = articleOf(
      [
        p('The city library will open a second reading room on Saturday (www.citylib.example/rooms), with 80 new seats for students.'),
        p('More details about opening hours are posted at https://citylib.example/hours for every branch.'),
        p('Questions about the new reading room can be sent to rooms@citylib.example before the opening day.'),
        p('The reading room cost 2 million euros and was paid for by a donation from a local printing company.'),
        p('Students had asked for more seats for years, because the old room was full every afternoon before exams.'),
      ],
      'City library opens a second reading room',
      'en',
    );
    const joined = summarize(article, 'en').sentences.join(' ');
    expect(joined).toMatch(/^The city library will open a second reading room on Saturday, with 80 new seats/);
    expect(joined).not.toMatch(/https?:|www\.|@|\.example/);
  });

  it('does not open on the answer to a question heading it leaves out', () => {
    const article = articleOf(
      [
        { kind: 'h', text: 'How much will the new ferry cost?' },
        p('About 40 euros a month for commuters, and twice that for visitors who buy single tickets on board.'),
        p('Prices were set by the regional transport office after a year of talks with the ferry operator.'),
        { kind: 'h', text: 'The ferry line' },
        p('The regional transport office will open a ferry line across the harbour in March, carrying 600 passengers an hour.'),
        p('The ferry line replaces the old bridge, which engineers closed last year after finding cracks in its supports.'),
        p('Boats will leave every fifteen minutes from six in the morning until midnight, every day of the week.'),
      ],
      'Harbour gets a ferry line in March',
      'en',
    );
    const { sentences } = summarize(article, 'en');
    expect(sentences[0]).not.toMatch(/^About 40 euros/);
    expect(sentences.join(' ')).toMatch(/will open a ferry line across the harbour/);
  });

  it("leaves out a listicle's numbered tips when the page has a lead", () => {
    const article = articleOf(
      [
        p('Heat waves are getting longer in southern Europe, and doctors say a few habits protect older people best.'),
        p('The health ministry published its advice on Monday after a week of record temperatures in the region.'),
        { kind: 'li', text: '1. “Drink water before you feel thirsty,” says one doctor.' },
        { kind: 'li', text: '2. “Close the shutters in the morning and open them at night.”' },
        { kind: 'li', text: '3. Check on neighbours who live alone at least once a day.' },
        p('Hospitals have added beds for patients with heat stroke, the ministry said.'),
      ],
      'Doctors share advice for the heat wave',
      'en',
    );
    const joined = summarize(article, 'en').sentences.join(' ');
    expect(joined).toMatch(/^Heat waves are getting longer/);
    expect(joined).not.toMatch(/Drink water|Close the shutters|Check on neighbours/);
  });

  it('does not open on a connective whose sentence before it is missing, even as the first sentence', () => {
    const article = articleOf(
      [
        p('Dennoch hält die Stadt an dem Plan fest, wie ein Sprecher am Montag sagte.'),
        p('Die Stadt Lindau will die alte Hafenbrücke im Frühjahr für sechs Monate sperren, um Risse in den Stahlträgern zu reparieren.'),
        p('Pendler sollen in dieser Zeit eine Fähre nutzen, die alle zwanzig Minuten über den Hafen fährt.'),
        p('Die Reparatur kostet nach Angaben der Stadt rund vier Millionen Euro.'),
      ],
      '',
      'de',
    );
    const { sentences } = summarize(article, 'de');
    expect(sentences[0]).toMatch(/^Die Stadt Lindau will die alte Hafenbrücke/);
    expect(sentences.join(' ')).not.toMatch(/Dennoch/);
  });
});
