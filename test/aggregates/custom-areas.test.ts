/** @module Custom areas (gebieden of Zoetermeer): validation messages, storage in area + area_member, replacement, listing, and the engine computing them. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CustomAreaError,
  defineCustomAreasFromFile,
  listAreas,
} from '../../src/ingest/aggregates/custom-areas.ts';
import { AGGREGATES, withZoetermeer } from './aggregates-helpers.ts';

describe('msd areas define', () => {
  it('stores gebieden as custom areas of the gemeente with their wijken and summed inhabitants', async () => {
    await withZoetermeer(async (store) => {
      const result = await defineCustomAreasFromFile(
        store,
        join(AGGREGATES, 'gebieden-zoetermeer.json'),
        'GM0637',
      );
      expect(result).toEqual({ created: ['GEBIED-NOORD', 'GEBIED-ZUID'], replaced: [] });
      const custom = (await listAreas(store)).filter((a) => a.level === 'custom');
      // Meerzicht 15,915 + Seghwaert 16,385 + Noordhove 8,315; Rokkeveen 20,725 + Oosterheem 23,730 (CBS 2024).
      expect(custom).toEqual([
        {
          code: 'GEBIED-NOORD',
          name: 'Zoetermeer-Noord',
          level: 'custom',
          parent: 'GM0637',
          inhabitants: 40615,
          members: 'WK063701 WK063703 WK063704',
        },
        {
          code: 'GEBIED-ZUID',
          name: 'Zoetermeer-Zuid',
          level: 'custom',
          parent: 'GM0637',
          inhabitants: 44455,
          members: 'WK063705 WK063706',
        },
      ]);
    });
  });

  it('replaces a re-defined area and keeps the others (CSV, one line per member)', async () => {
    await withZoetermeer(async (store) => {
      await defineCustomAreasFromFile(store, join(AGGREGATES, 'gebieden-zoetermeer.json'), 'GM0637');
      const result = await defineCustomAreasFromFile(
        store,
        join(AGGREGATES, 'gebieden-zoetermeer.csv'),
        'GM0637',
      );
      expect(result).toEqual({ created: ['GEBIED-CENTRUM'], replaced: ['GEBIED-NOORD'] });
      const custom = (await listAreas(store)).filter((a) => a.level === 'custom');
      expect(custom.map((a) => [a.code, a.name, a.members])).toEqual([
        ['GEBIED-CENTRUM', 'Centrum en Buytenwegh', 'WK063700 WK063702'],
        ['GEBIED-NOORD', 'Noord (herzien)', 'WK063701 WK063703'],
        ['GEBIED-ZUID', 'Zoetermeer-Zuid', 'WK063705 WK063706'],
      ]);
      const [members] = await store.all<{ n: number }>('SELECT count(*) AS n FROM area_member');
      expect(members?.n).toBe(6);
    });
  });

  it('lists every problem: CBS-like code, unknown wijk, duplicate code, other gemeente, missing name and members', async () => {
    await withZoetermeer(async (store) => {
      const error = await defineCustomAreasFromFile(
        store,
        join(AGGREGATES, 'gebieden-fouten.json'),
        'GM0637',
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CustomAreaError);
      expect((error as CustomAreaError).problems).toEqual([
        'area WK063799: code WK063799 looks like a CBS code (GM/WK/BU); choose another, e.g. KERN-01',
        'area GEBIED-A: member WK063777 is an unknown wijk of GM0637',
        'area GEBIED-A: code GEBIED-A is defined twice',
        'area GEBIED-B: member WK063800 belongs to another gemeente (GM0638), not GM0637',
        'area GEBIED-C: name is missing',
        'area GEBIED-C: members is missing or empty (list wijk or buurt codes)',
      ]);
      expect((await listAreas(store)).filter((a) => a.level === 'custom')).toEqual([]);
    });
  });
});
