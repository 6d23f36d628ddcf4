/**
 * @module Who a single sign-on login is in the monitor: the username from the configured claim, the role from the
 * claim/group mapping (the highest mapped role), else the role an admin assigned. A first-time user without a
 * mapped role is stored as a disabled account without password, so that an admin sees it in `msd users list`
 * and can give it a role (`msd users set-role`, `msd users enable`); until then the login is refused.
 */
import type { SqlStore } from '../store/sql-store.ts';
import { systemClock, type Clock } from './clock.ts';
import type { OidcClaims } from './oidc-login.ts';
import type { OidcSettings } from './oidc-settings.ts';
import { ROLES, type Role } from './roles.ts';
import { addUser, findUser, setDisabled, setRole } from './user-store.ts';

export type SsoOutcome =
  | { readonly kind: 'ok'; readonly username: string; readonly role: Role }
  | { readonly kind: 'no-role'; readonly username: string }
  | { readonly kind: 'disabled'; readonly username: string }
  | { readonly kind: 'no-username' };

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** Pure: the username the claims give, lower-cased, or undefined when none fits the account name rules. */
export function ssoUsername(claims: OidcClaims, settings: OidcSettings): string | undefined {
  for (const claim of [settings.usernameClaim, 'email']) {
    const value = claims[claim];
    if (typeof value === 'string' && USERNAME.test(value.trim().toLowerCase()))
      return value.trim().toLowerCase();
  }
  return undefined;
}

/** Pure: the highest role the configured mapping gives for the role claim (a string or a list), if any. */
export function mappedRole(claims: OidcClaims, settings: OidcSettings): Role | undefined {
  const raw = claims[settings.roleClaim];
  const groups = (Array.isArray(raw) ? raw : [raw]).filter((g): g is string => typeof g === 'string');
  let best: Role | undefined;
  for (const group of groups) {
    const role = settings.roleMapping.get(group);
    if (role && (best === undefined || ROLES.indexOf(role) > ROLES.indexOf(best))) best = role;
  }
  return best;
}

/** Resolves (and where needed creates or updates) the account of a verified single sign-on login. */
export async function resolveSsoAccount(
  store: SqlStore,
  settings: OidcSettings,
  claims: OidcClaims,
  clock: Clock = systemClock,
): Promise<SsoOutcome> {
  const username = ssoUsername(claims, settings);
  if (!username) return { kind: 'no-username' };
  const mapped = mappedRole(claims, settings);
  const existing = await findUser(store, username);
  if (!existing) {
    // Unmapped newcomers wait, disabled, for an admin; a mapped one starts working at once.
    await addUser(store, { username, role: mapped ?? 'viewer' }, clock);
    if (!mapped) {
      await setDisabled(store, username, true, clock);
      return { kind: 'no-role', username };
    }
    return { kind: 'ok', username, role: mapped };
  }
  if (existing.disabled)
    return { kind: existing.passwordHash === null && !mapped ? 'no-role' : 'disabled', username };
  // The identity provider's groups are the source of truth when they map; otherwise the admin's assignment holds.
  if (mapped && mapped !== existing.role) await setRole(store, username, mapped, clock);
  return { kind: 'ok', username, role: mapped ?? existing.role };
}
