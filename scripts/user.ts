/**
 * npm run user -- COMMAND ...
 *
 * Manages the accounts of the configured store (a file in NEWSGRAPH_DATA_DIR for the embedded store, the
 * Neo4j database when NEO4J_URI is set). Exit codes: 0 done, 1 invalid arguments or unknown account,
 * 2 configuration error, 3 store unavailable.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { runCli } from './cli';
import { addAccount, listAccounts, removeAccount, resetPassword, setRole } from '../graph/accounts/accounts';
import { createAccountStore } from '../graph/accounts/create-account-store';
import { MIN_PASSWORD_LENGTH } from '../graph/accounts/password';
import type { Role } from '../graph/accounts/role';
import { ROLES, isRole } from '../graph/accounts/role';
import { graphConfig } from '../graph/config';
import { InvalidArgumentError } from '../graph/errors';

const USAGE = `Usage: npm run user -- COMMAND

  add NAME [--role reader|editor|admin]   add an account (role default: editor)
  list                                    list the accounts and their roles
  remove NAME                             remove an account (its sessions end at once)
  reset-password NAME                     set a new password (the account's sessions end at once)
  role NAME ROLE                          change an account's role

The password is asked for on a terminal; with --password-stdin it is read from the first line of
standard input; otherwise (no terminal) a random one is made and printed once. Passwords need at least
${MIN_PASSWORD_LENGTH} characters. Accounts live beside the graph: in NEWSGRAPH_DATA_DIR (default ./.data)
for the embedded store, in the Neo4j database when NEO4J_URI is set.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      role: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [command, name, extra] = positionals;
  if (values.help || command === undefined) {
    console.log(USAGE);
    return command === undefined && !values.help ? 1 : 0;
  }
  const store = await createAccountStore(graphConfig().store);
  try {
    switch (command) {
      case 'list': {
        const accounts = await listAccounts(store);
        if (accounts.length === 0) console.log('No accounts yet. Add one: npm run user -- add NAME --role editor');
        for (const a of accounts) console.log(`${a.name.padEnd(24)} ${a.role.padEnd(7)} since ${a.createdAt}`);
        return 0;
      }
      case 'add': {
        const role = roleOf(values.role ?? 'editor');
        const { password, generated } = await passwordFor(needName(name), values['password-stdin']);
        const account = await addAccount(store, needName(name), role, password);
        console.log(`Added ${account.name} (${account.role}).`);
        if (generated) console.log(`Password (shown once): ${password}`);
        return 0;
      }
      case 'remove':
        await removeAccount(store, needName(name));
        console.log(`Removed ${needName(name)}.`);
        return 0;
      case 'reset-password': {
        const { password, generated } = await passwordFor(needName(name), values['password-stdin']);
        const account = await resetPassword(store, needName(name), password);
        console.log(`New password set for ${account.name}; their sessions have ended.`);
        if (generated) console.log(`Password (shown once): ${password}`);
        return 0;
      }
      case 'role': {
        const account = await setRole(store, needName(name), roleOf(extra ?? ''));
        console.log(`${account.name} is now ${account.role === 'admin' ? 'an' : 'a'} ${account.role}.`);
        return 0;
      }
      default:
        throw new InvalidArgumentError(`Unknown command ${JSON.stringify(command)}.`);
    }
  } finally {
    await store.close();
  }
}

function needName(name: string | undefined): string {
  if (name === undefined || name.trim() === '') throw new InvalidArgumentError('Give the account name.');
  return name;
}

function roleOf(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`Role ${JSON.stringify(value)} is not one of ${ROLES.join(', ')}.`);
  return value;
}

async function passwordFor(name: string, fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (fromStdin) return { password: (await readStdin()).split(/\r?\n/)[0] ?? '', generated: false };
  if (!process.stdin.isTTY) return { password: randomBytes(15).toString('base64url'), generated: true };
  const first = await promptHidden(`Password for ${name}: `);
  const second = await promptHidden('Again: ');
  if (first !== second) throw new InvalidArgumentError('The two passwords differ; nothing was changed.');
  return { password: first, generated: false };
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let answer = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chars: string) => {
      for (const char of chars) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new InvalidArgumentError('Cancelled; nothing was changed.'));
        if (char === '\u007f') answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    stdin.on('data', onData);
  });
}

runCli(main, (error, message) => (error instanceof TypeError ? `${message}\n\n${USAGE}` : message));
