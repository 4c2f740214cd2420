/** Escaping shared by the serialisers. */

/**
 * A cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe, the OWASP
 * advice for CSV injection; the CSV importer removes exactly this apostrophe again, so a round trip is lossless.
 */
export function neutraliseCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvCell(s: string): string {
  const v = neutraliseCell(s);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Topic labels of a row for people to read (from its analysis; imported tags have their own column). */
export function topicLabels(row: { analysis: { topics: { label: string }[] } | null }): string[] {
  return row.analysis ? row.analysis.topics.map((t) => t.label) : [];
}
