import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { InvalidArgumentError } from '../errors';

/**
 * Password hashing with scrypt from node:crypto (a memory-hard KDF; no native add-on to build). The
 * parameters are OWASP's recommendation for scrypt (N=2^17, r=8, p=1: 128 MiB and about a quarter of a
 * second per hash here), and they are written into each hash, so raising them later leaves old hashes
 * verifiable: `scrypt$<log2 N>$<r>$<p>$<salt base64>$<key base64>`.
 */

export interface ScryptParams {
  /** log2 of N, the CPU/memory cost. */
  logN: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { logN: 17, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Passwords shorter than this are refused; longer than MAX are refused too (a KDF on megabytes is a DoS). */
export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 1024;

/** Throws InvalidArgumentError when the password is too short or too long to accept. */
function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidArgumentError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new InvalidArgumentError(`The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`);
  }
}

/** A new hash of `password` with a fresh random salt. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  checkPasswordStrength(password);
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return ['scrypt', params.logN, params.r, params.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  );
}

/** True when `password` matches `hash`; false for a wrong password or a hash this module cannot read. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number);
  if (
    ![logN, r, p].every((n) => Number.isInteger(n)) ||
    logN === undefined ||
    r === undefined ||
    p === undefined
  )
    return false;
  if (logN < 10 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const expected = Buffer.from(parts[5] ?? '', 'base64');
  if (expected.length !== KEY_BYTES) return false;
  const key = await derive(password, salt, { logN, r, p });
  return timingSafeEqual(key, expected);
}

/**
 * A hash of a random password nobody knows: verifying against it when an account does not exist takes as
 * long as for one that does, so timing does not tell which names exist.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64'));
  return decoy;
}

function derive(password: string, salt: Buffer, { logN, r, p }: ScryptParams): Promise<Buffer> {
  const N = 2 ** logN;
  // Node refuses scrypt above `maxmem` (32 MiB by default); the need is 128·N·r bytes, plus slack.
  const maxmem = 128 * N * r * p + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
