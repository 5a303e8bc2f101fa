import { describe, expect, it, vi } from 'vitest';
import type * as errors from './errors';
import { InvalidArgumentError, NewsgraphError, NotFoundError, StoreUnavailableError } from './errors';

/** A second evaluation of errors.ts, as the server holds one in server.ts's modules and one in Next's bundle. */
async function otherCopy(): Promise<typeof errors> {
  vi.resetModules();
  const copy = await import('./errors');
  expect(copy.StoreUnavailableError).not.toBe(StoreUnavailableError);
  return copy;
}

class PrivateBusyError extends StoreUnavailableError {}

describe('the domain errors’ instanceof', () => {
  it('recognises an error made by another copy of the module, by its class and its ancestors', async () => {
    const other = await otherCopy();
    const error = new other.StoreUnavailableError('down');
    expect(error instanceof StoreUnavailableError).toBe(true);
    expect(error instanceof NewsgraphError).toBe(true);
    expect(error instanceof NotFoundError).toBe(false);
    expect(new other.NotFoundError('gone', ['e1']) instanceof NotFoundError).toBe(true);
    expect(new other.InvalidArgumentError('bad') instanceof StoreUnavailableError).toBe(false);
  });

  it('recognises a subclass without its own kind as its ancestor, and never mistakes the ancestor for it', () => {
    const busy = new PrivateBusyError('locked');
    expect(busy instanceof StoreUnavailableError).toBe(true);
    expect(busy instanceof NewsgraphError).toBe(true);
    expect(new StoreUnavailableError('down') instanceof PrivateBusyError).toBe(false);
    expect(busy instanceof InvalidArgumentError).toBe(false);
  });

  it('says no to plain errors and non-errors', () => {
    expect(new Error('x') instanceof NewsgraphError).toBe(false);
    expect({ code: 'NOT_FOUND' } instanceof NotFoundError).toBe(false);
    expect((null as unknown) instanceof StoreUnavailableError).toBe(false);
  });
});
