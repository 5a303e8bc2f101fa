import { beforeAll, afterAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError, NotFoundError } from '../../errors';
import type { Account } from '../account';
import type { AccountStore } from '../account-store';

/**
 * Public: the AccountStore conformance suite, run against the file adapter and against Neo4j. `makeStore`
 * gives a store whose accounts may be thrown away; every test starts with none.
 */
export function defineAccountStoreContract(name: string, makeStore: () => Promise<AccountStore>): void {
  describe(`AccountStore (${name})`, () => {
    let store: AccountStore;
    beforeAll(async () => {
      store = await makeStore();
    });
    beforeEach(async () => {
      for (const account of await store.list()) await store.remove(account.name);
    });
    afterAll(async () => {
      await store.close();
    });

    describe('#add', () => {
      it('keeps an account that get and list then return as given', async () => {
        await store.add(sample('nora', 'editor'));
        expect(await store.get('nora')).toEqual(sample('nora', 'editor'));
        expect(await store.list()).toEqual([sample('nora', 'editor')]);
      });

      it('refuses a name that is taken, leaving the first account as it was', async () => {
        await store.add(sample('nora', 'editor'));
        await expect(store.add({ ...sample('nora', 'admin'), passwordHash: 'other' })).rejects.toBeInstanceOf(
          InvalidArgumentError,
        );
        expect(await store.get('nora')).toEqual(sample('nora', 'editor'));
      });
    });

    describe('#list', () => {
      it('orders accounts by name', async () => {
        for (const n of ['zoe', 'amir', 'lena']) await store.add(sample(n, 'reader'));
        expect((await store.list()).map((a) => a.name)).toEqual(['amir', 'lena', 'zoe']);
      });
    });

    describe('#get', () => {
      it('answers null for an unknown name', async () => {
        expect(await store.get('nobody')).toBeNull();
      });
    });

    describe('#update', () => {
      it('changes the role and the hash and moves credentialsChangedAt, keeping the rest', async () => {
        await store.add(sample('nora', 'reader'));
        const at = '2026-02-01T10:00:00.000Z';
        const updated = await store.update('nora', { role: 'editor', at });
        expect(updated).toEqual({ ...sample('nora', 'reader'), role: 'editor', credentialsChangedAt: at });
        await store.update('nora', { passwordHash: 'scrypt$new', at });
        expect(await store.get('nora')).toEqual({
          ...sample('nora', 'reader'),
          role: 'editor',
          passwordHash: 'scrypt$new',
          credentialsChangedAt: at,
        });
      });

      it('throws NotFoundError for an unknown name', async () => {
        await expect(
          store.update('nobody', { role: 'admin', at: '2026-02-01T10:00:00.000Z' }),
        ).rejects.toBeInstanceOf(NotFoundError);
      });
    });

    describe('#remove', () => {
      it('removes one account and says whether there was one', async () => {
        await store.add(sample('nora', 'editor'));
        await store.add(sample('amir', 'admin'));
        expect(await store.remove('nora')).toBe(true);
        expect(await store.remove('nora')).toBe(false);
        expect((await store.list()).map((a) => a.name)).toEqual(['amir']);
      });
    });
  });
}

function sample(name: string, role: Account['role']): Account {
  return {
    name,
    role,
    passwordHash: `scrypt$17$8$1$c2FsdA==$${name}`,
    createdAt: '2026-01-01T09:00:00.000Z',
    credentialsChangedAt: '2026-01-01T09:00:00.000Z',
  };
}
