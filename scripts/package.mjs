// `npm run package`: release builds for Chrome and Firefox, zipped for the stores (dist/lede-<browser>-<version>.zip).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

for (const target of ['chrome', 'firefox']) {
  const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, BROWSER: target, E2E: '' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const dir = join(root, 'dist', target);
  const entries = Object.fromEntries(files(dir).map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f)]));
  const out = join(root, 'dist', `lede-${target}-${version}.zip`);
  writeFileSync(out, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  console.log(`${relative(root, out)}: ${Object.keys(entries).length} files, ${(statSync(out).size / 1024).toFixed(1)} KB`);
}
