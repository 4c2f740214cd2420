// @vitest-environment node
/**
 * The command line on inputs that are not text: each gets an error row `not-text` (never an "article" with a
 * language and a TL;DR made of decoded bytes), and an empty questions file is a usage error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/lede';
import { whyNotText } from '../../../src/cli/notText';

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be replayed. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function withHead(head: number[], length: number, seed: number): Buffer {
  const body = noise(length, seed);
  body.set(head);
  return Buffer.from(body);
}

const PAGES = join(__dirname, '../../fixtures/pages');
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s: string) => out.push(s), err: (s: string) => err.push(s) });
  return { code, rows: out.map((l) => JSON.parse(l) as { file: string; lang: string | null; wordCount: number; tldr: unknown; error: { code: string } | null }), err: err.join('\n') };
}

describe('lede on inputs that are not text', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-nottext-'));
  const files = {
    png: withHead([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 40_000, 7),
    elf: withHead([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 60_000, 11),
    random: Buffer.from(noise(50_000, 12345)),
    // Random bytes with every NUL replaced: no signature, no NUL, still binary through its control bytes.
    randomNoNul: Buffer.from(noise(50_000, 999).map((b) => (b === 0 ? 1 : b))),
    gzip: withHead([0x1f, 0x8b, 8, 0], 20_000, 3),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const article = join(PAGES, 'en-news-tldr-faq.html');

  it('analyze gives a not-text error row for each binary file and still reads the article among them', async () => {
    const paths = [...Object.keys(files).map((n) => join(dir, n)), article];
    const { code, rows } = await run(['analyze', ...paths]);
    expect(code).toBe(0);
    expect(rows.map((r) => r.file)).toEqual(paths);
    for (const row of rows.slice(0, -1)) {
      expect(row.error?.code).toBe('not-text');
      expect(row.wordCount).toBe(0);
      expect(row.tldr).toBeNull();
      expect(row.lang).toBeNull();
    }
    expect(rows.at(-1)!.error).toBeNull();
  });

  it('analyze --text refuses invalid UTF-8 but reads UTF-8 text', async () => {
    const latin = join(dir, 'latin1.txt');
    writeFileSync(latin, Buffer.from('Caf\xe9 cr\xe8me, the council said on Monday that fares stay the same.\n', 'latin1'));
    const ok = join(dir, 'utf8.txt');
    writeFileSync(ok, 'Café crème\nThe council said on Monday that fares stay the same for the whole winter.\n');
    const { rows } = await run(['analyze', '--text', latin, ok]);
    expect(rows[0]!.error?.code).toBe('not-text');
    expect(rows[1]!.error).toBeNull();
  });

  it('ask answers nothing from a binary file and says why', async () => {
    const q = join(dir, 'q.txt');
    writeFileSync(q, 'What is it?\n');
    const { code, rows } = await run(['ask', join(dir, 'elf'), '--questions', q]);
    expect(code).toBe(0);
    expect(rows).toEqual([{ question: 'What is it?', answered: false, answers: [], error: { code: 'not-text', message: expect.stringContaining('ELF') } }]);
  });

  it('an empty questions file is a usage error (exit 2), not a silent success', async () => {
    const q = join(dir, 'empty.txt');
    writeFileSync(q, '\n  \n');
    const { code, rows, err } = await run(['ask', article, '--questions', q]);
    expect(code).toBe(2);
    expect(rows).toEqual([]);
    expect(err).toMatch(/no questions/);
  });
});

describe('whyNotText', () => {
  it('lets through legacy-charset HTML and UTF-16 with its byte order mark', () => {
    const gbk = Buffer.from([0x3c, 0x70, 0x3e, 0xc4, 0xe3, 0xba, 0xc3, 0x3c, 0x2f, 0x70, 0x3e]);
    expect(whyNotText(gbk, { utf8Only: false })).toBeNull();
    expect(whyNotText(Buffer.from('\ufeffhello', 'utf16le'), { utf8Only: false })).toBeNull();
    expect(whyNotText(Buffer.from('\ufeffhello', 'utf16le'), { utf8Only: true })).toBeNull();
  });

  it('reads a page with a stray NUL as a page, but not a text file with one', () => {
    const page = Buffer.from(`<p>${'Fares stay the same. '.repeat(200)}\u0000</p>`);
    expect(whyNotText(page, { utf8Only: false })).toBeNull();
    expect(whyNotText(page, { utf8Only: true })).toMatch(/NUL/);
  });
});
