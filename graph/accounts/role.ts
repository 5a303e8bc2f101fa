/**
 * Who may do what. Readers look (anonymous visitors are readers unless NEWSGRAPH_READ_ACCESS=login),
 * editors also write to the graph (import, article review, merges, any future write), admins also manage
 * accounts. Each role can do everything the roles before it can: one ordered list says it once.
 */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `role` may do what `needed` may (admin ⊇ editor ⊇ reader). */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
