/**
 * Which bookmark events are the echo of Lede's own changes: exactly the change Lede asked for, on that bookmark;
 * anything else is a reader's change, and never swallowed.
 */
import { describe, expect, it } from 'vitest';
import { OwnChanges } from '../../../../src/background/bookmarks/ownChanges';

const READ_LATER = '10';
const ARCHIVE = '11';

describe('own bookmark changes', () => {
  it('recognises its move and removal once, and nothing else about the bookmark', () => {
    const own = new OwnChanges();
    own.expectMove('7', ARCHIVE);
    expect(own.isEcho({ kind: 'moved', id: '7', parentId: ARCHIVE, oldParentId: READ_LATER })).toBe(true);
    // The same move again is the reader's (moved back and forth on another device).
    expect(own.isEcho({ kind: 'moved', id: '7', parentId: ARCHIVE, oldParentId: READ_LATER })).toBe(false);
    own.expectRemove('8');
    expect(own.isEcho({ kind: 'removed', id: '8', parentId: READ_LATER, folder: false })).toBe(true);
  });

  it("a reader's different change to a bookmark Lede is moving is news, and so is everything after it", () => {
    const own = new OwnChanges();
    own.expectMove('7', ARCHIVE);
    // The reader moved it elsewhere first (sync); Lede's move then fired no event (it failed, or changed nothing).
    expect(own.isEcho({ kind: 'moved', id: '7', parentId: READ_LATER, oldParentId: ARCHIVE })).toBe(false);
    // A later move into Archive is the reader's too: the expectation must not be waiting for it.
    expect(own.isEcho({ kind: 'moved', id: '7', parentId: ARCHIVE, oldParentId: READ_LATER })).toBe(false);
  });

  it("a removal racing Lede's move is news", () => {
    const own = new OwnChanges();
    own.expectMove('7', ARCHIVE);
    expect(own.isEcho({ kind: 'removed', id: '7', parentId: READ_LATER, folder: false })).toBe(false);
  });

  it('recognises a create by folder and URL before the browser answers, and by id after', () => {
    const own = new OwnChanges();
    const early = own.expectCreate(READ_LATER, 'https://a.com/1');
    // The browser may keep tracking parameters Lede's key has not; the URL is compared as a key.
    expect(own.isEcho({ kind: 'created', id: '20', parentId: READ_LATER, url: 'https://a.com/1?utm_source=x' })).toBe(true);
    own.created(early, '20');
    // A second bookmark of that page (the reader's) is news.
    expect(own.isEcho({ kind: 'created', id: '21', parentId: READ_LATER, url: 'https://a.com/1' })).toBe(false);

    const late = own.expectCreate(ARCHIVE, 'https://b.com/2');
    own.created(late, '22');
    expect(own.isEcho({ kind: 'created', id: '23', parentId: ARCHIVE, url: 'https://b.com/2' })).toBe(false);
    expect(own.isEcho({ kind: 'created', id: '22', parentId: ARCHIVE, url: 'https://b.com/2' })).toBe(true);
  });

  it('expects nothing of a call that failed', () => {
    const own = new OwnChanges();
    const pending = own.expectCreate(READ_LATER, 'https://a.com/1');
    own.createFailed(pending);
    expect(own.isEcho({ kind: 'created', id: '30', parentId: READ_LATER, url: 'https://a.com/1' })).toBe(false);
    own.expectMove('9', ARCHIVE);
    own.failed('9');
    expect(own.isEcho({ kind: 'moved', id: '9', parentId: ARCHIVE, oldParentId: READ_LATER })).toBe(false);
  });
});
