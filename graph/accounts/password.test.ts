import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from './password';

const CHEAP = { logN: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the password a hash was made from, and no other', async () => {
    const hash = await hashPassword('correct horse battery', CHEAP);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('salts every hash, so one password never gives the same hash twice', async () => {
    expect(await hashPassword('correct horse battery', CHEAP)).not.toBe(
      await hashPassword('correct horse battery', CHEAP),
    );
  });

  it('writes its parameters into the hash, OWASP’s scrypt floor by default', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', String(DEFAULT_SCRYPT.logN), '8', '1']);
    expect(DEFAULT_SCRYPT.logN).toBeGreaterThanOrEqual(17);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
  });

  it('refuses passwords under 10 characters', async () => {
    await expect(hashPassword('short', CHEAP)).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it('answers false, not an error, for a hash it cannot read or with absurd parameters', async () => {
    expect(await verifyPassword('anything long', 'plain-text')).toBe(false);
    expect(await verifyPassword('anything long', 'scrypt$40$8$1$c2FsdA==$AAAA')).toBe(false);
  });
});
