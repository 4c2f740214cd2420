/**
 * Import speed and memory: a generated 10,000-row Pocket CSV, parsed and written through the storage layer
 * (importWriter, one transaction per 500 rows) on fake-indexeddb in Node. Baselines in the same run: parsing
 * alone, and a bare Dexie bulkPut of the same rows (the floor the writer's merging and journaling add to).
 *
 *   npm run bench:import [-- --rows 10000]
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { parseImport } from '../src/import';
import { writeImportedItems, newRowFromItem } from '../src/storage/importWriter';
import { DB_NAME, getDb, resetDbForTests } from '../src/storage/db';

const arg = process.argv.indexOf('--rows');
const ROWS = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;

function pocketCsv(n: number): Uint8Array {
  const words = ['climate', 'city', 'forest', 'market', 'election', 'science', 'rust', 'bread', 'ocean', 'music'];
  const lines = ['title,url,time_added,cursor,tags,status'];
  for (let i = 0; i < n; i++) {
    const w = words[i % words.length]!;
    const title = i % 7 === 0 ? `"A ${w} story, part ${i} ""quoted"""` : `The ${w} report number ${i}`;
    const tags = [words[(i * 3) % words.length], words[(i * 7) % words.length]].join('|');
    lines.push(`${title},https://site${i % 50}.example.com/${w}/${i}?utm_source=pocket,${1500000000 + i * 600},c${i},${tags},${i % 3 ? 'unread' : 'archive'}`);
  }
  return new TextEncoder().encode(lines.join('\r\n') + '\r\n');
}

async function fresh(): Promise<void> {
  resetDbForTests();
  await Dexie.delete(DB_NAME);
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

const bytes = pocketCsv(ROWS);
console.log(`bench:import  ${ROWS} rows, ${mb(bytes.length)} MB Pocket CSV, storage: Dexie on fake-indexeddb (Node ${process.version})`);

// Baseline 1: parsing alone.
global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
let t = performance.now();
const parsed = parseImport(bytes);
const parseMs = performance.now() - t;
const heapParsed = process.memoryUsage().heapUsed;
console.log(`parse only                 ${parseMs.toFixed(0).padStart(6)} ms  items ${parsed.items.length}  problems ${parsed.problems.length}  heap +${mb(heapParsed - heap0)} MB`);

// Baseline 2: a bare bulkPut of the same rows, no merge, no journal, one transaction per 500.
await fresh();
const rows = parsed.items.map((i) => newRowFromItem(i, Date.now()));
t = performance.now();
for (let i = 0; i < rows.length; i += 500) {
  const db = getDb();
  await db.transaction('rw', db.articles, () => db.articles.bulkPut(rows.slice(i, i + 500)));
}
const bareMs = performance.now() - t;
console.log(`bare bulkPut (baseline)    ${bareMs.toFixed(0).padStart(6)} ms`);

// The real thing: parse + write through importWriter into an empty library.
await fresh();
peakRss = process.memoryUsage().rss;
const heapStart = process.memoryUsage().heapUsed;
t = performance.now();
const again = parseImport(bytes);
const report = await writeImportedItems(again.items);
const totalMs = performance.now() - t;
const heapEnd = process.memoryUsage().heapUsed;
console.log(
  `parse + write (empty)      ${totalMs.toFixed(0).padStart(6)} ms  added ${report.added}  ` +
    `heap +${mb(heapEnd - heapStart)} MB  peak rss ${mb(peakRss)} MB  (target <= 5000 ms: ${totalMs <= 5000 ? 'met' : 'MISSED'})`,
);

// Importing the same file again: every row merges into an existing one.
t = performance.now();
const merged = await writeImportedItems(parseImport(bytes).items);
console.log(`parse + write (all merge)  ${(performance.now() - t).toFixed(0).padStart(6)} ms  merged ${merged.merged}`);
console.log(`writer overhead vs bare bulkPut: x${((totalMs - parseMs) / bareMs).toFixed(2)}`);
clearInterval(sampler);
