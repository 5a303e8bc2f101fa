import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Failed sign-ins are first slowed, then refused, per account name and per client (rate-limiter-flexible
 * counts them, in this process's memory):
 *
 * - The first `free` failures within `windowSeconds` cost nothing.
 * - Each failure after that makes the next attempt wait: 1 s, then 2, 4, 8, … up to `maxPauseSeconds`.
 *   An attempt inside the pause is answered 429 with Retry-After before the password is even checked,
 *   so guessing goes no faster than the pauses allow, whatever the guesses are.
 * - At `max` failures the key is refused until its window ends (429, Retry-After the time left).
 *
 * The account's count is cleared by a successful sign-in; the client's is not (one client guessing many
 * names keeps paying). The client is the caller's socket address as our server passes it on (see
 * app/server/client-address.ts), or one shared key when it is unknown.
 */

export interface SignInLimitOptions {
  perAccount: { free: number; max: number };
  perClient: { free: number; max: number };
  windowSeconds: number;
  maxPauseSeconds: number;
}

const DEFAULT_SIGN_IN_LIMITS: SignInLimitOptions = {
  perAccount: { free: 3, max: 10 },
  perClient: { free: 10, max: 50 },
  windowSeconds: 3600,
  maxPauseSeconds: 60,
};

export type SignInVerdict = { ok: true } | { ok: false; retryAfter: number; reason: 'slowed' | 'refused' };

interface Counter {
  failures: RateLimiterMemory;
  pauses: RateLimiterMemory;
  free: number;
  max: number;
}

export class SignInLimits {
  private readonly account: Counter;
  private readonly client: Counter;

  constructor(private readonly options: SignInLimitOptions = DEFAULT_SIGN_IN_LIMITS) {
    this.account = counter('account', options.perAccount, options.windowSeconds);
    this.client = counter('client', options.perClient, options.windowSeconds);
  }

  /** Whether an attempt for `account` from `client` may be checked now. */
  async check(account: string, client: string): Promise<SignInVerdict> {
    const verdicts = await Promise.all([verdict(this.account, account), verdict(this.client, client)]);
    const refused = verdicts.filter((v): v is Exclude<SignInVerdict, { ok: true }> => !v.ok);
    if (refused.length === 0) return { ok: true };
    // The longest wait is the one that matters; a refusal outranks a pause.
    return refused.sort((a, b) =>
      a.reason === b.reason ? b.retryAfter - a.retryAfter : a.reason === 'refused' ? -1 : 1,
    )[0]!;
  }

  /** Counts a failed attempt against both keys, starting a pause where the count is past `free`. */
  async failed(account: string, client: string): Promise<void> {
    await Promise.all([this.fail(this.account, account), this.fail(this.client, client)]);
  }

  /** A right password: the account starts afresh (the client's count stays). */
  async succeeded(account: string): Promise<void> {
    await Promise.all([this.account.failures.delete(account), this.account.pauses.delete(account)]);
  }

  private async fail(counter: Counter, key: string): Promise<void> {
    const { consumedPoints } = await counter.failures.penalty(key, 1);
    const over = consumedPoints - counter.free;
    if (over > 0 && consumedPoints < counter.max) {
      await counter.pauses.block(key, Math.min(2 ** (over - 1), this.options.maxPauseSeconds));
    }
  }
}

function counter(name: string, limits: { free: number; max: number }, windowSeconds: number): Counter {
  return {
    failures: new RateLimiterMemory({
      keyPrefix: `sign-in-${name}`,
      points: limits.max,
      duration: windowSeconds,
    }),
    pauses: new RateLimiterMemory({ keyPrefix: `sign-in-${name}-pause`, points: 1, duration: 1 }),
    ...limits,
  };
}

async function verdict(counter: Counter, key: string): Promise<SignInVerdict> {
  const failures = await counter.failures.get(key);
  // A record past its expiry (msBeforeNext <= 0) is one the store has not swept yet: it no longer counts.
  if (failures !== null && failures.msBeforeNext > 0 && failures.consumedPoints >= counter.max) {
    return { ok: false, reason: 'refused', retryAfter: seconds(failures.msBeforeNext) };
  }
  const pause = await counter.pauses.get(key);
  if (pause !== null && pause.consumedPoints > 1 && pause.msBeforeNext > 0) {
    return { ok: false, reason: 'slowed', retryAfter: seconds(pause.msBeforeNext) };
  }
  return { ok: true };
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
