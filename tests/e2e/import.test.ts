/**
 * Importing a Pocket export (a zip of CSV parts, as Pocket shipped them) through the library page in Chromium:
 * the file picker, the preview, the import, and the articles in the list afterwards; and a hostile file that
 * is refused with a message and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { REPO, launchLede, type LedeBrowser } from './helpers';

const FIXTURES = join(REPO, 'tests/fixtures/import');

describe('import in the library page', () => {
  let lede: LedeBrowser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lede-import-'));
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const libraryPage = async () => {
    const page = await lede.context.newPage();
    await page.goto(`chrome-extension://${lede.extensionId}/src/library/index.html`);
    await page.waitForSelector('[data-testid="import-file"]', { state: 'attached' });
    return page;
  };

  it('imports a Pocket zip: preview, then the articles appear in the list', async () => {
    const zip = zipSync({
      'part_000000.csv': new Uint8Array(readFileSync(join(FIXTURES, 'pocket.csv'))),
      'part_000001.csv': new Uint8Array(readFileSync(join(FIXTURES, 'pocket-nocursor.csv'))),
    });
    const file = join(dir, 'pocket-export.zip');
    writeFileSync(file, zip);
    const page = await libraryPage();
    await page.setInputFiles('[data-testid="import-file"]', file);
    await page.waitForSelector('[data-testid="import-preview"]');
    expect(await page.textContent('[data-testid="import-total"]')).toBe('6');
    const problems = await page.textContent('[data-testid="import-problems"]');
    expect(problems).toContain('part_000000.csv, line 6');
    await page.click('[data-testid="import-confirm"]');
    await page.waitForSelector('[data-testid="import-done"]', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="import-done"]')).toContain('6 new');
    // The list reloads: the imported articles are there, Saved tab (unread) and Archive tab (archived).
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"]').length > 0, undefined, { timeout: 10_000 });
    const saved = await page.locator('[data-testid="library-item"]').allTextContents();
    expect(saved.join('\n')).toContain('Launch window opens');
    await page.close();
  });

  it('a hostile file gets a clear message and changes nothing', async () => {
    const page = await libraryPage();
    const before = await page.locator('[data-testid="library-item"]').count();
    const file = join(dir, 'junk.csv');
    writeFileSync(file, strToU8('name,age\n=cmd|\' /C calc\'!A0,1\n'));
    await page.setInputFiles('[data-testid="import-file"]', file);
    const err = await page.waitForSelector('[data-testid="import-error"]');
    expect(await err.textContent()).toContain('does not recognise this file');
    expect(await page.locator('[data-testid="library-item"]').count()).toBe(before);
    await page.close();
  });
});
