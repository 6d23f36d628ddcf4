import { describe, expect, it } from 'vitest';
import { sourceKindName } from '../../src/views/messages.ts';
import { createWebServer } from '../../src/web/server.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { loginAs } from '../helpers/login.ts';

describe('source kinds by name', () => {
  it('names every kind the batch log stores, in Dutch and English', () => {
    expect(
      [
        'istandaard',
        'csv:msd-standaard-declaraties',
        'csv:msd-standaard-uitkeringen',
        'csv:msd-standaard-voorzieningen',
        'csv:msd-standaard-bevolking',
        'csv:msd-standaard-huishoudens',
        'csv:msd-standaard-postcodes',
        'csv:leverancier-x',
        'cbs:85984NED',
        'values',
        'unknown',
        'iets-nieuws',
      ].map((source) => sourceKindName(source)),
    ).toEqual([
      'iJw/iWmo-berichten',
      'Declaraties (CSV)',
      'Uitkeringen (CSV)',
      'Voorzieningen (CSV)',
      'Bevolking (CSV)',
      'Huishoudens (CSV)',
      'Postcodetabel (CSV)',
      'CSV-export (profiel leverancier-x)',
      'CBS-tabel 85984NED',
      'Geïmporteerde cijfers (CSV)',
      'Niet herkend bestand',
      'Onbekende soort (iets-nieuws)',
    ]);
    expect(sourceKindName('csv:msd-standaard-declaraties', 'en')).toBe('Claims (CSV)');
  });

  it('shows them on /data instead of the stored ids', async () => {
    await withFixtureDb(async (store) => {
      const sources = ['istandaard', 'csv:msd-standaard-declaraties', 'cbs:85984NED'];
      for (const [i, source] of sources.entries()) {
        await store.run(
          "INSERT INTO batch VALUES (?, ?, ?, ?, TIMESTAMP '2026-02-15 10:00:00', 'test', 'stored', ?)",
          [i + 1, source, `bestand-${i + 1}`, `sha-${i}`, JSON.stringify({ read: 3, stored: 3 })],
        );
      }
      const web = createWebServer({ store, version: 'test' });
      const { headers } = await loginAs(store, 'analyst');
      const page = (await web.inject({ url: '/data', headers })).body;
      const cells = [...page.matchAll(/<td class="utrecht-table__cell">([^<]*)<\/td>/g)].map((m) => m[1]);
      expect(cells).toContain('iJw/iWmo-berichten');
      expect(cells).toContain('Declaraties (CSV)');
      expect(cells).toContain('CBS-tabel 85984NED');
      expect(page).not.toContain('csv:msd-standaard-declaraties');
      expect(page).not.toContain('>istandaard<');
      await web.close();
    });
  });
});
