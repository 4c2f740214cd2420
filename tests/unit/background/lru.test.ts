import { expect, it } from 'vitest';
import { LruMap } from '../../../src/background/lru';

it('forgets the least recently used entry beyond its capacity', () => {
  const m = new LruMap<string, number>(2);
  m.set('a', 1);
  m.set('b', 2);
  expect(m.get('a')).toBe(1); // a is now the most recent
  m.set('c', 3);
  expect(m.get('b')).toBeUndefined();
  expect(m.get('a')).toBe(1);
  expect(m.get('c')).toBe(3);
});
