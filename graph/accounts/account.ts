import { z } from 'zod';
import { InvalidArgumentError } from '../errors';
import { ROLES } from './role';

/**
 * One person's account. The password is kept only as a KDF hash (see password.ts). `credentialsChangedAt`
 * moves whenever the password or role changes: a session issued before it is no longer honoured, so a
 * reset password or a demoted editor takes effect at once on every device.
 */
export const accountSchema = z
  .object({
    name: z.string(),
    role: z.enum(ROLES),
    passwordHash: z.string().min(1),
    createdAt: z.iso.datetime(),
    credentialsChangedAt: z.iso.datetime(),
  })
  .strict();
export type Account = z.infer<typeof accountSchema>;

/** What `list()` shows: never the hash. */
export type AccountSummary = Omit<Account, 'passwordHash'>;

/**
 * The name of the editor the one-time local sign-in link signs in (see app/server/auth/local-link.ts). It
 * is not an account, so no account may take it: the audit trail must tell the two apart.
 */
export const LOCAL_EDITOR_NAME = 'local';

const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * An account name as stored: trimmed and lower-cased (names are compared case-insensitively), 1..64 of
 * a-z 0-9 . _ - starting with a letter or digit. Throws InvalidArgumentError saying how to fix it.
 */
export function normalizeAccountName(name: string): string {
  const normalized = name.trim().toLowerCase();
  if (!NAME_PATTERN.test(normalized)) {
    throw new InvalidArgumentError(
      `Account name ${JSON.stringify(name)}: use 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit.`,
    );
  }
  return normalized;
}

/** Like normalizeAccountName, and also refuses the name the local sign-in link uses. */
export function newAccountName(name: string): string {
  const normalized = normalizeAccountName(name);
  if (normalized === LOCAL_EDITOR_NAME) {
    throw new InvalidArgumentError(
      `Account name "${LOCAL_EDITOR_NAME}" is kept for the one-time local sign-in link; choose another name.`,
    );
  }
  return normalized;
}

export function summaryOf(account: Account): AccountSummary {
  const { name, role, createdAt, credentialsChangedAt } = account;
  return { name, role, createdAt, credentialsChangedAt };
}
