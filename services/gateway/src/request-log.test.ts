// Per request, nothing above debug unless slow; errors as before.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestLog } from './request-log';

function exchange(elapsedTime: number) {
  const lines: [string, string][] = [];
  const log = Object.fromEntries(
    ['debug', 'info', 'warn', 'error'].map((level) => [level, (_: unknown, msg: string) => lines.push([level, msg])]),
  );
  const request = { log } as unknown as FastifyRequest;
  const reply = { log, elapsedTime } as unknown as FastifyReply;
  return { request, reply, lines };
}

describe('the request log', () => {
  const requestLog = new RequestLog(1000);

  it('writes an ordinary request at debug only', () => {
    const { request, reply, lines } = exchange(12);
    requestLog.incomingRequest(request);
    requestLog.requestCompleted(null, request, reply);
    expect(lines).toEqual([
      ['debug', 'incoming request'],
      ['debug', 'request completed'],
    ]);
  });

  it('writes a slow request at warn, and a failed one at error', () => {
    const slow = exchange(1000);
    requestLog.requestCompleted(null, slow.request, slow.reply);
    expect(slow.lines).toEqual([['warn', 'slow request']]);
    const failed = exchange(5);
    requestLog.requestCompleted(new Error('boom'), failed.request, failed.reply);
    expect(failed.lines).toEqual([['error', 'request errored']]);
  });
});
