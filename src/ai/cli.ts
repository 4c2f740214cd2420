/**
 * The command line's side of the providers: `lede analyze --provider openai --base-url URL --model NAME
 * [--api-key-env VAR] [--timeout SECONDS] [--no-faq] FILE...`. The key is read from the named environment
 * variable (never from argv, where it would land in shell history and process lists) and never printed.
 */
import type { Analysis, Article } from '../core/types';
import { enhance } from './enhance';
import { createOpenAiProvider, normalizeBaseUrl } from './openai';
import type { Provider } from './provider';

export interface ProviderFlags {
  provider: 'openai';
  baseUrl: string;
  model: string;
  apiKeyEnv: string | null;
  timeoutSeconds: number;
  faq: boolean;
}

export type ParsedProviderFlags =
  | { ok: true; flags: ProviderFlags | null; rest: string[] }
  | { ok: false; error: string; rest: string[] };

const VALUE_FLAGS = new Set(['--provider', '--base-url', '--model', '--api-key-env', '--timeout']);

/**
 * Takes the provider flags out of argv; `rest` is everything else, in order, for the CLI's own parsing.
 * `flags` is null when no `--provider` (or `--provider local`) was given.
 */
export function parseProviderFlags(argv: readonly string[]): ParsedProviderFlags {
  const values = new Map<string, string>();
  const rest: string[] = [];
  let faq = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--no-faq') {
      faq = false;
      continue;
    }
    if (!VALUE_FLAGS.has(name)) {
      rest.push(arg);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) return { ok: false, error: `${name} needs a value`, rest };
    values.set(name, value);
  }
  const provider = values.get('--provider');
  if (!provider || provider === 'local') {
    const stray = [...values.keys()].find((k) => k !== '--provider');
    return stray ? { ok: false, error: `${stray} needs --provider openai`, rest } : { ok: true, flags: null, rest };
  }
  if (provider !== 'openai') return { ok: false, error: `unknown provider "${provider}" (the command line knows: local, openai)`, rest };
  const baseUrl = normalizeBaseUrl(values.get('--base-url') ?? '');
  if (!baseUrl) return { ok: false, error: '--provider openai needs --base-url http(s)://HOST[:PORT]/v1', rest };
  const model = values.get('--model')?.trim();
  if (!model) return { ok: false, error: '--provider openai needs --model NAME', rest };
  const timeout = Number(values.get('--timeout') ?? 120);
  if (!Number.isFinite(timeout) || timeout <= 0) return { ok: false, error: '--timeout takes seconds', rest };
  const apiKeyEnv = values.get('--api-key-env') ?? null;
  if (apiKeyEnv !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(apiKeyEnv)) {
    return { ok: false, error: '--api-key-env takes the NAME of an environment variable, not the key', rest };
  }
  return { ok: true, flags: { provider: 'openai', baseUrl, model, apiKeyEnv, timeoutSeconds: timeout, faq }, rest };
}

export function providerFromFlags(flags: ProviderFlags, env: Record<string, string | undefined> = process.env, fetchImpl?: typeof fetch): Provider {
  return createOpenAiProvider({
    baseUrl: flags.baseUrl,
    model: flags.model,
    apiKey: flags.apiKeyEnv ? env[flags.apiKeyEnv] ?? null : null,
    timeoutMs: flags.timeoutSeconds * 1000,
    fetch: fetchImpl,
  });
}

/**
 * The analysis with the provider's TL;DR and FAQ where they pass validation, the local ones otherwise; each
 * fallback is reported through `log` (stderr in the CLI) with the reason. `faq` items keep only the fields of
 * the CLI's JSON contract; the supporting passage goes to `log` in verbose mode only.
 */
export async function enhanceWithProvider(
  article: Article,
  analysis: Analysis,
  opts: { flags: ProviderFlags; env?: Record<string, string | undefined>; fetch?: typeof fetch; signal?: AbortSignal },
  log: (line: string) => void,
): Promise<Analysis> {
  const env = opts.env ?? process.env;
  const provider = providerFromFlags(opts.flags, env, opts.fetch);
  const key = opts.flags.apiKeyEnv ? env[opts.flags.apiKeyEnv] : undefined;
  const say = (line: string) => log(key ? line.split(key).join('[redacted]') : line);
  if (opts.flags.apiKeyEnv && !key) say(`lede: ${opts.flags.apiKeyEnv} is not set; calling ${provider.source} without an API key`);
  const result = await enhance(provider, article, analysis, { signal: opts.signal, faq: opts.flags.faq });
  const where = article.url || 'input';
  if (result.tldrError) say(`lede: ${where}: ${provider.source} TL;DR failed (${result.tldrError.code}: ${result.tldrError.message}); using the local TL;DR`);
  if (result.faqError) say(`lede: ${where}: ${provider.source} FAQ failed (${result.faqError.code}: ${result.faqError.message}); using the local FAQ`);
  return {
    ...analysis,
    tldr: result.tldr,
    faq: result.faq.map((f) => ({ question: f.question, answer: f.answer, source: f.source })),
  };
}

/** For the CLI's usage text. */
export const PROVIDER_USAGE =
  '  --provider openai --base-url URL --model NAME [--api-key-env VAR] [--timeout SECONDS] [--no-faq]\n' +
  '      write the TL;DR and FAQ with an OpenAI-compatible endpoint (Ollama: http://localhost:11434/v1);\n' +
  '      falls back to the local engine, saying so on stderr, when it fails';
