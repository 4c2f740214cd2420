/**
 * The Markdown export's file names must survive any unzip tool: a title in Chinese or with accents has to come out
 * as the same name, which needs the UTF-8 flag and an entry "made by" a system whose tools honour it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toMarkdownZip } from '../../../src/export/markdown';
import type { ArticleRecord } from '../../../src/storage/types';

const TITLES = ['北京的图书馆借出种子', 'Café crème à Zürich'];

function record(title: string, i: number): ArticleRecord {
  return {
    url: `https://example.org/${i}`,
    title,
    tags: [],
    status: 'unread',
    favourite: false,
    progress: 0,
    savedAt: 1_700_000_000_000,
    readAt: null,
    text: 'Body text.',
  } as unknown as ArticleRecord;
}

/** The central directory's entries: name bytes, general-purpose flags and the "made by" system. */
function centralEntries(zip: Uint8Array): { name: string; flags: number; madeBy: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    out.push({
      madeBy: zip[i + 5]!,
      flags: view.getUint16(i + 8, true),
      name: new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength)),
    });
  }
  return out;
}

describe('the Markdown export zip', () => {
  const zip = toMarkdownZip(TITLES.map(record));

  it('names non-ASCII files in UTF-8, flagged as such, made on Unix', () => {
    const entries = centralEntries(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(TITLES.map((t) => `${t}.md`).sort());
    for (const e of entries) {
      expect(e.flags & 0x800).toBe(0x800);
      expect(e.madeBy).toBe(3);
    }
  });

  it.runIf(existsSync('/usr/bin/unzip'))("lists the same names in the system's unzip", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-zip-'));
    try {
      writeFileSync(join(dir, 'export.zip'), zip);
      const listed = spawnSync('/usr/bin/unzip', ['-l', join(dir, 'export.zip')], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
      for (const title of TITLES) expect(listed.stdout).toContain(`${title}.md`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
