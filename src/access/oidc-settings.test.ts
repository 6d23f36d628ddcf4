import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseOidcSettings, readOidcSettings } from './oidc-settings.ts';

const VALID = {
  issuer: 'https://login.testdorp.nl/realms/gemeente',
  clientId: 'msd',
  redirectUri: 'https://monitor.testdorp.nl/login/oidc/callback',
  organisation: 'Gemeente Testdorp',
  roleClaim: 'roles',
  roleMapping: { 'msd-beleid': 'policy', 'msd-beheer': 'admin' },
};

describe('single sign-on settings (oidc.json)', () => {
  it('normalises a valid file with defaults for the username claim', () => {
    const settings = normaliseOidcSettings(VALID, ' geheim\n', 'oidc.json');
    expect(settings).toMatchObject({
      issuer: VALID.issuer,
      clientId: 'msd',
      clientSecret: 'geheim',
      organisation: 'Gemeente Testdorp',
      usernameClaim: 'preferred_username',
      roleClaim: 'roles',
    });
    expect([...settings.roleMapping]).toEqual([
      ['msd-beleid', 'policy'],
      ['msd-beheer', 'admin'],
    ]);
  });

  it('names the file and the fault in Dutch', () => {
    expect(() => normaliseOidcSettings({ ...VALID, clientId: '' }, 'x', '/d/oidc.json')).toThrow(
      'De instelling voor inloggen met de organisatie (/d/oidc.json) klopt niet: veld "clientId" ontbreekt of is leeg.',
    );
    expect(() => normaliseOidcSettings({ ...VALID, issuer: 'ftp://x' }, 'x', 'oidc.json')).toThrow(
      '"issuer" is geen http(s)-adres',
    );
    expect(() =>
      normaliseOidcSettings({ ...VALID, roleMapping: { iedereen: 'superuser' } }, 'x', 'oidc.json'),
    ).toThrow('roleMapping "iedereen" wijst naar onbekende rol "superuser"');
    expect(() => normaliseOidcSettings(VALID, undefined, 'oidc.json')).toThrow(
      'geen clientgeheim: zet MSD_OIDC_CLIENT_SECRET of clientSecretFile (nooit op de opdrachtregel)',
    );
  });

  it('reads the secret from the environment or from clientSecretFile, and is off without the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-oidc-'));
    try {
      expect(await readOidcSettings(dir, {})).toBeUndefined();
      await writeFile(join(dir, 'secret'), 'uit-bestand\n');
      await writeFile(
        join(dir, 'oidc.json'),
        JSON.stringify({ ...VALID, clientSecretFile: join(dir, 'secret') }),
      );
      expect((await readOidcSettings(dir, {}))?.clientSecret).toBe('uit-bestand');
      expect((await readOidcSettings(dir, { MSD_OIDC_CLIENT_SECRET: 'uit-omgeving' }))?.clientSecret).toBe(
        'uit-omgeving',
      );
      await writeFile(join(dir, 'oidc.json'), '{ kapot');
      await expect(readOidcSettings(dir, {})).rejects.toThrow(/oidc\.json\) klopt niet: niet te lezen/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
