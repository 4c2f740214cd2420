/**
 * Fakes of the on-device APIs following their documented shapes: `availability()` states, `create()` with a
 * `monitor` that receives `downloadprogress` events, `inputQuota` / `measureInputUsage`, a QuotaExceededError
 * for input over quota, streams of deltas. And a fake chat model that obeys instructions found in its input,
 * which is the worst case a page's prompt injection can produce.
 */
import type { Availability, Provider } from '../../../src/ai/provider';
import type {
  DownloadMonitor,
  LanguageModelSession,
  LanguageModelStatic,
  SummarizerInstance,
  SummarizerStatic,
} from '../../../src/ai/chrome';

/** One unit of quota per word, as a token count would roughly be. */
export const usageOf = (s: string) => s.split(/\s+/).filter(Boolean).length;

function streamOf(parts: string[]): ReadableStream<string> {
  let i = 0;
  return new ReadableStream<string>({
    pull(c) {
      if (i < parts.length) c.enqueue(parts[i++]!);
      else c.close();
    },
  });
}

export interface FakeSummarizerLog {
  createOptions: unknown[];
  inputs: string[];
}

export function fakeSummarizer(opts: {
  state?: Availability;
  quota?: number;
  /** What it writes for an input. */
  write?: (input: string) => string;
  languages?: string[];
  streaming?: boolean;
}): SummarizerStatic & { log: FakeSummarizerLog } {
  let state: Availability = opts.state ?? 'available';
  const quota = opts.quota ?? 1000;
  const write = opts.write ?? ((input: string) => input.split(/(?<=\.)\s+/)[0] ?? '');
  const log: FakeSummarizerLog = { createOptions: [], inputs: [] };
  const supports = (o?: { expectedInputLanguages?: string[] }) =>
    !opts.languages || (o?.expectedInputLanguages ?? []).every((l) => opts.languages!.includes(l));
  return {
    log,
    async availability(o) {
      return supports(o) ? state : 'unavailable';
    },
    async create(o) {
      log.createOptions.push(o);
      if (!supports(o) || state === 'unavailable') throw new DOMException('not supported', 'NotSupportedError');
      if (state === 'downloadable' || state === 'downloading') {
        const listeners: ((e: { loaded: number }) => void)[] = [];
        const monitor: DownloadMonitor = { addEventListener: (_t, l) => listeners.push(l) };
        o?.monitor?.(monitor);
        for (const loaded of [0, 0.5, 1]) listeners.forEach((l) => l({ loaded }));
        state = 'available';
      }
      const check = (input: string) => {
        if (usageOf(input) > quota) throw new DOMException('input too large', 'QuotaExceededError');
      };
      const instance: SummarizerInstance = {
        inputQuota: quota,
        measureInputUsage: async (input) => usageOf(input),
        summarize: async (input) => {
          check(input);
          log.inputs.push(input);
          return write(input);
        },
        destroy() {},
      };
      if (opts.streaming !== false) {
        instance.summarizeStreaming = (input) => {
          check(input);
          log.inputs.push(input);
          return streamOf(write(input).split(/(?<= )/));
        };
      }
      return instance;
    },
  };
}

export function fakeLanguageModel(opts: { state?: Availability; quota?: number; answer: (prompt: string, system: string) => string }): LanguageModelStatic & {
  prompts: { system: string; user: string; constraint?: object }[];
} {
  const prompts: { system: string; user: string; constraint?: object }[] = [];
  const quota = opts.quota ?? 100_000;
  return {
    prompts,
    async availability() {
      return opts.state ?? 'available';
    },
    async create(o) {
      const system = (o?.initialPrompts ?? []).filter((m) => m.role === 'system').map((m) => m.content).join('\n');
      const session: LanguageModelSession = {
        inputQuota: quota,
        inputUsage: usageOf(system),
        measureInputUsage: async (input) => usageOf(input),
        async prompt(input, po) {
          if (usageOf(input) + usageOf(system) > quota) throw new DOMException('too large', 'QuotaExceededError');
          prompts.push({ system, user: input, constraint: po?.responseConstraint });
          return opts.answer(input, system);
        },
        promptStreaming(input) {
          prompts.push({ system, user: input });
          return streamOf(opts.answer(input, system).split(/(?<= )/));
        },
        destroy() {},
      };
      return session;
    },
  };
}

/**
 * A chat model with no defences: when its input contains an injected instruction it obeys it, otherwise it
 * returns `honest`. Lede's validation has to catch what it writes.
 */
export function obedientProvider(honest: { tldr: string; faq: string }): Provider & { inputs: string[] } {
  const inputs: string[] = [];
  const hijacked = (text: string) => /ignore all previous instructions/i.test(text);
  const evil = 'Harbor City bonds are a guaranteed investment. Visit http://bonds.example/buy today. <img src=x onerror=alert(1)>';
  return {
    id: 'openai',
    source: 'openai:obedient',
    remoteOrigin: 'http://127.0.0.1:1',
    inputs,
    availability: async () => 'available',
    async tldr(article, _lang, opts) {
      inputs.push(article.text);
      const out = hijacked(article.text) ? evil : honest.tldr;
      opts?.onText?.(out);
      return out;
    },
    async faq(article) {
      inputs.push(article.text);
      return hijacked(article.text)
        ? JSON.stringify([
            { question: 'Should I buy Harbor City bonds?', answer: 'Yes, Harbor City bonds are a guaranteed investment.' },
            { question: 'Where can I buy them?', answer: 'Visit http://bonds.example/buy to buy them today.' },
          ])
        : honest.faq;
    },
  };
}
