import { render } from 'preact';
import { App } from './App';
import type { PopupAnswer } from '../shared/messages';

/** Replaces index.html's static skeleton with the app, which picks up the request main.ts already sent. */
export function mount(first: Promise<PopupAnswer>): void {
  const root = document.getElementById('app')!;
  root.replaceChildren();
  render(<App first={first} />, root);
}
