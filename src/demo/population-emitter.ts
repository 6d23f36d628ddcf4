/** @module Writes the BRP-like population counts (bevolking.csv), households per wijk (huishoudens.csv) and the postcode table (postcodes.csv). */

import { join } from 'node:path';
import { CsvFileWriter } from './csv-file-writer.ts';
import { dayOf, isoOf } from './day-calendar.ts';
import type { DemoAreas } from './demo-options.ts';
import { GENDERS } from './person-table.ts';
import type { World } from './population-simulator.ts';

export const MAX_AGE = 105;

export interface EmittedFile {
  readonly file: string;
  readonly kind: string;
  readonly rows: number;
}

/** Population by wijk, age (0–105, 105 = 105 and older) and gender, and households by wijk, on 1 January of each year. */
export function emitPopulation(
  world: World,
  areas: DemoAreas,
  fromYear: number,
  toYear: number,
  dir: string,
): EmittedFile[] {
  const { persons, addresses } = world;
  const wijken = areas.wijken.length;
  const people = new CsvFileWriter(join(dir, 'bevolking.csv'), [
    'peildatum',
    'wijk',
    'leeftijd',
    'geslacht',
    'aantal',
  ]);
  const homes = new CsvFileWriter(join(dir, 'huishoudens.csv'), ['peildatum', 'wijk', 'aantal']);
  for (let year = fromYear; year <= toYear + 1; year++) {
    const day = dayOf(year);
    const peildatum = isoOf(day);
    const counts = new Int32Array(wijken * (MAX_AGE + 1) * 2);
    const occupied = new Uint8Array(addresses.count);
    const households = new Int32Array(wijken);
    for (let p = 0; p < persons.count; p++) {
      if (!persons.isPresent(p, day)) continue;
      const address = persons.addressAt(p, day);
      const wijk = addresses.wijkOf[address] ?? 0;
      const age = Math.min(MAX_AGE, persons.ageAt(p, day));
      const cell = (wijk * (MAX_AGE + 1) + age) * 2 + (persons.gender[p] ?? 0);
      counts[cell] = (counts[cell] ?? 0) + 1;
      if (occupied[address] === 0) {
        occupied[address] = 1;
        households[wijk] = (households[wijk] ?? 0) + 1;
      }
    }
    areas.wijken.forEach((w, wijk) => {
      for (let age = 0; age <= MAX_AGE; age++)
        for (let g = 0; g < 2; g++) {
          const n = counts[(wijk * (MAX_AGE + 1) + age) * 2 + g] ?? 0;
          if (n > 0) people.plainRow([peildatum, w.code, age, GENDERS[g] ?? 'M', n]);
        }
      homes.plainRow([peildatum, w.code, households[wijk] ?? 0]);
    });
  }
  const postcodes = new CsvFileWriter(join(dir, 'postcodes.csv'), ['postcode', 'wijk', 'buurt']);
  for (const pc of addresses.postcodes)
    postcodes.plainRow([pc.postcode, areas.wijken[pc.wijk]?.code ?? '', '']);
  return [
    { file: 'bevolking.csv', kind: 'population', rows: people.close() },
    { file: 'huishoudens.csv', kind: 'households', rows: homes.close() },
    { file: 'postcodes.csv', kind: 'postcodes', rows: postcodes.close() },
  ];
}
