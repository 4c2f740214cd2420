import { render } from 'preact';
import { App } from './App';
import type { PopupAnswer } from '../shared/messages';

/** Replaces index.html's static skeleton with the app, rendered straight away with the worker's first answer. */
export function mount(first: PopupAnswer): void {
  const root = document.getElementById('app')!;
  root.replaceChildren();
  render(<App first={first} />, root);
}
