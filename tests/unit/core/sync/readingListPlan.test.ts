import { describe, expect, it } from 'vitest';
import { planReconcile, type FolderBookmark, type ListState, type MirrorRow } from '../../../../src/core/sync/readingListPlan';

const A = 'https://a.com/1';
const B = 'https://b.com/2';

function plan(lib: [string, ListState][], marks: FolderBookmark[], base: MirrorRow[], only?: string[]) {
  return planReconcile({
    library: new Map(lib),
    bookmarks: marks,
    mirror: new Map(base.map((r) => [r.url, r])),
    only: only && new Set(only),
  });
}
const mark = (id: string, url: string, state: ListState = 'unread', title = 'T'): FolderBookmark => ({ id, url, title, state });
const base = (url: string, bookmarkId: string, state: ListState = 'unread'): MirrorRow => ({ url, bookmarkId, state });

describe('reading list plan', () => {
  it('bookmarks a saved item that has none, and imports a bookmark the library lacks', () => {
    expect(plan([[A, 'archived']], [mark('7', B, 'unread', 'From the phone')], [])).toEqual([
      { kind: 'create', url: A, state: 'archived' },
      { kind: 'import', url: B, title: 'From the phone', state: 'unread' },
      { kind: 'record', url: B, bookmarkId: '7', state: 'unread' },
    ]);
  });

  it('does nothing once both sides agree with the base (its own writes are not re-imported)', () => {
    expect(plan([[A, 'unread']], [mark('7', A)], [base(A, '7')])).toEqual([]);
  });

  it('carries a library change to the bookmark and a bookmark change to the library', () => {
    expect(plan([[A, 'archived']], [mark('7', A)], [base(A, '7')])).toEqual([
      { kind: 'move', url: A, bookmarkId: '7', state: 'archived' },
      { kind: 'record', url: A, bookmarkId: '7', state: 'archived' },
    ]);
    expect(plan([[A, 'unread']], [mark('7', A, 'archived')], [base(A, '7')])).toEqual([
      { kind: 'setState', url: A, state: 'archived' },
      { kind: 'record', url: A, bookmarkId: '7', state: 'archived' },
    ]);
  });

  it('removes the bookmark of a deleted item, and trashes the item of a removed bookmark', () => {
    expect(plan([], [mark('7', A)], [base(A, '7')])).toEqual([
      { kind: 'remove', url: A, bookmarkId: '7' },
      { kind: 'forget', url: A },
    ]);
    expect(plan([[A, 'unread']], [], [base(A, '7')])).toEqual([
      { kind: 'trash', url: A },
      { kind: 'forget', url: A },
    ]);
  });

  it('matches by URL when there is no base, so a run cut short never creates a second bookmark', () => {
    expect(plan([[A, 'unread']], [mark('9', A)], [])).toEqual([{ kind: 'record', url: A, bookmarkId: '9', state: 'unread' }]);
  });

  it('with no base, archived wins (a new device that still had the item unread)', () => {
    expect(plan([[A, 'unread']], [mark('9', A, 'archived')], [])).toEqual([
      { kind: 'setState', url: A, state: 'archived' },
      { kind: 'record', url: A, bookmarkId: '9', state: 'archived' },
    ]);
  });

  it('the same URL bookmarked twice is one item: both bookmarks follow it, both go when it goes', () => {
    expect(plan([[A, 'archived']], [mark('7', A), mark('8', A)], [base(A, '8')])).toEqual([
      { kind: 'move', url: A, bookmarkId: '7', state: 'archived' },
      { kind: 'move', url: A, bookmarkId: '8', state: 'archived' },
      { kind: 'record', url: A, bookmarkId: '8', state: 'archived' },
    ]);
    expect(plan([], [mark('7', A), mark('8', A)], [base(A, '8')]).filter((s) => s.kind === 'remove')).toHaveLength(2);
  });

  it('a removal on one side wins over a move on the other; the library copy goes to the trash', () => {
    expect(plan([[A, 'archived']], [], [base(A, '7')])).toEqual([
      { kind: 'trash', url: A },
      { kind: 'forget', url: A },
    ]);
    expect(plan([], [mark('7', A, 'archived')], [base(A, '7')])).toEqual([
      { kind: 'remove', url: A, bookmarkId: '7' },
      { kind: 'forget', url: A },
    ]);
  });

  it('records the new id when sync replaced the bookmark with the same page', () => {
    expect(plan([[A, 'unread']], [mark('12', A)], [base(A, '7')])).toEqual([{ kind: 'record', url: A, bookmarkId: '12', state: 'unread' }]);
  });

  it('plans only the URLs asked for', () => {
    expect(plan([[A, 'unread'], [B, 'unread']], [], [], [B])).toEqual([{ kind: 'create', url: B, state: 'unread' }]);
  });
});
