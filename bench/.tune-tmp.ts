import { readFileSync } from 'node:fs';
import { summarize } from '../src/core/summarize/tldr';
import { corpusPath } from './lib/corpora';
import { plainArticle } from './lib/plainArticle';
import { rouge } from './lib/rouge';
import { corpusSentences } from './quality';
const load = (f: string) => readFileSync(corpusPath('summaries', f)!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const sets = { cnn: load('cnndm-realsumm-100.jsonl'), nr: load('newsroom-60.jsonl') };
const arts = Object.fromEntries(Object.entries(sets).map(([k, rows]) => [k, rows.map((r: any) => [plainArticle(corpusSentences(r.source)), r.reference])]));
const configs: [string, any][] = JSON.parse(process.argv[2]!);
for (const [name, opts] of configs) {
  const sc: string[] = [];
  for (const k of ['cnn', 'nr']) {
    let r1 = 0;
    for (const [a, ref] of arts[k]) r1 += rouge(summarize(a, 'en', opts).sentences.join(' '), ref).r1;
    sc.push((100 * r1 / arts[k].length).toFixed(2));
  }
  console.log(name, '=>', sc.join(' '));
}
