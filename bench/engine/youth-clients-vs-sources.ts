/** @module Compares `youth.clients` per care type and year in a demo's cube with the plain-code count of the demo's own source files (demo-source-analysis.ts: age < 23 on the first day in the year, from the exact birth date): `node bin/run-ts.js bench/engine/youth-clients-vs-sources.ts --data <demo data folder>`. */
import { join } from 'node:path';
import { analyseDemoSources } from '../../src/demo/demo-source-analysis.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';

const i = process.argv.indexOf('--data');
const data = i >= 0 ? process.argv[i + 1] : undefined;
if (data === undefined) throw new Error('usage: youth-clients-vs-sources.ts --data <demo data folder>');

const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const figures = await analyseDemoSources(join(data, 'demo-bronbestanden'), years, 2019);
const store = await DuckDbStore.open(join(data, 'msd.duckdb'));
try {
  const rows = await store.all<{ period: string; type: string; value: number }>(
    `SELECT period, breakdown_value AS type, value FROM indicator_value
     WHERE indicator = 'youth.clients' AND breakdown_key = 'careType' AND area = 'GM0637' AND length(period) = 4`,
  );
  // The analysis names care types in camelCase (zonderVerblijf), the cube as labels (zonder verblijf).
  const key = (type: string, year: number | string): string =>
    `${type.replace(/ /g, '').toLowerCase()}|${year}`;
  const engine = new Map(rows.map((r) => [key(r.type, r.period), r.value]));
  console.log('| care type | year | engine | source files | difference |\n|---|---:|---:|---:|---:|');
  let differing = 0;
  for (const [type, perYear] of Object.entries(figures.youthClients))
    for (const year of years) {
      const expected = perYear[year] ?? 0;
      const actual = engine.get(key(type, year)) ?? 0;
      if (actual !== expected) differing++;
      console.log(`| ${type} | ${year} | ${actual} | ${expected} | ${actual - expected} |`);
    }
  console.log(`\n${differing} of ${Object.keys(figures.youthClients).length * years.length} cells differ.`);
} finally {
  store.close();
}
