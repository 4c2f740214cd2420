import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function text(s: string): Uint8Array {
  return strToU8(s);
}

/** Zips a fixture folder the way the services ship their exports (paths relative to the folder). */
export function zipFolder(name: string, extra: Record<string, string> = {}): Uint8Array {
  const root = join(FIXTURES, name);
  const files: Zippable = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full)] = new Uint8Array(readFileSync(full));
    }
  };
  walk(root);
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(z);
}


import { Dexie } from 'dexie';
import { resetDbForTests, DB_NAME } from '../../../src/storage/db';

/** A new empty database for each test (fake-indexeddb must be loaded by the test file first). */
export async function freshDb(): Promise<void> {
  resetDbForTests();
  await Dexie.delete(DB_NAME);
}
