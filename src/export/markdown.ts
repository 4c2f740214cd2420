/**
 * A zip of Markdown files, one per article, with YAML front matter (title, url, dates, status, tags, topics) and
 * the TL;DR and text as the body: readable anywhere, and what note-taking apps import.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ArticleRecord } from '../storage/types';
import { topicLabels } from './cells';

/** JSON strings are valid YAML double-quoted scalars: the simplest correct quoting. */
const yaml = (v: string) => JSON.stringify(v);
const yamlList = (list: string[]) => `[${list.map(yaml).join(', ')}]`;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toMarkdown(r: ArticleRecord): string {
  const front: string[] = ['---', `title: ${yaml(r.title)}`, `url: ${yaml(r.url)}`];
  const saved = iso(r.savedAt);
  if (saved) front.push(`saved: ${saved}`);
  const read = iso(r.readAt);
  if (read) front.push(`read: ${read}`);
  if (r.publishedTime) front.push(`published: ${yaml(r.publishedTime)}`);
  if (r.byline) front.push(`author: ${yaml(r.byline)}`);
  if (r.siteName) front.push(`site: ${yaml(r.siteName)}`);
  if (r.lang) front.push(`lang: ${yaml(r.lang)}`);
  front.push(`status: ${r.status}`, `favourite: ${r.favourite}`);
  if (r.progress > 0) front.push(`progress: ${Math.round(r.progress * 100) / 100}`);
  front.push(`tags: ${yamlList(r.tags)}`, `topics: ${yamlList(topicLabels(r))}`, '---', '');
  const body: string[] = [`# ${r.title.replace(/\n/g, ' ')}`, ''];
  if (r.analysis?.tldr.sentences.length) {
    body.push('## TL;DR', '', ...r.analysis.tldr.sentences.map((s) => `- ${s}`), '');
  }
  if (r.highlights?.length) body.push('## Highlights', '', ...r.highlights.flatMap((h) => [h, '']));
  if (r.text) body.push(r.text, '');
  else if (r.excerpt) body.push(r.excerpt, '');
  return front.join('\n') + body.join('\n');
}

/** File-system-safe name from the title, unique within the zip. */
export function fileName(r: ArticleRecord, used: Set<string>): string {
  const base =
    r.title
      .normalize('NFKC')
      // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80)
      .replace(/[. ]+$/, '') || 'article';
  let name = `${base}.md`;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
  used.add(name.toLowerCase());
  return name;
}

export function toMarkdownZip(rows: readonly ArticleRecord[], now = Date.now()): Uint8Array {
  const files: Zippable = {};
  const used = new Set<string>();
  const mtime = new Date(now);
  // Made on Unix (os 3) with ordinary file permissions: unzip tools read names of entries "made by MS-DOS" (fflate's
  // default) in the OEM code page, which garbles every non-ASCII title in Debian's unzip, whatever the UTF-8 flag
  // (set by fflate for non-ASCII names) says.
  const entry = { mtime, os: 3, attrs: 0o100644 << 16 };
  for (const r of rows) files[fileName(r, used)] = [strToU8(toMarkdown(r)), entry];
  return zipSync(files, { level: 6 });
}
