import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function sink() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n')) {
        if (text !== '') lines.push(JSON.parse(text) as Record<string, unknown>);
      }
      done();
    },
  });
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line, with the fields it was given', () => {
    const { stream, lines } = sink();
    createLogger('info', stream).child({ requestId: 'r-1' }).info({ status: 200 }, 'graphql request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ requestId: 'r-1', status: 200, msg: 'graphql request' });
    expect(typeof lines[0]?.time).toBe('number');
  });

  it('drops lines below its level', () => {
    const { stream, lines } = sink();
    const logger = createLogger('warn', stream);
    logger.info('not written');
    logger.warn('written');
    expect(lines.map((line) => line.msg)).toEqual(['written']);
  });

  it('writes nothing when silent', () => {
    const { stream, lines } = sink();
    createLogger('silent', stream).error('not written');
    expect(lines).toEqual([]);
  });
});
