// `npm start`: builds Lede and opens Chromium with it on a demo article. With no display (a server, CI, an SSH
// session), runs the command line on the same article and prints what the popup would show.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const demo = join(root, 'docs/demo-article.html');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!hasDisplay || !existsSync(chrome)) {
  console.log(
    !existsSync(chrome)
      ? `No Chromium at ${chrome} (set CHROME_PATH): showing Lede's analysis of the demo article instead.\n`
      : 'No display: showing Lede\'s analysis of the demo article (what the popup shows), from the command line.\n',
  );
  const r = spawnSync(process.execPath, [join(root, 'bin/lede.mjs'), 'analyze', '--url', 'http://127.0.0.1/demo-article.html', demo], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(r.status ?? 1);
  }
  const row = JSON.parse(r.stdout.trim().split('\n')[0]);
  if (row.error) {
    console.error(`Lede could not read the demo article: ${row.error.message}`);
    process.exit(1);
  }
  console.log(`${row.title}\n${row.siteName ?? ''} · ${row.readingMinutes} min read · ${row.lang}\n`);
  console.log(`TL;DR (${row.tldr.source}):`);
  for (const s of row.tldr.sentences) console.log(`  • ${s}`);
  console.log(`\nFAQ (${row.faq[0]?.source ?? 'none'}):`);
  for (const f of row.faq) console.log(`  Q: ${f.question}\n  A: ${f.answer}\n`);
  console.log(`Topics: ${row.topics.map((t) => t.label).join(', ')}`);
  console.log(`Category: ${row.category ? `${row.category.label} (${row.category.score.toFixed(2)})` : 'none'}`);
  process.exit(0);
}

run('npm', ['run', 'build']);
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(demo));
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/demo-article.html`;
  const profile = mkdtempSync(join(tmpdir(), 'lede-start-'));
  console.log(`Opening ${url} in Chromium with Lede loaded. Click the Lede icon in the toolbar (pin it from the puzzle-piece menu).`);
  const child = spawn(
    chrome,
    [`--user-data-dir=${profile}`, `--load-extension=${join(root, 'dist/chrome')}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', url],
    { stdio: 'ignore' },
  );
  child.on('exit', () => server.close());
});
