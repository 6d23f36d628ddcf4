/**
 * @module Single sign-on settings: `<data>/oidc.json` read and normalised (issuer, client id, the public callback
 * address, organisation name, username claim, role claim and its mapping). The client secret never comes from the
 * file itself or the command line: from `MSD_OIDC_CLIENT_SECRET` or the file `clientSecretFile` names.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AccessError } from '../errors.ts';
import { t } from '../views/messages.ts';
import { isRole, type Role } from './roles.ts';

export const OIDC_SETTINGS_FILE = 'oidc.json';
export const OIDC_SECRET_ENV = 'MSD_OIDC_CLIENT_SECRET';

export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The callback as the browser reaches it: `https://<public host>/login/oidc/callback`. */
  readonly redirectUri: string;
  /** Shown on the login page: "Inloggen met <organisation>". */
  readonly organisation: string;
  /** The claim that becomes the username (default `preferred_username`, then `email`). */
  readonly usernameClaim: string;
  /** The claim holding the groups or roles (a string or a list of strings; default `groups`). */
  readonly roleClaim: string;
  /** Group value → role; the highest mapped role wins. Unmapped users wait for an admin to assign one. */
  readonly roleMapping: ReadonlyMap<string, Role>;
}

const refuse = (file: string, reason: string): AccessError =>
  new AccessError(t('ssoConfigInvalid', { file, reason }));

const text = (raw: Record<string, unknown>, field: string, file: string): string => {
  const value = raw[field];
  if (typeof value !== 'string' || value.trim() === '')
    throw refuse(file, t('ssoConfigMissingField', { field }));
  return value.trim();
};

const httpUrl = (raw: Record<string, unknown>, field: string, file: string): string => {
  const value = text(raw, field, file);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse(file, t('ssoConfigBadUrl', { field }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw refuse(file, t('ssoConfigBadUrl', { field }));
  return value;
};

/** Pure: the settings from the parsed file and the secret; every fault named with the file and the field. */
export function normaliseOidcSettings(raw: unknown, secret: string | undefined, file: string): OidcSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw refuse(file, t('ssoConfigMissingField', { field: 'issuer' }));
  const record = raw as Record<string, unknown>;
  const mapping = new Map<string, Role>();
  const rawMapping = record.roleMapping;
  if (typeof rawMapping === 'object' && rawMapping !== null) {
    for (const [group, role] of Object.entries(rawMapping)) {
      if (typeof role !== 'string' || !isRole(role))
        throw refuse(file, t('ssoConfigBadRole', { group, role: String(role) }));
      mapping.set(group, role);
    }
  }
  if (secret === undefined || secret.trim() === '') throw refuse(file, t('ssoConfigNoSecret'));
  const optional = (field: string, fallback: string) =>
    typeof record[field] === 'string' && record[field] !== '' ? String(record[field]) : fallback;
  return {
    issuer: httpUrl(record, 'issuer', file),
    clientId: text(record, 'clientId', file),
    clientSecret: secret.trim(),
    redirectUri: httpUrl(record, 'redirectUri', file),
    organisation: text(record, 'organisation', file),
    usernameClaim: optional('usernameClaim', 'preferred_username'),
    roleClaim: optional('roleClaim', 'groups'),
    roleMapping: mapping,
  };
}

/** The settings of a data folder, or undefined when it has no `oidc.json` (single sign-on off). */
export async function readOidcSettings(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OidcSettings | undefined> {
  const file = join(dataDir, OIDC_SETTINGS_FILE);
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refuse(file, t('ssoConfigUnreadable', { reason: (error as Error).message }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (error) {
    throw refuse(file, t('ssoConfigUnreadable', { reason: (error as Error).message }));
  }
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  let secret = env[OIDC_SECRET_ENV];
  if (secret === undefined && typeof record.clientSecretFile === 'string') {
    try {
      secret = await readFile(record.clientSecretFile, 'utf8');
    } catch (error) {
      throw refuse(record.clientSecretFile, t('ssoConfigUnreadable', { reason: (error as Error).message }));
    }
  }
  return normaliseOidcSettings(raw, secret, file);
}
