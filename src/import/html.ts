/**
 * A small tolerant tokenizer for the link-list HTML that Pocket and browsers export. Those files are flat and
 * machine-written (Netscape's format is not even well-formed: `<DT>` and `<p>` never close), so a full DOM is
 * neither needed nor helpful, and this runs the same in Node, the worker and the page.
 */

export type Token =
  | { type: 'open'; name: string; attrs: Record<string, string>; offset: number }
  | { type: 'close'; name: string; offset: number }
  | { type: 'text'; text: string; offset: number };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

export function* tokenize(html: string): Generator<Token> {
  const TAG = /<!--[\s\S]*?(?:-->|$)|<![^<>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'"<>])*)>/g;
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const at = m.index;
    if (at > last) yield { type: 'text', text: decodeEntities(html.slice(last, at)), offset: last };
    last = at + m[0].length;
    if (!m[2]) continue; // comment or doctype
    const name = m[2].toLowerCase();
    if (m[1]) yield { type: 'close', name, offset: at };
    else yield { type: 'open', name, attrs: parseAttrs(m[3] ?? ''), offset: at };
  }
  if (last < html.length) yield { type: 'text', text: decodeEntities(html.slice(last)), offset: last };
}

/** Counts lines as a scan moves forward through the text (offsets must not go backwards). */
export class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  at(offset: number): number {
    for (let i = this.text.indexOf('\n', this.pos); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) this.line++;
    this.pos = Math.max(this.pos, offset);
    return this.line;
  }
}
