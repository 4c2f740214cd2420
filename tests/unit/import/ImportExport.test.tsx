// @vitest-environment jsdom
/** The Import / Export control as the reader uses it: pick a file, read the preview, import, stop, export. */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', async (importOriginal) => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { ...(await importOriginal<object>()), browser: fakeBrowser };
});

import { ImportExport } from '../../../src/library/ImportExport';
import { getDb } from '../../../src/storage/db';
import { fixture, freshDb, zipFiles } from './helpers';

let root: HTMLElement;

async function until<T>(fn: () => T | null | undefined | false, timeout = 4000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - start > timeout) throw new Error(`timed out; shows: ${root.textContent?.slice(0, 400)}`);
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function choose(bytes: Uint8Array, name: string) {
  const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  const file = new File([bytes as BlobPart], name);
  // jsdom's File has no arrayBuffer(); browsers do.
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

beforeEach(async () => {
  await freshDb();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('import through the library toolbar', () => {
  it('shows a preview of a Pocket export, then imports it and says so', async () => {
    const changed = vi.fn();
    render(<ImportExport onChanged={changed} />, root);
    await choose(fixture('pocket.csv'), 'whatever-name.txt');
    const preview = await until(() => $('import-preview'));
    expect($('import-total')?.textContent).toBe('4');
    expect(preview.textContent).toContain('Pocket CSV');
    expect($('import-tags')?.textContent).toContain('climate');
    const problems = $('import-problems')!.textContent!;
    expect(problems).toContain('Line 6:');
    expect(problems).toContain('spreadsheet formula');
    expect(problems).toContain('Line 7:');
    expect(await getDb().articles.count()).toBe(0);

    await act(() => $('import-confirm')!.click());
    const done = await until(() => $('import-done'));
    expect(done.textContent).toContain('4 new');
    expect(await getDb().articles.count()).toBe(4);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('Stop during the import undoes it', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `Story ${i},https://a.example.com/${i},1700000000,,unread`);
    render(<ImportExport />, root);
    await choose(new TextEncoder().encode(['title,url,time_added,tags,status', ...rows].join('\n')), 'big.csv');
    await until(() => $('import-preview'));
    await act(() => $('import-confirm')!.click());
    const stop = await until(() => root.querySelector<HTMLButtonElement>('[data-testid="import-stop"]'));
    await act(() => stop.click());
    expect((await until(() => $('import-cancelled'))).textContent).toContain('Nothing was changed');
    expect(await getDb().articles.count()).toBe(0);
  });

  it('cancelling the preview writes nothing', async () => {
    render(<ImportExport />, root);
    await choose(fixture('instapaper.csv'), 'instapaper.csv');
    await until(() => $('import-preview'));
    await act(() => $('import-cancel')!.click());
    expect($('import-preview')).toBeNull();
    expect(await getDb().articles.count()).toBe(0);
  });

  it('a file it cannot read gets a clear message and changes nothing', async () => {
    render(<ImportExport />, root);
    await choose(new TextEncoder().encode('name,age\nAda,36\n'), 'pocket.csv');
    const err = await until(() => $('import-error'));
    expect(err.textContent).toContain('does not recognise this file');
    await choose(zipFiles({ 'part.csv': new Uint8Array(5 * 1024 * 1024) }).subarray(0, 80), 'export.zip');
    expect((await until(() => $('import-error'))).textContent).toContain('damaged');
    expect(await getDb().articles.count()).toBe(0);
  });
});

describe('export menu', () => {
  it('offers the four formats, and the current list only when the page gives one', async () => {
    render(<ImportExport currentUrls={['https://a.example.com/1']} />, root);
    await act(() => $('export-button')!.click());
    const options = [...root.querySelectorAll('[data-testid="export-format"] option')].map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(['backup', 'csv', 'bookmarks', 'markdown']);
    expect($('export-scope')?.textContent).toContain('The current list (1)');
    render(<ImportExport />, root);
    expect($('export-scope')).toBeNull();
  });
});
