import { describe, expect, it } from 'vitest';
import { authenticate } from '../graph/accounts/accounts';
import { createAccountStore } from '../graph/accounts/create-account-store';
import { resolveStoreConfig } from '../graph/config';
import { runScript, tempDirs } from './testing/run-script';

/**
 * Runs the real `scripts/user.ts` in a child process, as `npm run user` would (no terminal, so a random
 * password is made and printed), against an empty embedded store in a temporary directory, and checks
 * what it stored with the account store itself.
 */
const tmp = tempDirs('newsgraph-user-cli-');
const userCli = (args: readonly string[]) => runScript('user', args, { storeEnv: tmp.storeEnv });
const printedPassword = (stdout: string) => /Password \(shown once\): (\S+)/.exec(stdout)?.[1] ?? '';

/** The role `name` signs in with, checked on the account store the script wrote to. */
async function signsIn(name: string, password: string): Promise<string | null> {
  const store = await createAccountStore(resolveStoreConfig({ ...process.env, ...tmp.storeEnv }));
  try {
    return (await authenticate(store, name, password))?.role ?? null;
  } finally {
    await store.close();
  }
}

describe('npm run user', () => {
  it('adds an editor whose printed password signs in, and lists it', async () => {
    const added = await userCli(['add', 'Nora', '--role', 'editor']);
    expect(added.code).toBe(0);
    const password = printedPassword(added.stdout);
    expect(await signsIn('nora', password)).toBe('editor');
    const listed = await userCli(['list']);
    expect(listed.stdout).toMatch(/^nora\s+editor\s/m);
  });

  it('changes a role, and a reset password replaces the old one', async () => {
    const password = printedPassword((await userCli(['add', 'omar', '--role', 'reader'])).stdout);
    expect((await userCli(['role', 'omar', 'admin'])).code).toBe(0);
    expect(await signsIn('omar', password)).toBe('admin');
    const reset = await userCli(['reset-password', 'omar']);
    expect(reset.code).toBe(0);
    expect(await signsIn('omar', password)).toBeNull();
    expect(await signsIn('omar', printedPassword(reset.stdout))).toBe('admin');
  });

  it('removes an account, and says so when there is none', async () => {
    await userCli(['add', 'lena']);
    expect((await userCli(['remove', 'lena'])).code).toBe(0);
    const again = await userCli(['remove', 'lena']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('There is no account "lena"');
  });

  it('refuses the name kept for the local sign-in link, an unknown role and a taken name, with exit code 1', async () => {
    expect((await userCli(['add', 'local'])).code).toBe(1);
    expect((await userCli(['add', 'zed', '--role', 'owner'])).code).toBe(1);
    await userCli(['add', 'zed']);
    const twice = await userCli(['add', 'ZED']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('already exists');
  });
});
