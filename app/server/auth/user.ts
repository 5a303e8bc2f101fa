import type { Role } from '@/graph/accounts/role';

/** Who is making a request, as the server sees it after checking the session. */
export interface User {
  /** The account's name, or `local` for the editor the one-time local sign-in link signed in. */
  name: string;
  role: Role;
  /** How they signed in. */
  via: 'password' | 'local-link';
}
