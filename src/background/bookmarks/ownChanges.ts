/**
 * The bookmark changes Lede itself is making, so that their events are recognised when they come back and start
 * no pass (a 10,000-item mirror would otherwise be followed by a pass over 10,000 URLs).
 *
 * Recognition is exact, never by timing: an event is Lede's echo only when it is the change Lede asked for, on
 * that bookmark: created in that folder with that URL, moved into that folder, removed. Anything else about a
 * bookmark Lede is writing (a reader's move or removal at the same moment, from sync or the bookmark manager) is
 * news, and it also clears what Lede expected of that bookmark: the echo, if it still comes, then starts a pass
 * that finds nothing to do, which is harmless, while an expectation left standing could swallow a later change.
 *
 * Expectations are registered before the bookmark call is made, because the browser may fire the event before it
 * answers the call. A create is expected by folder and URL until the browser answers with the new id, and by id
 * after that.
 */
import { normalizeUrl } from '../../core/url';
import type { BookmarkEvent } from './events';

type Expected = { kind: 'created'; parentId: string } | { kind: 'moved'; parentId: string } | { kind: 'removed' };

/** A create Lede has asked for, while the browser has not answered with its id. */
export interface PendingCreate {
  parentId: string;
  url: string;
  /** Set once its event was recognised. */
  seen: boolean;
}

export class OwnChanges {
  private byId = new Map<string, Expected[]>();
  private creates = new Set<PendingCreate>();

  /** Before `create({ parentId, url })`; `url` is the canonical URL Lede writes. */
  expectCreate(parentId: string, url: string): PendingCreate {
    const pending: PendingCreate = { parentId, url, seen: false };
    this.creates.add(pending);
    return pending;
  }

  /** The browser answered the create: its event, if not yet recognised, is now expected by the bookmark's id. */
  created(pending: PendingCreate, id: string): void {
    this.creates.delete(pending);
    if (!pending.seen) this.push(id, { kind: 'created', parentId: pending.parentId });
  }

  /** The create failed: no event will come. */
  createFailed(pending: PendingCreate): void {
    this.creates.delete(pending);
  }

  expectMove(id: string, parentId: string): void {
    this.push(id, { kind: 'moved', parentId });
  }

  expectRemove(id: string): void {
    this.push(id, { kind: 'removed' });
  }

  /** The call failed (the bookmark was already gone, or moved away): nothing of Lede's will come back for it. */
  failed(id: string): void {
    this.byId.delete(id);
  }

  /** True for the echo of a change Lede made (the expectation is used up); false for anyone else's change. */
  isEcho(ev: BookmarkEvent): boolean {
    const queue = this.byId.get(ev.id);
    const head = queue?.[0];
    if (head && matches(head, ev)) {
      queue!.shift();
      if (!queue!.length) this.byId.delete(ev.id);
      return true;
    }
    if (queue) this.byId.delete(ev.id);
    if (ev.kind === 'created' && ev.url !== undefined && ev.parentId !== undefined) {
      const url = normalizeUrl(ev.url) ?? ev.url;
      for (const pending of this.creates) {
        if (!pending.seen && pending.parentId === ev.parentId && pending.url === url) {
          pending.seen = true;
          return true;
        }
      }
    }
    return false;
  }

  private push(id: string, expected: Expected): void {
    const queue = this.byId.get(id);
    if (queue) queue.push(expected);
    else this.byId.set(id, [expected]);
  }
}

function matches(expected: Expected, ev: BookmarkEvent): boolean {
  if (expected.kind === 'removed') return ev.kind === 'removed';
  return ev.kind === expected.kind && ev.parentId === expected.parentId;
}
