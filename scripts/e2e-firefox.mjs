#!/usr/bin/env node
/**
 * dist/e2e-firefox: the release Firefox build (dist/firefox, built first) with the end-to-end manifest
 * (scripts/e2e-manifest.mjs). The Firefox suite needs both builds, and they differ only in the manifest, so the
 * second is a copy rather than a second Vite build; the journeys then run the very code that ships.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withE2eAccess } from './e2e-manifest.mjs';

const root = resolve(import.meta.dirname, '..');
const release = resolve(root, 'dist/firefox');
const out = resolve(root, 'dist/e2e-firefox');
if (!existsSync(resolve(release, 'manifest.json'))) {
  console.error('No Firefox build at dist/firefox: run `npm run build:firefox` first.');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
cpSync(release, out, { recursive: true });
const manifest = JSON.parse(readFileSync(resolve(release, 'manifest.json'), 'utf8'));
writeFileSync(resolve(out, 'manifest.json'), JSON.stringify(withE2eAccess(manifest), null, 2));
console.log('dist/e2e-firefox: dist/firefox with host access to 127.0.0.1 and bookmarks (the e2e manifest)');
