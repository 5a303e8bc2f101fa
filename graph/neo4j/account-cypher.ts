import type { NoParams, Params, Statement } from './cypher';
import { statement } from './cypher';

/**
 * The account store's Cypher statements (see account-store.ts), linted with the adapter's others in
 * cypher.test.ts. Accounts are `(:NewsgraphAccount {name, role, passwordHash, createdAt,
 * credentialsChangedAt})`, all strings; the label is ours alone, so CLEAR (which removes entities and
 * documents) never touches them.
 */

export const ACCOUNT_PROPERTIES = [
  'name',
  'role',
  'passwordHash',
  'createdAt',
  'credentialsChangedAt',
] as const;

export const ACCOUNT_NAME_CONSTRAINT = statement<NoParams>(`
CREATE CONSTRAINT newsgraph_account_name IF NOT EXISTS FOR (a:NewsgraphAccount) REQUIRE a.name IS UNIQUE
`);

export const LIST_ACCOUNTS = statement<NoParams>(`
MATCH (a:NewsgraphAccount)
RETURN a { .name, .role, .passwordHash, .createdAt, .credentialsChangedAt } AS account
ORDER BY a.name
`);

export const GET_ACCOUNT = statement<{ name: string }>(`
MATCH (a:NewsgraphAccount {name: $name})
RETURN a { .name, .role, .passwordHash, .createdAt, .credentialsChangedAt } AS account
`);

/** One row, `created` 0 when the name was taken (the constraint also refuses a concurrent twin). */
export const ADD_ACCOUNT = statement<{ account: Params }>(`
OPTIONAL MATCH (old:NewsgraphAccount {name: $account.name})
WITH old
CALL (old) {
  WITH old WHERE old IS NULL
  CREATE (a:NewsgraphAccount)
  SET a.name = $account.name,
      a.role = $account.role,
      a.passwordHash = $account.passwordHash,
      a.createdAt = $account.createdAt,
      a.credentialsChangedAt = $account.credentialsChangedAt
  RETURN count(a) AS made
}
RETURN made AS created
`);

/** `role` and `passwordHash` may be null: that field is left as it is. */
export const UPDATE_ACCOUNT = statement<{
  name: string;
  role: string | null;
  passwordHash: string | null;
  at: string;
}>(`
MATCH (a:NewsgraphAccount {name: $name})
SET a.role = coalesce($role, a.role),
    a.passwordHash = coalesce($passwordHash, a.passwordHash),
    a.credentialsChangedAt = $at
RETURN a { .name, .role, .passwordHash, .createdAt, .credentialsChangedAt } AS account
`);

export const REMOVE_ACCOUNT = statement<{ name: string }>(`
MATCH (a:NewsgraphAccount {name: $name})
DELETE a
RETURN count(*) AS removed
`);

/** For cypher.test.ts. */
export const ACCOUNT_STATEMENTS: ReadonlyArray<{ name: string; statement: Statement<Params> }> = [
  { name: 'ACCOUNT_NAME_CONSTRAINT', statement: ACCOUNT_NAME_CONSTRAINT },
  { name: 'LIST_ACCOUNTS', statement: LIST_ACCOUNTS },
  { name: 'GET_ACCOUNT', statement: GET_ACCOUNT },
  { name: 'ADD_ACCOUNT', statement: ADD_ACCOUNT },
  { name: 'UPDATE_ACCOUNT', statement: UPDATE_ACCOUNT },
  { name: 'REMOVE_ACCOUNT', statement: REMOVE_ACCOUNT },
];
