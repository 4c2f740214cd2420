import { describe, expect, it, vi } from 'vitest';
import { isTextField, keyAction } from '../../../src/library/keys';
import { parseRoute, readerHash } from '../../../src/library/route';
import { throttle } from '../../../src/library/throttle';
import { scrollToReveal, visibleRange } from '../../../src/library/windowing';

describe('keyboard shortcuts', () => {
  it('maps j/k/o/Enter/e/#// outside text fields', () => {
    const k = (key: string) => keyAction({ key, inField: false });
    expect(['j', 'k', 'o', 'Enter', 'e', '#', '/', 'x'].map(k)).toEqual(['next', 'prev', 'open', 'open', 'archive', 'delete', 'focus-search', null]);
  });

  it('lets the reader type j, e or # in the search box, and leave it with Escape', () => {
    expect(keyAction({ key: 'e', inField: true })).toBeNull();
    expect(keyAction({ key: '#', inField: true })).toBeNull();
    expect(keyAction({ key: 'Escape', inField: true })).toBe('leave-field');
    expect(keyAction({ key: 'e', ctrlKey: true, inField: false })).toBeNull();
  });

  it('treats text inputs as fields but not checkboxes or buttons', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'search' } as unknown as EventTarget)).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTextField({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
  });
});

describe('routes', () => {
  it('round-trips an article URL with its own query and hash', () => {
    const url = 'https://example.org/a?b=1&c=2#d';
    expect(parseRoute(readerHash(url))).toEqual({ view: 'read', url });
    expect(parseRoute('')).toEqual({ view: 'list' });
    expect(parseRoute('#/read/%E0%A4%A')).toEqual({ view: 'list' });
  });
});

describe('throttle', () => {
  it('calls at most once per interval and always delivers the last value', () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const f = throttle((p: number) => calls.push(p), 500);
    f(0.1);
    f(0.2);
    f(0.3);
    expect(calls).toEqual([0.1]);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([0.1, 0.3]);
    f(0.9);
    f.flush();
    expect(calls).toEqual([0.1, 0.3, 0.9]);
    vi.useRealTimers();
  });
});

describe('windowing', () => {
  it('renders only the rows in view plus a margin', () => {
    const r = visibleRange(10_000, 100, 50_000, 800, 5);
    expect(r.start).toBe(495);
    expect(r.end).toBe(513);
    expect(r.before).toBe(49_500);
    expect(r.before + (r.end - r.start) * 100 + r.after).toBe(1_000_000);
    expect(visibleRange(3, 100, 0, 800)).toEqual({ start: 0, end: 3, before: 0, after: 0 });
  });

  it('scrolls just enough to reveal the selected row', () => {
    expect(scrollToReveal(0, 100, 300, 800)).toBe(0);
    expect(scrollToReveal(12, 100, 300, 800)).toBe(500);
    expect(scrollToReveal(5, 100, 300, 800)).toBeNull();
  });
});
