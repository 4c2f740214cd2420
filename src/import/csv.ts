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
  // One pass, not papaparse's step mode (three times slower); line numbers are counted from the cells: each
  // row takes one line plus the line breaks inside its quoted cells.
  const parsed = Papa.parse<string[]>(src, { header: false, skipEmptyLines: false });
  const broken = new Set(parsed.errors.map((e) => e.row).filter((r): r is number => typeof r === 'number'));
  let headers: string[] | null = null;
  let index = new Map<string, number>();
  const rows: CsvRow[] = [];
  let line = 1;
  parsed.data.forEach((cells, r) => {
    const rowLine = line;
    line += 1;
    for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
    if (cells.every((c) => c.trim() === '')) return;
    if (!headers) {
      headers = cells.map((h) => h.trim().toLowerCase());
      index = new Map(headers.map((h, i) => [h, i]));
      return;
    }
    rows.push({
      line: rowLine,
      ragged: cells.length !== headers.length || broken.has(r),
      get: (name) => {
        const i = index.get(name);
        return i === undefined ? undefined : cells[i];
      },
    });
  });
  return { headers: headers ?? [], rows };
}
