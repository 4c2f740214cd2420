import { describe, expect, it } from 'vitest';
import { SseParser, chatDelta } from '../../../src/ai/sse';

describe('SSE parser', () => {
  it('reassembles events split across network chunks, with LF or CRLF', () => {
    const p = new SseParser();
    const text = 'data: {"a":1}\r\n\r\ndata: two\n\n: keep-alive comment\n\nevent: ping\ndata: x\n\n';
    const events = [];
    for (let i = 0; i < text.length; i += 3) events.push(...p.push(text.slice(i, i + 3)));
    events.push(...p.end());
    expect(events).toEqual([
      { event: 'message', data: '{"a":1}' },
      { event: 'message', data: 'two' },
      { event: 'ping', data: 'x' },
    ]);
  });

  it('joins multi-line data and keeps an unterminated last event', () => {
    const p = new SseParser();
    expect(p.push('data: line one\ndata: line two\n\ndata: tail')).toEqual([{ event: 'message', data: 'line one\nline two' }]);
    expect(p.end()).toEqual([{ event: 'message', data: 'tail' }]);
  });

  it('reads chat deltas, finish reasons, [DONE] and stream errors', () => {
    expect(chatDelta('{"choices":[{"delta":{"content":"Hi"},"finish_reason":null}]}')).toEqual({ delta: 'Hi', finished: false });
    expect(chatDelta('{"choices":[{"delta":{},"finish_reason":"stop"}]}')).toEqual({ delta: '', finished: true });
    expect(chatDelta('[DONE]')).toBeNull();
    expect(() => chatDelta('{"error":{"message":"model overloaded"}}')).toThrow('model overloaded');
  });
});
