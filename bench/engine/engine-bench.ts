/** @module Engine benchmark: synthetic canonical data generated in SQL at run time (scale via MSD_BENCH_PERSONS), full cube timed. */
import { computeCube } from '../../src/engine/cube-builder.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';

const persons = Number(process.env.MSD_BENCH_PERSONS ?? 100_000);
const store = await DuckDbStore.open(':memory:');
await migrate(store);
const t0 = Date.now();
await store.run(`
  INSERT INTO meta VALUES ('delivery_date', '2023-03-31'), ('gemeente', 'GM9999');
  INSERT INTO person SELECT 'p' || i, CAST(1940 + i % 80 AS VARCHAR) || '-' || lpad(CAST(1 + i % 12 AS VARCHAR), 2, '0'),
    CASE WHEN i % 2 = 0 THEN 'female' ELSE 'male' END FROM range(${persons}) t(i);
  INSERT INTO residence SELECT 'p' || i, DATE '2000-01-01', NULL, CASE WHEN i % 13 = 0 THEN NULL ELSE 'WK9999' || lpad(CAST(i % 12 AS VARCHAR), 2, '0') END,
    'GM9999', 'h' || (i // 2), 'bench', 1 FROM range(${persons}) t(i);
  INSERT INTO provision SELECT 'v' || i, 'p' || (i * 7 % ${persons}), CASE WHEN i % 3 = 0 THEN 'support' ELSE 'youth' END,
    CASE WHEN i % 3 = 0 THEN lpad(CAST(1 + i % 18 AS VARCHAR), 2, '0') ELSE CAST(40 + i % 16 AS VARCHAR) END, 'P',
    'A' || (i % 50), 'T' || i, NULL, DATE '2019-01-01' + CAST(i % 1400 AS INTEGER),
    CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2019-01-01' + CAST(i % 1400 + 30 + i % 400 AS INTEGER) END,
    CAST(31 + i % 5 AS VARCHAR), 'started', 'bench', 1 FROM range(${Math.round(persons * 0.15)}) t(i);
  INSERT INTO claim SELECT 'c' || i, 'p' || (i % ${Math.round(persons * 0.15)} * 7 % ${persons}), CASE WHEN i % 3 = 0 THEN 'support' ELSE 'youth' END, NULL,
    CAST(40 + i % 16 AS VARCHAR), 'P', 'A' || (i % 50), DATE '2019-01-01' + CAST(30 * (i % 48) AS INTEGER),
    DATE '2019-01-01' + CAST(30 * (i % 48) + 29 AS INTEGER), 1, 'uur', 1000 + i % 5000, 'D', NULL, 1
    FROM range(${persons * 11}) t(i);
  INSERT INTO benefit SELECT 'b' || i, 'p' || (i * 11 % ${persons}), 'h' || (i * 11 % ${persons} // 2), 'PW',
    DATE '2018-01-01' + CAST(i % 1800 AS INTEGER), CASE WHEN i % 3 = 0 THEN NULL ELSE DATE '2018-01-01' + CAST(i % 1800 + 200 AS INTEGER) END,
    'werk', false, 1 FROM range(${Math.round(persons * 0.03)}) t(i);
`);
console.log(`generated ${persons} persons (${persons * 11} claims) in ${Date.now() - t0} ms`);
const result = await computeCube(store);
console.log(`full cube: ${result.rows} rows, ${result.indicators} indicators, ${result.ms} ms`);
store.close();
