// @vitest-environment node
/**
 * The command line as a script sees it: JSON rows on stdout, usage errors on stderr with a non-zero exit. The cases
 * call `main()` in this process (starting Node and tsx for each costs seconds on two shared cores); one starts the
 * real binary, to check the wiring from bin/lede.mjs to stdout and the exit code.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/lede';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/lede.mjs');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const CORPORA = process.env.LEDE_CORPORA ? resolve(process.env.LEDE_CORPORA) : resolve(ROOT, '..', 'shared', 'corpora');
const SEED = join(CORPORA, 'seed', 'seed-article.html');

/** Runs the command line in this process; stdout and stderr as the binary would print them. */
async function lede(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (line) => (stdout += line + '\n'), err: (line) => (stderr += line + '\n') });
  return { code, stdout, stderr };
}

/** Runs the real binary. */
async function ledeBinary(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Row {
  file: string;
  url: string;
  title: string | null;
  text: string;
  wordCount: number;
  tldr: { source: string; sentences: string[] } | null;
  faq: { question: string; answer: string; source: string }[];
  topics: unknown[];
  error: { code: string; message: string } | null;
  [key: string]: unknown;
}

const rows = (stdout: string): Row[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);

describe('the lede binary', { timeout: 90_000 }, () => {
  it('prints rows on stdout and exits 0; prints the usage on stderr and exits non-zero for bad usage', async () => {
    const [ok, bad] = await Promise.all([ledeBinary(['analyze', join(PAGES, 'zh-short.html')]), ledeBinary(['summon', 'x.html'])]);
    expect(ok.code).toBe(0);
    expect(rows(ok.stdout)).toMatchObject([{ title: '城市夜间公交新增三条线路', error: null }]);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('Usage:');
  });
});

describe('lede analyze', () => {
  it('prints one JSON row per file, in order, with an error row for a missing file and exit 0', async () => {
    const files = ['en-news-tldr-faq.html', 'does-not-exist.html', 'not-article-login.html', 'zh-short.html'].map((f) => join(PAGES, f));
    const { code, stdout } = await lede(['analyze', '--url', 'https://news.example/story', ...files]);
    expect(code).toBe(0);
    const out = rows(stdout);
    expect(out.map((r) => r.file)).toEqual(files);
    const [news, missing, login, zh] = out;
    expect(Object.keys(news!)).toEqual([
      'file', 'url', 'title', 'byline', 'siteName', 'lang', 'publishedTime', 'wordCount', 'readingMinutes', 'text',
      'tldr', 'faq', 'topics', 'category', 'error',
    ]);
    expect(news).toMatchObject({ url: 'https://news.example/story', title: 'Harbour town votes to replace its ferry with an electric fleet', byline: 'Maria Keller', error: null });
    expect(news!.tldr?.source).toBe('page');
    expect(news!.faq.map((f) => f.source)).toEqual(['page', 'page']);
    expect(news!.wordCount).toBeGreaterThan(200);
    expect(missing).toMatchObject({ title: null, text: '', wordCount: 0, tldr: null, faq: [], topics: [], category: null });
    expect(missing!.error?.code).toBe('unreadable');
    expect(login!.error).toMatchObject({ code: 'not-article' });
    expect(zh).toMatchObject({ title: '城市夜间公交新增三条线路', error: null });
    expect(zh!.tldr?.sentences.length).toBeGreaterThan(0);
  });

  it.skipIf(!existsSync(SEED))('on the seed page: the page TL;DR and its four Chinese FAQ entries (needs ../shared/corpora)', async () => {
    const { code, stdout } = await lede(['analyze', SEED]);
    expect(code).toBe(0);
    const [row] = rows(stdout);
    expect(row!.error).toBeNull();
    expect(row!.title).toBe('Yann LeCun Raises $1 Billion for AMI: A Bold Pivot to Physical-World AI');
    expect(row!.tldr).toEqual({ source: 'page', sentences: [expect.stringMatching(/^Yann LeCun raised \$1 billion for AMI/)] });
    expect(row!.faq).toHaveLength(4);
    for (const f of row!.faq) {
      expect(f.source).toBe('page');
      expect(f.question).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(row!.text).not.toMatch(/TL;DR|世界模型是一種/);
    expect(row!.topics.length).toBeGreaterThan(0);
  });

  it('refuses a file over the 20 MB cap with an error row instead of hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    const file = join(dir, 'huge.html');
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 0x61));
    const { code, stdout } = await lede(['analyze', file]);
    expect(code).toBe(0);
    expect(rows(stdout)[0]).toMatchObject({ file, text: '', error: { code: 'too-large' } });
  });

  it('reads plain text with --text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Night buses\nThe city adds three night bus lines from Monday. They run every twenty minutes.\nFares stay the same as in the day.\n');
    const [row] = rows((await lede(['analyze', '--text', file])).stdout);
    expect(row).toMatchObject({ title: 'Night buses', error: null, url: expect.stringMatching(/^file:/) });
    expect(row!.text).toBe('The city adds three night bus lines from Monday. They run every twenty minutes.\n\nFares stay the same as in the day.');
  });

  it('exits non-zero with the usage on stderr for bad usage', async () => {
    const cases = [[], ['analyze'], ['summon', 'x.html'], ['analyze', '--frobnicate', 'x.html'], ['ask', join(PAGES, 'zh-short.html')]];
    const results = await Promise.all(cases.map((args) => lede(args)));
    for (const [i, { code, stdout, stderr }] of results.entries()) {
      expect(code, cases[i]!.join(' ')).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage:');
    }
    const help = await lede(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('lede analyze');
  });
});

describe('lede ask', () => {
  it('prints one row per question with at most three answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    const questions = join(dir, 'q.txt');
    writeFileSync(questions, 'How much will the charging quay cost?\n\nWho is the harbour master?\n');
    const { code, stdout } = await lede(['ask', join(PAGES, 'en-news-tldr-faq.html'), '--questions', questions]);
    expect(code).toBe(0);
    const out = rows(stdout) as unknown as { question: string; answers: { text: string; score: number }[] }[];
    expect(out.map((r) => r.question)).toEqual(['How much will the charging quay cost?', 'Who is the harbour master?']);
    for (const r of out) {
      expect(r.answers.length).toBeLessThanOrEqual(3);
      for (const a of r.answers) expect(typeof a.score).toBe('number');
    }
  });

  it('gives each question an error and no answers when the file holds no article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    const questions = join(dir, 'q.txt');
    writeFileSync(questions, 'Anything?\n');
    const { code, stdout } = await lede(['ask', join(PAGES, 'not-article-login.html'), '--questions', questions]);
    expect(code).toBe(0);
    expect(rows(stdout)).toEqual([{ question: 'Anything?', answered: false, answers: [], error: { code: 'not-article', message: expect.any(String) } }]);
  });
});
