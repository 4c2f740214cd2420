/** Small hand-written library rows for the library page's tests. */
import type { LibraryItem } from '../../../src/library/model';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);

export function item(over: Partial<LibraryItem> & { url: string }): LibraryItem {
  return {
    title: over.url,
    site: 'example.org',
    lang: 'en',
    savedAt: T0,
    visitedAt: T0,
    readingMinutes: 4,
    tldr: '',
    topics: [],
    status: 'unread',
    progress: 0,
    text: '',
    version: '1',
    ...over,
  };
}

export const topic = (label: string) => ({ key: label.toLowerCase(), label });

export const LIBRARY: LibraryItem[] = [
  item({
    url: 'https://news.example/fusion',
    title: 'Fusion reactor holds plasma for a record six minutes',
    site: 'News Example',
    savedAt: T0 + 5 * DAY,
    tldr: 'A tokamak in Hefei kept plasma stable for 403 seconds.',
    topics: [topic('Fusion'), topic('Energy'), { key: 'category:science', label: 'Science' }],
    text: 'Engineers at the Experimental Advanced Superconducting Tokamak reported a record confinement time.',
  }),
  item({
    url: 'https://daily.example/rates',
    title: 'Central bank leaves interest rates unchanged',
    site: 'Daily Example',
    savedAt: T0 + 3 * DAY,
    tldr: 'Rates stay at 4.5% while inflation cools.',
    topics: [topic('Interest rates'), topic('Inflation'), { key: 'category:business', label: 'Business' }],
    text: 'The committee voted seven to two to hold the benchmark rate.',
    status: 'read',
  }),
  item({
    url: 'https://zh.example/ai',
    title: '人工智能模型在医学影像诊断中取得突破',
    site: 'ZH Example',
    lang: 'zh',
    savedAt: T0 + 4 * DAY,
    tldr: '研究人员发现新的深度学习模型能更早发现肺部结节。',
    topics: [topic('人工智能'), topic('医学影像')],
    text: '该研究由多家医院合作完成，模型在数千张影像上接受了训练。',
  }),
  item({
    url: 'https://news.example/football',
    title: 'Cup final goes to penalties after a goalless draw',
    site: 'News Example',
    savedAt: T0 + 1 * DAY,
    tldr: 'The holders won the shoot-out 5-4.',
    topics: [topic('Football'), { key: 'category:sports', label: 'Sports' }],
    text: 'Neither side found the net in one hundred and twenty minutes.',
    status: 'archived',
  }),
  item({
    url: 'https://blog.example/visited',
    title: 'A page read once and never saved about energy storage',
    site: 'Blog Example',
    savedAt: null,
    visitedAt: T0 + 6 * DAY,
    tldr: 'Batteries are getting cheaper.',
    topics: [topic('Energy'), topic('Batteries')],
    text: 'Grid-scale storage costs fell again this year.',
    status: 'visited',
  }),
];
