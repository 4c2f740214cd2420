/**
 * Server-sent events, as OpenAI-compatible servers stream `chat/completions`: `data:` lines, events ended by a
 * blank line, `:` comments, CRLF or LF. Chunks from the network split lines anywhere, so the parser buffers.
 */
export interface SseEvent {
  event: string;
  data: string;
}

export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';

  /** Feeds text; returns the events it completed. */
  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const out: SseEvent[] = [];
    let nl: number;
    while ((nl = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, nl);
      const sepLen = this.buffer.startsWith('\r\n', nl) ? 2 : 1;
      // A lone CR at the very end may be the first half of CRLF: wait for more.
      if (this.buffer[nl] === '\r' && sepLen === 1 && nl === this.buffer.length - 1) break;
      this.buffer = this.buffer.slice(nl + sepLen);
      this.line(line, out);
    }
    return out;
  }

  /** Ends the stream: an event not closed by a blank line still counts. */
  end(): SseEvent[] {
    const out: SseEvent[] = [];
    if (this.buffer) this.line(this.buffer.replace(/\r$/, ''), out);
    this.buffer = '';
    this.dispatch(out);
    return out;
  }

  private line(line: string, out: SseEvent[]): void {
    if (line === '') return this.dispatch(out);
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
  }

  private dispatch(out: SseEvent[]): void {
    if (this.data.length) out.push({ event: this.event || 'message', data: this.data.join('\n') });
    this.data = [];
    this.event = '';
  }
}

/**
 * What one `chat/completions` stream event carries: the text delta and whether the model finished
 * (`finish_reason`); `null` at `[DONE]`. An `error` object in the stream throws.
 */
export function chatDelta(data: string): { delta: string; finished: boolean } | null {
  if (data.trim() === '[DONE]') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return { delta: '', finished: false };
  }
  const p = parsed as {
    choices?: { delta?: { content?: unknown }; message?: { content?: unknown }; text?: unknown; finish_reason?: unknown }[];
    error?: { message?: unknown } | string;
  };
  if (p.error) {
    const msg = typeof p.error === 'string' ? p.error : p.error.message;
    throw new Error(typeof msg === 'string' ? msg : 'stream error');
  }
  const choice = p.choices?.[0];
  const content = choice?.delta?.content ?? choice?.message?.content ?? choice?.text;
  return { delta: typeof content === 'string' ? content : '', finished: typeof choice?.finish_reason === 'string' };
}
