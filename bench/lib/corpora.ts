/**
 * Where the shared corpora live: $LEDE_CORPORA, else ../shared/corpora beside the repo. Benchmarks and corpus
 * tests call this and say clearly when it is null rather than failing.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the corpora folder, or null when it is not there. */
export function corporaDir(): string | null {
  const fromEnv = process.env.LEDE_CORPORA;
  const dir = fromEnv ? resolve(fromEnv) : resolve(repoRoot, '..', 'shared', 'corpora');
  return existsSync(dir) ? dir : null;
}

/** Absolute path of a file or folder inside the corpora, or null when the corpora or that entry are missing. */
export function corpusPath(...parts: string[]): string | null {
  const dir = corporaDir();
  if (!dir) return null;
  const p = resolve(dir, ...parts);
  return existsSync(p) ? p : null;
}
