/**
 * Checks every field coming out of an import file goes through: files are untrusted input (a malicious "export"
 * is an easy way to plant a `javascript:` link or a spreadsheet formula in someone's library).
 */
import { LIMITS, type ProblemReason } from './types';

/** Control characters other than tab and newline: never meaningful in a title or tag, sometimes hostile. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanText(s: unknown, max: number = LIMITS.maxTitle): string {
  if (typeof s !== 'string') return '';
  return s.replace(CONTROL, '').replace(/\s+/g, ' ').trim().slice(0, max);
}

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: ProblemReason };

/** Only web pages are accepted: `javascript:`, `data:`, `file:`, `chrome:` and the like are refused. */
export function checkUrl(raw: unknown): UrlCheck {
  const s = typeof raw === 'string' ? raw.replace(CONTROL, '').trim() : '';
  if (!s) return { ok: false, reason: 'missing-url' };
  if (s.length > LIMITS.maxUrl) return { ok: false, reason: 'too-long' };
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return { ok: false, reason: 'bad-url' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: 'unsafe-url' };
  if (!u.hostname) return { ok: false, reason: 'bad-url' };
  return { ok: true, url: u.href };
}

/**
 * A cell a spreadsheet would run: `=cmd|' /C calc'!A0`, `@SUM(...)`, `+HYPERLINK(...)`. Plain titles that just
 * start with a minus ("-40 degrees in Winnipeg") are not formulas and pass.
 */
export function looksLikeFormula(s: string): boolean {
  const t = s.trimStart();
  if (/^[=@]/.test(t)) return true;
  if (/^[+-]\s*[A-Za-z_][\w.]*\s*[(|!]/.test(t)) return true;
  // Dynamic Data Exchange payloads wherever they start: cmd|'...'!A0
  return /^[+\-=@\t\r].*\|.*!/.test(t);
}

export function cleanTags(tags: Iterable<unknown>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanText(raw, LIMITS.maxTag);
    if (!tag || looksLikeFormula(tag)) continue;
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= LIMITS.maxTags) break;
  }
  return out;
}

/** Dates after this are typos or millisecond values read as seconds. */
const LATEST = Date.UTC(2100, 0, 1);
const EARLIEST = Date.UTC(1990, 0, 1);

/** Unix seconds (Pocket, Instapaper, Netscape ADD_DATE) to ms; accepts ms and microseconds too. */
export function fromUnix(raw: unknown): number | null {
  const s = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  if (!/^\d{1,17}$/.test(s)) return null;
  let n = Number(s);
  // Firefox writes microseconds in some fields, browsers and services milliseconds in others.
  if (n > 1e14) n = Math.floor(n / 1000);
  if (n < 1e11) n *= 1000;
  return n >= EARLIEST && n <= LATEST ? n : null;
}

export function fromIso(raw: unknown): number | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  const n = Date.parse(raw);
  return Number.isFinite(n) && n >= EARLIEST && n <= LATEST ? n : null;
}
