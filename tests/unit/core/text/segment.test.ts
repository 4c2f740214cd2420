import { describe, expect, it } from 'vitest';
import { cjkRatio, clip, normalizeToken, sentences, withSharedSentences, words, wordSpans } from '../../../../src/core/text/segment';

const icuWords = (text: string, lang: string) =>
  [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

describe('words', () => {
  it('finds the same words as Intl.Segmenter in spaced scripts', () => {
    const samples: [string, string][] = [
      ["LeCun's lab didn't publish the U.S. figures: 3,000 robots, 12.5% of the market, world-class results.", 'en'],
      ['Le projet de loi a été approuvé à l’Assemblée nationale par 438 voix.', 'fr'],
      ['Президент подписал закон о бюджете на 2025 год.', 'ru'],
      ['서울시는 내년부터 새로운 교통 정책을 시행한다.', 'ko'],
      ['وافق البرلمان على الميزانية الجديدة يوم الأحد.', 'ar'],
    ];
    for (const [text, lang] of samples) expect(words(text, lang)).toEqual(icuWords(text, lang));
  });

  it('still segments Chinese and Japanese with the dictionary', () => {
    const zh = '人工智能公司发布了新的世界模型。';
    expect(words(zh, 'zh')).toEqual(icuWords(zh, 'zh'));
    expect(words(zh, 'zh').length).toBeGreaterThan(3);
  });

  it('gives offsets that point at each word', () => {
    const text = 'World models, said LeCun, need video.';
    for (const { word, index } of wordSpans(text, 'en')) expect(text.slice(index, index + word.length)).toBe(word);
  });
});

describe('clip', () => {
  it('keeps short text as it is', () => {
    expect(clip('One sentence.', 100)).toBe('One sentence.');
  });

  it('cuts long text after a whole sentence, within the limit', () => {
    const text = 'The first sentence is here. The second sentence is here. The third one runs on and on without end';
    const out = clip(text, 70);
    expect(out.length).toBeLessThanOrEqual(70);
    expect(out).toBe('The first sentence is here. The second sentence is here.');
    expect(text.startsWith(out)).toBe(true);
  });
});

describe('withSharedSentences', () => {
  const text = 'World models learn from video. LeCun said so in Paris! Is that right?';

  it('gives the same sentences inside a shared scope as outside, and a fresh copy each time', () => {
    const outside = sentences(text, 'en');
    withSharedSentences(() => {
      const first = sentences(text, 'en');
      expect(first).toEqual(outside);
      // A caller changing its array must not change what the next stage gets.
      first.pop();
      expect(sentences(text, 'en')).toEqual(outside);
    });
    expect(sentences(text, 'en')).toEqual(outside);
  });

  it('returns what the function returns and ends the scope even when it throws', () => {
    expect(withSharedSentences(() => sentences(text, 'en').length)).toBe(3);
    expect(() =>
      withSharedSentences(() => {
        throw new Error('stage failed');
      }),
    ).toThrow('stage failed');
    expect(sentences(text, 'en')).toHaveLength(3);
  });
});

describe('cjkRatio and normalizeToken', () => {
  it('counts CJK letters among all letters, and none in Latin text', () => {
    expect(cjkRatio('World models are here.')).toBe(0);
    expect(cjkRatio('世界模型')).toBe(1);
    expect(cjkRatio('AI 世界模型')).toBeCloseTo(4 / 6);
  });

  it('folds case and compatibility forms the same way for ASCII and other text', () => {
    for (const t of ['LLMs', 'ＬＬＭｓ', 'llms', 'Straße', 'ÉCOLE', 'U.S.']) expect(normalizeToken(t)).toBe(t.normalize('NFKC').toLocaleLowerCase());
    expect(normalizeToken('ＬＬＭｓ')).toBe('llms');
  });
});

describe('sentences at abbreviations, initials and dates', () => {
  it.each([
    ['en', 'Police said Mr. Lee hit Mr. Rudolph, hitting him in the head. Then he left.', ['Police said Mr. Lee hit Mr. Rudolph, hitting him in the head.', 'Then he left.']],
    ['en', 'On Monday (Nov. 18), the agency chose a rocket maker. It was a surprise.', ['On Monday (Nov. 18), the agency chose a rocket maker.', 'It was a surprise.']],
    ['en', 'John F. Kennedy spoke at St. Mary’s. Dr. Ames listened.', ['John F. Kennedy spoke at St. Mary’s.', 'Dr. Ames listened.']],
    ['en', 'The U.S. Army said so. Troops left the U.S. The next day was calm.', ['The U.S. Army said so.', 'Troops left the U.S.', 'The next day was calm.']],
    ['en', 'She takes vitamin C. Then she runs.', ['She takes vitamin C.', 'Then she runs.']],
    ['en', 'LOS ANGELES, Calif. (AP) — A fire closed the road. Crews arrived.', ['LOS ANGELES, Calif. (AP) — A fire closed the road.', 'Crews arrived.']],
    ['en', '"Is it over?" she asked. "No," he said.', ['"Is it over?" she asked.', '"No," he said.']],
    ['de', 'Am 18. November sagte Prof. Müller, dass z. B. die Bahn streikt. Das ist neu.', ['Am 18. November sagte Prof. Müller, dass z. B. die Bahn streikt.', 'Das ist neu.']],
    ['pt', 'O prof. Silva disse que sim. O Sr. Costa concordou.', ['O prof. Silva disse que sim.', 'O Sr. Costa concordou.']],
    ['es', 'El Sr. García llegó el martes. Luego habló.', ['El Sr. García llegó el martes.', 'Luego habló.']],
    ['zh', '他说：“今天下雨。”我们回家了。明天见！', ['他说：“今天下雨。”', '我们回家了。', '明天见！']],
    ['zh', '他到了北京。“我们明天出发。”', ['他到了北京。', '“我们明天出发。”']],
    // Initials after a first name, and a page's "p." that is an initial before a name.
    ['en', 'The school was founded by Sewell T. Taylor in 1901. It grew fast.', ['The school was founded by Sewell T. Taylor in 1901.', 'It grew fast.']],
    ['en', 'Marsha P. Johnson led the march. Thousands followed.', ['Marsha P. Johnson led the march.', 'Thousands followed.']],
    ['en', 'Acting U.S. Attorney Ann Roe closed the case. The trial ended.', ['Acting U.S. Attorney Ann Roe closed the case.', 'The trial ended.']],
    ['en', 'Polls close at 8 p.m. Tuesday in most states. Results follow.', ['Polls close at 8 p.m. Tuesday in most states.', 'Results follow.']],
    ['en', 'The vote ended at 5 p.m. The count began.', ['The vote ended at 5 p.m.', 'The count began.']],
    // German ordinals before the noun they count, numeric dates, and abbreviations inside a sentence.
    ['de', 'Im 19. Jahrhundert wuchs die Stadt. Danach kam der Krieg.', ['Im 19. Jahrhundert wuchs die Stadt.', 'Danach kam der Krieg.']],
    ['de', 'Am 2. Tag regnete es. Die Gäste blieben.', ['Am 2. Tag regnete es.', 'Die Gäste blieben.']],
    ['de', 'Er kam am 19. 3. 2020 an. Sie wartete.', ['Er kam am 19. 3. 2020 an.', 'Sie wartete.']],
    ['de', 'Die Zahl stieg auf 12. Der Rat tagte.', ['Die Zahl stieg auf 12.', 'Der Rat tagte.']],
    ['de', 'Das Gesetz Nr. 5 betrifft viele bzw. Alle Bürger. Siehe S. 12 im Bericht.', ['Das Gesetz Nr. 5 betrifft viele bzw. Alle Bürger.', 'Siehe S. 12 im Bericht.']],
    ['fr', 'Selon M. Dupont, la loi passera. Le vote a lieu demain.', ['Selon M. Dupont, la loi passera.', 'Le vote a lieu demain.']],
    ['es', 'La Dra. López y el Sr. Pérez llegaron. La reunión empezó.', ['La Dra. López y el Sr. Pérez llegaron.', 'La reunión empezó.']],
    ['en', 'The rope was 5 m. The tent was small.', ['The rope was 5 m.', 'The tent was small.']],
    // A quotation of several sentences is one unit; German and French quotation marks close where they close.
    ['en', 'He said: "We will win. Nobody can stop us." The crowd cheered.', ['He said: "We will win. Nobody can stop us."', 'The crowd cheered.']],
    ['en', '“We will win. We always do,” she said. They left.', ['“We will win. We always do,” she said.', 'They left.']],
    ['de', 'Sie sagte: „Das ist gut.“ Danach ging sie.', ['Sie sagte: „Das ist gut.“', 'Danach ging sie.']],
    ['fr', 'Il a dit : « Nous gagnerons. Personne ne nous arrêtera. » Puis il est parti.', ['Il a dit : « Nous gagnerons. Personne ne nous arrêtera. »', 'Puis il est parti.']],
    // Japanese never splits inside 「」 or 『』, and a quotation followed by と or って goes on as one sentence.
    ['ja', '市長は「橋は来月閉じる。工事は半年だ」と述べた。住民は困惑している。', ['市長は「橋は来月閉じる。工事は半年だ」と述べた。', '住民は困惑している。']],
    ['ja', '「必ず勝つ。」と監督は話した。試合は明日だ。', ['「必ず勝つ。」と監督は話した。', '試合は明日だ。']],
    ['ja', '「危ない！」って叫んだ。それから逃げた。', ['「危ない！」って叫んだ。', 'それから逃げた。']],
    ['ja', '彼は『雪国。』を読んだ。面白かった。', ['彼は『雪国。』を読んだ。', '面白かった。']],
    ['ja', '「もう帰る。」ところが彼は残った。', ['「もう帰る。」', 'ところが彼は残った。']],
  ])('%s: %s', (lang, text, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
  });
});
