/**
 * What can go wrong with an AI provider, as codes the popup, the options page and the command line each turn
 * into their own words. Messages never carry the API key: every error built from a response goes through
 * `redact` with the secrets in play.
 */
export type AiErrorCode =
  | 'unreachable' // no connection, or it dropped mid-answer
  | 'unauthorized' // 401 / 403: missing or wrong API key
  | 'model-missing' // 404: the endpoint does not serve that model
  | 'rate-limited' // 429
  | 'server' // 5xx or anything else unexpected from the server
  | 'timeout' // no answer in time
  | 'cancelled' // the reader (or the popup closing) cancelled
  | 'bad-response' // an answer that is not what was asked for
  | 'quota' // the on-device model's input quota is exceeded even after chunking
  | 'unavailable' // the provider is not available here (API missing, language unsupported)
  | 'permission' // the host permission for the endpoint was not granted
  | 'ungrounded'; // the answer had nothing supported by the article: it was dropped

export class AiError extends Error {
  readonly code: AiErrorCode;
  readonly status: number | undefined;
  constructor(code: AiErrorCode, message: string, status?: number) {
    super(message);
    this.name = 'AiError';
    this.code = code;
    this.status = status;
  }
}

/** Replaces every occurrence of each secret (and its `Bearer` form) by a fixed mask. */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    out = out.split(s).join('[redacted]');
  }
  return out;
}

/** Maps an HTTP status (and a bounded, redacted excerpt of the body) to an AiError. */
export function errorFromStatus(status: number, body: string, secrets: readonly (string | null | undefined)[]): AiError {
  const excerpt = redact(body.replace(/\s+/g, ' ').trim(), secrets).slice(0, 200);
  const detail = excerpt ? `: ${excerpt}` : '';
  if (status === 401 || status === 403) return new AiError('unauthorized', `The endpoint refused the API key (${status})${detail}`, status);
  if (status === 404) return new AiError('model-missing', `The endpoint does not know this model (404)${detail}`, status);
  if (status === 429) return new AiError('rate-limited', `The endpoint is rate limiting requests (429)${detail}`, status);
  // Some servers (Ollama, LM Studio) answer 400 for an unknown model.
  if (status === 400 && /model/i.test(excerpt) && /not found|does not exist|unknown|no such/i.test(excerpt)) {
    return new AiError('model-missing', `The endpoint does not know this model (400)${detail}`, status);
  }
  return new AiError('server', `The endpoint answered ${status}${detail}`, status);
}

/** Any thrown value as an AiError (network failures, aborts, DOMExceptions from on-device APIs). */
export function toAiError(e: unknown, secrets: readonly (string | null | undefined)[] = []): AiError {
  if (e instanceof AiError) return new AiError(e.code, redact(e.message, secrets), e.status);
  const name = (e as { name?: string } | null)?.name ?? '';
  const message = redact(e instanceof Error ? e.message : String(e), secrets);
  if (name === 'AbortError') return new AiError('cancelled', 'Cancelled');
  if (name === 'TimeoutError') return new AiError('timeout', 'The provider took too long to answer');
  if (name === 'QuotaExceededError') return new AiError('quota', `The article is too long for the on-device model: ${message}`);
  if (name === 'NotSupportedError' || name === 'NotAllowedError') return new AiError('unavailable', message);
  if (e instanceof TypeError) return new AiError('unreachable', `Could not reach the endpoint: ${message}`);
  return new AiError('bad-response', message);
}

/** The i18n key that explains an error code to the reader (src/locales/<locale>/ai.json). */
export function errorMessageKey(code: AiErrorCode): string {
  const keys: Record<AiErrorCode, string> = {
    unreachable: 'aiErrUnreachable',
    unauthorized: 'aiErrUnauthorized',
    'model-missing': 'aiErrModelMissing',
    'rate-limited': 'aiErrRateLimited',
    server: 'aiErrServer',
    timeout: 'aiErrTimeout',
    cancelled: 'aiErrCancelled',
    'bad-response': 'aiErrBadResponse',
    quota: 'aiErrQuota',
    unavailable: 'aiErrUnavailable',
    permission: 'aiErrPermission',
    ungrounded: 'aiErrUngrounded',
  };
  return keys[code];
}
