/** @module The four roles of privacy.md §5 and what each may reach: a role includes everything of the roles before it. */

/** In rising order of rights: viewer < policy < analyst < admin. */
export const ROLES = ['viewer', 'policy', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a route declares (Fastify route `config.access`): a role, `public` (only valid on the allow-list in
 * route-access.ts) or `local` (the CLI hand-off: loopback plus the data folder's secret, never a browser).
 */
export type RouteAccess = Role | 'public' | 'local';

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** True when `role` has at least the rights of `required`. */
export const roleAllows = (role: Role, required: Role): boolean =>
  ROLES.indexOf(role) >= ROLES.indexOf(required);
