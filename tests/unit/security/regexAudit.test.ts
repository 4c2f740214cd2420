// @vitest-environment node
/**
 * Every regular expression literal that reads page text, page metadata or an imported file (Lede's own, and
 * Readability's, which runs on every page) against adversarial strings: runs of one character, of pairs, and of
 * the pattern's own literal characters, each ending in a character that breaks the match. A backtracking pattern
 * takes time quadratic (or worse) in such a string; a linear one scans it in about the time a trivial pattern
 * does. Each run must finish within a budget set against that linear baseline, measured in the same run.
 *
 * Readability's few super-linear patterns cannot be changed here; the extractor bounds their input instead
 * (src/extract/limits.ts), and they are run at that bound.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/extract/limits';

const ROOT = resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const READABILITY = [require.resolve('@mozilla/readability/Readability.js'), require.resolve('@mozilla/readability/Readability-readerable.js')];
/** Folders whose code reads page text, page metadata or imported files. */
const DIRS = ['src/extract', 'src/core', 'src/content', 'src/cli', 'src/import'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|js)$/.test(f) ? [p] : [];
  });
}

interface Found {
  where: string;
  re: RegExp;
}

function literals(file: string): Found[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const out: Found[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.getText(source);
      const end = lit.lastIndexOf('/');
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      out.push({ where: `${relative(ROOT, file)}:${line + 1}`, re: new RegExp(lit.slice(1, end), lit.slice(end + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Readability patterns known to backtrack, with the bound the extractor puts on their input. */
const BOUNDED: Array<{ source: RegExp; maxLength: number; why: string }> = [
  { source: /\\s\*\(article\|dc\|dcterm\|og\|twitter\)/, maxLength: LIMITS.maxMetaKeyChars, why: 'meta keys longer than maxMetaKeyChars are removed' },
];

/** The pattern's literal characters (escapes resolved), the ones most likely to feed a backtracking loop. */
function ownChars(re: RegExp): string[] {
  const chars = new Set<string>();
  const src = re.source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}/gi, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length) {
      const n = src[++i]!;
      if (/[^a-zA-Z0-9]/.test(n)) chars.add(n);
      else if (n === 's') chars.add(' ');
      else if (n === 'd') chars.add('1');
      else if (n === 'w') chars.add('a');
      continue;
    }
    if (!'()[]{}|?*+^$'.includes(c)) chars.add(c);
  }
  return [...chars].slice(0, 24);
}

function attacks(re: RegExp, n: number): string[] {
  const units = [' ', 'a', 'A', '1', '.', '-', ',', '\n', '\t', 'é', '中', '<', '"', "'", ':', '/', '_', '#', 'a ', ' a', 'a.', '1.', 'a-', 'ab', '<a', 'a,', '\n ', '. ', '1,', '*', '=', '@'];
  const own = ownChars(re);
  for (const c of own) units.push(c, `${c} `);
  for (let i = 0; i + 1 < own.length; i++) units.push(own[i]! + own[i + 1]!);
  const out: string[] = [];
  for (const u of new Set(units)) {
    const body = u.repeat(Math.ceil(n / u.length)).slice(0, n);
    out.push(`${body}\u0001`, `${body}!`);
  }
  return out;
}

interface Compiled {
  /** Tries every start position until the first match (what `test`/`exec` do). */
  single: RegExp;
  /** Every match (what `replace`/`split`/`match` with /g do). */
  global: RegExp;
}

/** Compiled once per pattern: compiling Unicode-class patterns costs more than running them on 2,500 characters. */
function compile(re: RegExp): Compiled {
  const flags = re.flags.replace('g', '').replace('y', '');
  return { single: new RegExp(re.source, flags), global: new RegExp(re.source, flags + 'g') };
}

function exercise(re: Compiled, s: string): void {
  re.single.exec(s);
  s.replace(re.global, '');
}

/**
 * Milliseconds of CPU this process spent running `fn`, not of the wall clock: on a loaded machine (two cores
 * shared, the builds running beside the unit tests in `npm test`) the wall clock stretches a 4 ms run to 100 ms
 * and more, which read as quadratic growth. The regex engine runs on this thread alone, so its CPU time is its
 * cost.
 */
function timeOf(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** Short and long attack lengths: linear work grows 4-fold from one to the other, quadratic work 16-fold. */
const SHORT = 2_500;
const LONG = 10_000;

function minTime(fn: () => void, runs = 2): number {
  return Math.min(...Array.from({ length: runs }, () => timeOf(fn)));
}

describe('regular expressions on untrusted text', () => {
  const found = [...DIRS.flatMap((d) => files(join(ROOT, d))), ...READABILITY].flatMap(literals);

  it("finds the patterns it audits (Lede's and Readability's)", () => {
    expect(found.filter((f) => f.where.startsWith('src/')).length).toBeGreaterThan(100);
    expect(found.filter((f) => f.where.includes('readability')).length).toBeGreaterThan(40);
  });

  it(`each runs in linear time on adversarial strings (${SHORT} and ${LONG} characters)`, { timeout: 600_000 }, () => {
    // The linear baseline, measured in this run: a pattern that scans the whole string once.
    const trivial = compile(/[^\s\S]x/);
    const baseline = minTime(() => exercise(trivial, 'a '.repeat(LONG / 2)), 3);
    const budget = Math.max(50, 40 * baseline);
    const slow: string[] = [];
    let runs = 0;
    let screened = 0;
    for (const { where, re: pattern } of found) {
      const re = compile(pattern);
      const bound = BOUNDED.find((b) => b.source.test(pattern.source));
      for (const short of attacks(pattern, bound ? Math.min(SHORT, bound.maxLength) : SHORT)) {
        runs++;
        // Linear patterns scan 2,500 characters in microseconds; only the slower ones are measured at length.
        if (minTime(() => exercise(re, short)) < 2) continue;
        screened++;
        const unit = short.slice(0, 4);
        const length = bound ? bound.maxLength : LONG;
        const long = unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + short.slice(-1);
        const tShort = minTime(() => exercise(re, short));
        // The faster of two runs, as for the short string: a super-linear pattern is slow on both.
        const tLong = minTime(() => exercise(re, long));
        const growth = tLong / Math.max(tShort, 0.01);
        if (tLong > budget && growth > 10) {
          slow.push(`${where} ${pattern} on ${JSON.stringify(unit)}: ${tShort.toFixed(1)} ms at ${short.length}, ${tLong.toFixed(0)} ms at ${long.length}`);
          break; // one string is proof enough; the next pattern
        }
      }
    }
    console.log(
      `regex audit: ${found.length} patterns, ${runs} adversarial strings; ${screened} took over 2 ms at ${SHORT} chars and were ` +
        `measured at ${LONG}; baseline ${baseline.toFixed(2)} ms at ${LONG}, budget ${budget.toFixed(0)} ms; super-linear: ${slow.length}`,
    );
    expect(slow).toEqual([]);
  });

  it('a bounded Readability pattern is super-linear past its bound, so the bound is what keeps it safe', () => {
    const meta = found.find((f) => BOUNDED[0]!.source.test(f.re.source));
    expect(meta, 'Readability still has the meta pattern this audit bounds').toBeDefined();
    const re = compile(meta!.re);
    const atBound = minTime(() => exercise(re, `${' '.repeat(LIMITS.maxMetaKeyChars)}!`), 3);
    const unbounded = minTime(() => exercise(re, `${' '.repeat(LONG)}!`));
    expect(atBound).toBeLessThan(20);
    expect(unbounded).toBeGreaterThan(atBound * 10);
  });
});
