/**
 * CSV rows with their line numbers, through papaparse (RFC 4180 quoting, CRLF, quoted newlines). Columns are
 * looked up by header name, never by position: Pocket's exports differ in which columns they carry.
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  /** Cell by lower-cased header name. */
  get(name: string): string | undefined;
  /** Fewer or more cells than the header. */
  ragged: boolean;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

/** Header names of the first line, lower-cased (cheap: for format detection). */
export function csvHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const parsed = Papa.parse<string[]>(first, { header: false });
  return (parsed.data[0] ?? []).map((h) => h.trim().toLowerCase());
}

export function readCsv(text: string): CsvTable {
  const src = text.replace(/^\uFEFF/, '');
  let headers: string[] | null = null;
  let index = new Map<string, number>();
  const rows: CsvRow[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(src, {
    header: false,
    skipEmptyLines: 'greedy',
    step(result) {
      const end = result.meta.cursor;
      // The row started at the first non-blank character after the previous row ended.
      let start = cursor;
      while (start < end && (src[start] === '\n' || src[start] === '\r')) {
        if (src[start] === '\n') line++;
        start++;
      }
      const rowLine = line;
      for (let i = start; i < end; i++) if (src.charCodeAt(i) === 10) line++;
      cursor = end;
      const cells = result.data;
      if (!headers) {
        headers = cells.map((h) => h.trim().toLowerCase());
        index = new Map(headers.map((h, i) => [h, i]));
        return;
      }
      const width = headers.length;
      const ragged = cells.length !== width || result.errors.length > 0;
      rows.push({
        line: rowLine,
        ragged,
        get: (name) => {
          const i = index.get(name);
          return i === undefined ? undefined : cells[i];
        },
      });
    },
  });
  return { headers: headers ?? [], rows };
}
