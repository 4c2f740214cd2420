import { readFileSync } from 'node:fs';
import { summarize } from '../src/core/summarize/tldr';
import { corpusPath } from './lib/corpora';
import { plainArticle } from './lib/plainArticle';
import { rouge } from './lib/rouge';
import { corpusSentences } from './quality';
const rows = readFileSync(corpusPath('summaries', process.argv[2]!)!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const d: [number, string][] = [];
for (const r of rows) {
  const sents = corpusSentences(r.source);
  const a = plainArticle(sents);
  const lede = summarize(a, 'en').sentences;
  const l3 = sents.slice(0, 3).join(' ');
  const x = rouge(lede.join(' '), r.reference).r1 - rouge(l3, r.reference).r1;
  d.push([x, `${x.toFixed(3)}\nREF: ${r.reference}\nLEDE: ${lede.map((s) => '[' + sents.indexOf(s) + '] ' + s).join('\n      ')}\nFIRST: ${sents.slice(0, 5).map((s, i) => `[${i}] ${s}`).join('\n       ')}\n`]);
}
d.sort((a, b) => a[0] - b[0]);
for (const [, s] of d.slice(0, 6)) console.log(s);
