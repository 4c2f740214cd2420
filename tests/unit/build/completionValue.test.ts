/**
 * The build step that makes the injected extractor return its outcome: one executeScript call per click only
 * works if the file ends by running the extractor, and it must fail the build rather than ship a file that
 * returns nothing.
 */
import { describe, expect, it } from 'vitest';
import { completionValue } from '../../../scripts/vite-completion-value';
import { RUN_INJECTED } from '../../../src/content/protocol';

type Handler = (this: { error(msg: string): never }, options: unknown, bundle: Record<string, unknown>) => void;

function run(bundle: Record<string, unknown>): void {
  const hook = completionValue().generateBundle as unknown as { handler: Handler };
  const ctx = {
    error(msg: string): never {
      throw new Error(msg);
    },
  };
  hook.handler.call(ctx, {}, bundle);
}

describe('the injected extractor as built', () => {
  it('ends by running the extractor and starts with the compile hint, as an asset or a chunk', () => {
    const asset = { type: 'asset', source: '(function(){ globalThis.__lede = {}; })();\n\n' };
    const chunk = { type: 'chunk', code: '(function(){})();' };
    run({ 'src/content/extract.js': asset });
    run({ 'src/content/extract.js': chunk });
    for (const out of [asset.source, chunk.code]) {
      expect(out.startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
      expect(out.trimEnd().endsWith(RUN_INJECTED)).toBe(true);
    }
    // The IIFE stays intact between the two.
    expect(asset.source).toContain('(function(){ globalThis.__lede = {}; })();\n' + RUN_INJECTED);
  });

  it('fails the build when the extractor was not emitted', () => {
    expect(() => run({ 'src/content/other.js': { type: 'asset', source: '' } })).toThrow(/was not emitted/);
  });
});
