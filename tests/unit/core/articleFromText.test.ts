// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/core/articleFromText';
import { summarize } from '../../../src/core/summarize/tldr';

describe('articleFromText', () => {
  it('makes one paragraph per line and takes a short first line as the title', () => {
    const a = articleFromText('Night buses are coming\nThe city adds three night lines.\r\n\n  Fares stay the same.  \n');
    expect(a.title).toBe('Night buses are coming');
    expect(a.blocks).toEqual([
      { kind: 'p', text: 'The city adds three night lines.' },
      { kind: 'p', text: 'Fares stay the same.' },
    ]);
    expect(a.text).toBe('The city adds three night lines.\n\nFares stay the same.');
    expect(a.signals).toMatchObject({ tldr: null, faq: [] });
  });

  it('keeps every line when a title is given, escapes the HTML copy, and sets rtl for Hebrew', () => {
    const a = articleFromText('שלום <b>עולם</b>. זה טקסט בעברית.', { title: 'Selection', url: 'https://x.example/', lang: null });
    expect(a.title).toBe('Selection');
    expect(a.url).toBe('https://x.example/');
    expect(a.blocks).toHaveLength(1);
    expect(a.dir).toBe('rtl');
    expect(a.html).toBe('<p>שלום &lt;b&gt;עולם&lt;/b&gt;. זה טקסט בעברית.</p>');
  });

  it('takes a headline run into the story through its dateline as the title, and the TL;DR opens on the lead', () => {
    const text =
      '主队加时险胜晋级决赛 中锋伤愈复出新浪体育讯北京时间4月12日，主队在加时赛中以101比99击败客队，晋级本赛季决赛。' +
      '伤愈复出的中锋全场拿下24分和12个篮板，是球队获胜的关键。' +
      '主教练赛后表示，球队将在三天后迎战上届冠军。' +
      '决赛首场比赛将于下周二在主队球馆举行，门票已经售罄。';
    const a = articleFromText(text, { lang: 'zh' });
    expect(a.title).toBe('主队加时险胜晋级决赛 中锋伤愈复出');
    expect(a.titleDerived).toBeUndefined();
    const { sentences } = summarize(a, 'zh');
    expect(sentences[0]).toBe('主队在加时赛中以101比99击败客队，晋级本赛季决赛。');
    expect(sentences.join('')).not.toMatch(/新浪体育讯|北京时间|险胜晋级决赛 /);
  });

  it('drops the headline run into the story when a title is given', () => {
    const a = articleFromText('市图书馆获新馆资格⊙本报记者 王明 新馆将于明年春天开放，藏书五十万册。', { title: '市图书馆获新馆资格', lang: 'zh' });
    expect(a.blocks).toEqual([{ kind: 'p', text: '新馆将于明年春天开放，藏书五十万册。' }]);
  });

  it('does not take a sentence as the title', () => {
    const a = articleFromText('This is a sentence.\nAnd another one.', { lang: 'en' });
    expect(a.blocks).toHaveLength(2);
    expect(a.lang).toBe('en');
    expect(a.dir).toBe('ltr');
  });

  it('marks a title made from the first sentence, and the TL;DR does not rank against it', () => {
    const lines = [
      'The city council approved a new budget on Tuesday that raises spending on buses by a fifth.',
      'The vote was seven to two after a long debate about fares.',
      'Bus fares will stay the same for the rest of the year, the mayor said.',
      'A council member who voted against said the city could not afford the plan.',
      'The council approved spending on buses and more spending on buses and the council again.',
      'Work on the new routes starts in the spring.',
    ];
    const a = articleFromText(lines.join('\n'));
    expect(a.titleDerived).toBe(true);
    expect(articleFromText(`Night buses\n${lines.join('\n')}`).titleDerived).toBeUndefined();
    // The derived title is shown, but the TL;DR is the one the text gets with no title at all.
    expect(summarize(a, 'en')).toEqual(summarize({ ...a, title: '', titleDerived: undefined }, 'en'));
    expect(summarize(a, 'en').sentences[0]).toBe(lines[0]);
  });
});
