// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ProviderNotice } from '../../../src/ui/ProviderNotice';
import type { ProviderState } from '../../../src/ui/aiEnhancer';

const base: ProviderState = { status: 'off', tldr: null, faq: null, source: null, remoteOrigin: null, error: null, cancel: () => {} };

function show(state: Partial<ProviderState>): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<ProviderNotice state={{ ...base, ...state }} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ProviderNotice', () => {
  it('shows nothing when the reader uses Local', () => {
    expect(show({}).textContent).toBe('');
  });

  it('says where the article went while a remote provider writes, with a cancel', () => {
    let cancelled = false;
    const root = show({ status: 'running', source: 'openai:llama3.2', remoteOrigin: 'http://localhost:11434', cancel: () => (cancelled = true) });
    expect(root.textContent).toContain('Article text sent to http://localhost:11434');
    expect(root.textContent).toContain('openai:llama3.2 is writing');
    root.querySelector('button')!.click();
    expect(cancelled).toBe(true);
  });

  it('does not claim text left the device for an on-device provider', () => {
    const root = show({ status: 'done', source: 'chrome-ai', remoteOrigin: null });
    expect(root.textContent).not.toMatch(/sent to/i);
    expect(root.textContent).toContain('Written by chrome-ai');
  });

  it('explains a fallback in words, not codes', () => {
    const root = show({ status: 'fallback', source: 'openai:m', remoteOrigin: 'http://x', error: 'rate-limited' });
    expect(root.textContent).toContain("Showing Lede's own summary");
    expect(root.textContent).toContain('rate limited');
    expect(root.querySelector('[data-state="fallback"]')).not.toBeNull();
  });
});
