import { describe, expect, it } from 'vitest';
import { ask, askArticle, askedUnit, createAskIndex, hasCountOf } from '../../../../src/core/faq/ask';
import { questionType } from '../../../../src/core/faq/answerType';
import { stem } from '../../../../src/core/faq/askTerms';
import { fixtureArticle, inText } from './fixtures';

describe('ask (English)', () => {
  const article = fixtureArticle('article-en.txt', 'en');

  it('answers with sentences quoted from the article, best first, scores 0..1, at most 3', () => {
    const answers = ask(article, 'Why is the wall needed?', 'en');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.length).toBeLessThanOrEqual(3);
    expect(answers[0]!.text).toMatch(/because sea levels/);
    for (const a of answers) {
      expect(inText(a.text, article.text)).toBe(true);
      expect(a.score).toBeGreaterThan(0);
      expect(a.score).toBeLessThanOrEqual(1);
    }
    expect(answers.map((a) => a.score)).toEqual([...answers.map((a) => a.score)].sort((x, y) => y - x));
  });

  it('puts a sentence with a date first for "when", an amount for "how much", a name for "who"', () => {
    expect(ask(article, 'When will construction begin?', 'en')[0]!.text).toMatch(/in March/);
    expect(ask(article, 'How much money was raised?', 'en')[0]!.text).toMatch(/\$240 million/);
    expect(ask(article, 'Who leads the project?', 'en')[0]!.text).toMatch(/Maria Delgado/);
  });

  it('matches inflected forms ("approve" finds "approved")', () => {
    expect(ask(article, 'Did the council approve the wall?', 'en')[0]!.text).toMatch(/council on Tuesday approved/);
  });

  it('quotes the sentence before one that leans on it ("She said...")', () => {
    const a = ask(article, 'Which vote was the most important in a decade?', 'en')[0]!;
    expect(a.text).toMatch(/^Maria Delgado.*She said the vote/);
  });

  it('never answers with a heading, and honours the limit', () => {
    const answers = ask(article, 'Why is the flood wall needed now?', 'en', { limit: 5 });
    expect(answers.some((a) => a.text === 'Why the flood wall is needed now')).toBe(false);
    expect(ask(article, 'wall', 'en', { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for a question with no word in the article', () => {
    expect(ask(article, 'What about volcanoes?', 'en')).toEqual([]);
  });

  it('says the article does not say when a question is about something else, with no answers', () => {
    // "capital" and "council" are in the article; Lisbon, Portugal and the question's other words are not.
    for (const q of ['What is the capital of Portugal?', 'Who won the Lisbon marathon in 2019?']) {
      const r = askArticle(article, q, 'en');
      expect(r.answered).toBe(false);
      expect(r.answers).toEqual([]);
    }
    const on = askArticle(article, 'How much money was raised?', 'en');
    expect(on.answered).toBe(true);
    expect(on.confidence).toBeGreaterThan(askArticle(article, 'What is the capital of Portugal?', 'en').confidence);
  });

  it('matches meaning as well as words: "used for" finds "fund", "rivals" finds "competes"', () => {
    const text = [
      'Northwind Robotics raised $80 million from investors on Monday.',
      'The money will primarily fund a factory in Ohio that builds warehouse robots.',
      'Northwind competes with Acme Automation and Globex in the warehouse market.',
      'The factory opens next year and will employ 400 people.',
    ];
    const doc = { text: text.join('\n'), blocks: text.map((t) => ({ kind: 'p' as const, text: t })) };
    expect(ask(doc, 'What will the funds be used for?', 'en')[0]!.text).toMatch(/fund a factory/);
    expect(ask(doc, 'Who are Northwind\'s rivals?', 'en')[0]!.text).toMatch(/competes with Acme/);
  });

  it('gives the same answers from a prebuilt index', () => {
    const index = createAskIndex(article, 'en');
    expect(ask(index, 'Why is the wall needed?', 'en')).toEqual(ask(article, 'Why is the wall needed?', 'en'));
  });
});

describe('ask (Chinese)', () => {
  const article = fixtureArticle('article-zh.txt', 'zh');
  it('answers Chinese questions by character overlap and answer type', () => {
    expect(ask(article, '工程什么时候开工？', 'zh')[0]!.text).toBe('工程计划于明年三月开工，预计需要三年完成。');
    expect(ask(article, '筹集了多少资金？', 'zh')[0]!.text).toMatch(/24亿元/);
    expect(ask(article, '谁负责这个项目？', 'zh')[0]!.text).toMatch(/李明/);
    for (const a of ask(article, '为什么要修建防洪墙？', 'zh')) expect(inText(a.text, article.text)).toBe(true);
  });
});

/** A one-paragraph Chinese article, as CMRC documents are (and as a short news item is). */
function zhParagraph(sentences: string[]) {
  const text = sentences.join('');
  return { text, blocks: [{ kind: 'p' as const, text }] };
}

describe('ask (Chinese, one paragraph about a named subject)', () => {
  const church = zhParagraph([
    '青石桥圣约翰纪念教堂是一座位于青石桥镇河西大街的砖木结构教堂，现在称为“晨光堂”。',
    '该堂会成立于1886年，最初只有十二名会众。',
    '青石桥圣约翰纪念教堂在战争期间曾被用作医院。',
    '教堂的钟楼顶上挂着一口从英国运来的铜钟，钟楼内部的木梯仍是原物。',
    '钟楼高三十米，是全镇最高的建筑。',
    '林守仁去世以后，青石桥圣约翰纪念教堂由他的女儿管理。',
  ]);

  it('finds the sentence that answers, not the ones that only repeat the long subject name', () => {
    // The name is 8 character bigrams, "成立" one: counted bigram by bigram, the name would decide.
    const a = ask(church, '青石桥圣约翰纪念教堂哪一年成立？', 'zh')[0]!;
    expect(a.text).toContain('该堂会成立于1886年');
    expect(inText(a.text, church.text)).toBe(true);
  });

  it('answers a counting question with the sentence that holds the count', () => {
    expect(ask(church, '教堂的钟楼有几米高？', 'zh')[0]!.text).toBe('钟楼高三十米，是全镇最高的建筑。');
  });

  it('matches a one-character question word the word segmenter leaves alone ("字")', () => {
    const person = zhParagraph(['林守仁是泉州人。', '林守仁，字敬之，早年在上海的一所教会学校读书。', '林守仁后来回到泉州教书。']);
    expect(ask(person, '林守仁的字是什么？', 'zh')[0]!.text).toBe('林守仁，字敬之，早年在上海的一所教会学校读书。');
  });
});

describe('Chinese counting questions', () => {
  it('reads the measure word after 几/多少', () => {
    expect(askedUnit('大沙地站共有几层？')).toBe('层');
    expect(askedUnit('广茂铁路全长多少公里？')).toBe('公');
    expect(askedUnit('嘉兴南站有几条线？')).toBe('条');
    expect(askedUnit('一共有几个站台？')).toBe('站');
    expect(askedUnit('水深是多少？')).toBeNull();
    expect(askedUnit('票价多少')).toBeNull();
  });

  it('finds a number followed by that unit, in digits or Chinese numerals', () => {
    expect(hasCountOf('本站共两层。', '层')).toBe(true);
    expect(hasCountOf('全长364.6公里。', '公')).toBe(true);
    expect(hasCountOf('有4站台8条线。', '条')).toBe(true);
    expect(hasCountOf('设有三百余座。', '座')).toBe(true);
    expect(hasCountOf('本站位于地下一层的西侧。', '米')).toBe(false);
    expect(hasCountOf('这一层是候车大厅。', '层')).toBe(false);
  });
});

describe('question analysis', () => {
  it('knows what a question asks for', () => {
    expect(questionType('When did the war end?')).toBe('time');
    expect(questionType('How many people live there?')).toBe('number');
    expect(questionType('Who wrote the report?')).toBe('person');
    expect(questionType('Where is the plant?')).toBe('place');
    expect(questionType('Why did prices rise?')).toBe('reason');
    expect(questionType('什么时候开工？')).toBe('time');
    expect(questionType('票价是多少？')).toBe('number');
  });

  it('stems inflections together but leaves short words alone', () => {
    expect(stem('approved')).toBe(stem('approve'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('running')).toBe(stem('runs'));
    expect(stem('gas')).toBe('gas');
  });
});

describe('ask: forms, question shape and two-sentence answers', () => {
  const doc = (lines: string[]) => ({ text: lines.join('\n'), blocks: lines.map((t) => ({ kind: 'p' as const, text: t })) });

  it('brings irregular forms and ordinals home to their base', () => {
    expect(stem('won')).toBe(stem('win'));
    expect(stem('built')).toBe(stem('build'));
    expect(stem('written')).toBe(stem('writes'));
    expect(stem('children')).toBe(stem('child'));
    expect(stem('50th')).toBe('50');
    // Words that are also other words keep their own meaning.
    expect(stem('ground')).not.toBe(stem('grind'));
  });

  it('finds "won" where the article says "wins", and "the 12th festival" where it says "festival 12"', () => {
    const article = doc([
      'The harbour festival returns to Portmere every August with music and boat races.',
      'Festival 12 drew a record crowd of 30,000 visitors over three days.',
      'Crews from four towns entered the race on Sunday, the oldest race on the coast.',
      'The Eastby crew wins the race most years.',
    ]);
    expect(ask(article, 'Which crew won the race on Sunday?', 'en')[0]!.text).toMatch(/Eastby crew wins/);
    expect(ask(article, 'How many visitors did the 12th festival draw?', 'en')[0]!.text).toMatch(/30,000/);
  });

  it('crosses the words a question uses for what the article says otherwise ("old" / "age", "picked" / "selected")', () => {
    const article = doc([
      'Dana Reyes grew up in Portmere and studied law in the capital.',
      'In 2019 Reyes ran for mayor.',
      'Reyes was selected at the age of 34, the youngest candidate in the party history.',
    ]);
    // Without the relations the article seems not to say: "old" and "picked" are nowhere in it.
    expect(ask(article, 'How old was Reyes when she was picked?', 'en')[0]?.text).toMatch(/age of 34/);
  });

  it('does not take "day" in "What day...?" as a word the answer must repeat', () => {
    const article = doc([
      'Each day, the final rehearsal of the concert is held at noon on Sunday.',
      'The final concert was held on 14 May in the old cathedral.',
      'Tickets sold out within an hour.',
    ]);
    expect(ask(article, 'What day was the final concert held?', 'en')[0]!.text).toMatch(/14 May/);
  });

  it('quotes two adjacent sentences when the question\'s words are spread over both', () => {
    const article = doc([
      'The club dismissed its coach after the cup defeat in March. Maria Lopez replaced the coach a week later and kept the squad unchanged.',
      'The stadium is being rebuilt.',
    ]);
    const top = ask(article, 'Who replaced the coach after the cup defeat?', 'en')[0]!.text;
    expect(top).toMatch(/cup defeat/);
    expect(top).toMatch(/Maria Lopez/);
    // A question one sentence answers alone is answered by that sentence alone.
    expect(ask(article, 'When was the cup defeat?', 'en')[0]!.text).toBe('The club dismissed its coach after the cup defeat in March.');
  });

  it('declines a question about another story that shares only common words with the article', () => {
    const article = doc([
      'The Portmere council approved a new flood wall on Tuesday.',
      'The wall will cost $240 million and protect 3,000 homes along the river.',
      'Construction begins in March and should take four years.',
    ]);
    const off = askArticle(article, 'How many homes did the earthquake in Valdoria destroy in four years?', 'en');
    expect(off.answered).toBe(false);
    expect(off.answers).toEqual([]);
    const on = askArticle(article, 'How many homes will the wall protect?', 'en');
    expect(on.answered).toBe(true);
    expect(on.answers[0]!.text).toMatch(/3,000 homes/);
  });
});

describe('ask (Chinese): the sentence that opens with the question\'s subject', () => {
  it('answers "X是什么？" with the sentence that opens with X, not one that mentions it', () => {
    const lines = [
      '孩子们放学后常在青石桥边玩耍。',
      '青石桥，为镇南溪流上的一座三孔石拱桥，建于清代。',
      '每年春天，居民在桥边举行庙会。',
    ];
    const article = { text: lines.join('\n'), blocks: [{ kind: 'p' as const, text: lines.join('') }] };
    expect(ask(article, '青石桥是什么？', 'zh')[0]!.text).toMatch(/^青石桥，为/);
  });
});
