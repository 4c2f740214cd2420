// @vitest-environment node
/**
 * `lede analyze --provider openai ...` against an OpenAI-compatible server started here on 127.0.0.1: the TL;DR
 * and FAQ are the provider's (and say so in `source`), and when the endpoint is gone the local engine answers
 * and stderr says why.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/lede';

const ROOT = resolve(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/ai');
const TLDR = readFileSync(join(FIXTURES, 'tldr.txt'), 'utf8').trim();
const FAQ = readFileSync(join(FIXTURES, 'faq.json'), 'utf8');

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (!req.url?.endsWith('/chat/completions')) {
        res.writeHead(404);
        return res.end();
      }
      const { messages } = JSON.parse(body) as { messages: { role: string; content: string }[] };
      const content = messages.some((m) => m.role === 'system' && m.content.includes('FAQ')) ? FAQ : TLDR;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ choices: [{ delta: { content } }] })}\n\n`);
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function analyzeWith(baseUrl: string) {
  let stdout = '';
  let stderr = '';
  const args = ['analyze', '--text', '--provider', 'openai', '--base-url', baseUrl, '--model', 'lede-test', join(FIXTURES, 'article.txt')];
  await main(args, { out: (line) => (stdout += line + '\n'), err: (line) => (stderr += line + '\n') });
  return { row: JSON.parse(stdout.trim()) as { tldr: { source: string; sentences: string[] }; faq: { source: string }[] }, stderr };
}

describe('lede analyze --provider openai', () => {
  it('writes the TL;DR and FAQ with the endpoint and names it as their source', async () => {
    const { row, stderr } = await analyzeWith(`${origin}/v1`);
    expect(row.tldr.source).toMatch(/^openai/);
    expect(row.tldr.sentences.join(' ')).toContain(TLDR.split('.')[0]!.trim());
    expect(row.faq.length).toBeGreaterThan(0);
    expect(row.faq.every((f) => f.source === row.tldr.source)).toBe(true);
    expect(stderr).toBe('');
  });

  it('falls back to the local engine and says so when the endpoint is unreachable', async () => {
    const { row, stderr } = await analyzeWith('http://127.0.0.1:9/v1');
    expect(row.tldr.source).toBe('extractive');
    expect(stderr).toMatch(/TL;DR failed \(unreachable/);
  });
});
