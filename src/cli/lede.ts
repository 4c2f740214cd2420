/**
 * `lede analyze` and `lede ask`: the extension's extraction and engine on files, one JSON object per line.
 * Usage errors exit 2 with the usage on stderr; a bad input file is a row with `error` set, never an exit.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeComplete } from '../core/analyze';
import { ask, createAskIndex } from '../core/faq/ask';
import { detectLanguage } from '../core/text/language';
import { loadArticle, MAX_INPUT_BYTES } from './load';
import { analyzeRow, askRow, errorRow } from './rows';
import { enhanceWithProvider, parseProviderFlags, PROVIDER_USAGE, type ProviderFlags } from '../ai/cli';

export const USAGE = `Usage:
  lede analyze [--url URL] [--text] FILE...
      Extract the article in each HTML file (or plain text with --text, one paragraph per line) and print one
      JSON object per file: {file, url, title, byline, siteName, lang, publishedTime, wordCount,
      readingMinutes, text, tldr, faq, topics, category, error}.
  lede ask [--url URL] [--text] FILE --questions QUESTIONS.txt
      Answer each question (one a line) from the article in FILE; one JSON object per question:
      {question, answers: [{text, score}]}, at most three answers, best first.

Options:
  --url URL        the page's address (default: the file's file:// URL)
  --text           read inputs as plain text instead of HTML
  --questions FILE questions for "ask", one a line
  -h, --help       show this help
${PROVIDER_USAGE}
`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const stdio: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        text: { type: 'boolean', default: false },
        questions: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function runAnalyze(files: string[], opts: { url?: string; text: boolean; provider: ProviderFlags | null }, io: Io): Promise<void> {
  if (files.length === 0) throw new UsageError('analyze needs at least one FILE');
  for (const file of files) {
    const loaded = await loadArticle(file, opts);
    if (!loaded.ok) {
      io.out(JSON.stringify(errorRow(file, loaded.url, loaded.error)));
      continue;
    }
    try {
      let analysis = await analyzeComplete(loaded.article);
      // A provider rewrites the TL;DR / FAQ; on any failure it says so on stderr and the local ones stay.
      if (opts.provider) analysis = await enhanceWithProvider(loaded.article, analysis, { flags: opts.provider }, io.err);
      io.out(JSON.stringify(analyzeRow(file, loaded.url, loaded.article, analysis)));
    } catch (err) {
      io.out(JSON.stringify(errorRow(file, loaded.url, { code: 'extraction-failed', message: `analysis failed: ${String(err)}` })));
    }
  }
}

async function readQuestions(path: string): Promise<string[]> {
  let raw: string;
  try {
    const buf = await readFile(path);
    if (buf.length > MAX_INPUT_BYTES) throw new UsageError(`${path} is larger than ${MAX_INPUT_BYTES} bytes`);
    raw = buf.toString('utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read the questions file: ${(err as Error).message}`);
  }
  const questions = raw
    .split(/\r?\n/)
    .map((q) => q.trim())
    .filter(Boolean);
  if (questions.length === 0) throw new UsageError(`${path} holds no questions (one a line)`);
  return questions;
}

async function runAsk(files: string[], opts: { url?: string; text: boolean; questions?: string }, io: Io): Promise<void> {
  if (files.length !== 1) throw new UsageError('ask needs exactly one FILE');
  if (!opts.questions) throw new UsageError('ask needs --questions QUESTIONS.txt');
  const questions = await readQuestions(opts.questions);
  const loaded = await loadArticle(files[0]!, opts);
  if (!loaded.ok) {
    for (const question of questions) io.out(JSON.stringify({ question, answered: false, answers: [], error: loaded.error }));
    return;
  }
  const { article } = loaded;
  const lang = detectLanguage(article.text, article.lang);
  // One index for all the questions: the article is segmented once, not once per question.
  const index = createAskIndex(article, lang);
  for (const question of questions) io.out(JSON.stringify(askRow(question, ask(index, question, lang))));
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    const pf = parseProviderFlags(argv);
    if (!pf.ok) throw new UsageError(pf.error);
    const { values, positionals } = parse(pf.rest);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [command, ...files] = positionals;
    const opts = { url: values.url, text: values.text ?? false };
    if (command === 'analyze') {
      if (values.questions !== undefined) throw new UsageError('--questions belongs to "ask"');
      await runAnalyze(files, { ...opts, provider: pf.flags }, io);
    } else if (command === 'ask') {
      if (pf.flags) throw new UsageError('--provider belongs to "analyze"');
      await runAsk(files, { ...opts, questions: values.questions }, io);
    } else {
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`lede: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
