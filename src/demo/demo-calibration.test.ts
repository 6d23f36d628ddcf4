import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YOUTH_CLIENTS, YOUTH_COSTS, YOUTH_INFLOW, type YouthCareType } from './calibration-targets.ts';
import { analyseDemoSources, type DemoFigures } from './demo-source-analysis.ts';
import { DEFAULT_DEMO_OPTIONS } from './demo-options.ts';
import { emitDemoSources } from './emit-demo-sources.ts';
import { ZOETERMEER_AREAS } from './zoetermeer-areas.fixture.ts';

/** The four careTypes of the Zoetermeer table (seed-figures §A), checked for 2015–2018. */
const CALIBRATED: ReadonlyArray<YouthCareType> = [
  'zonderVerblijf',
  'metVerblijf',
  'jeugdbescherming',
  'jeugdreclassering',
];
const YEARS = [2015, 2016, 2017, 2018] as const;
const TOLERANCE = 0.15;

const dir = mkdtempSync(join(tmpdir(), 'msd-demo-m-'));
let figures: DemoFigures;
let seconds = 0;

beforeAll(async () => {
  const started = performance.now();
  await emitDemoSources(DEFAULT_DEMO_OPTIONS, ZOETERMEER_AREAS, dir);
  seconds = (performance.now() - started) / 1000;
  figures = await analyseDemoSources(
    dir,
    [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
    2019,
  );
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const within = (actual: number, expected: number): boolean =>
  Math.abs(actual - expected) <= TOLERANCE * expected;

describe('the M demo (Zoetermeer) against the published figures', () => {
  it('prints the calibration table', () => {
    const rows: string[] = [
      `M demo emitted in ${seconds.toFixed(1)} s`,
      'careType | year | youths (demo / Zoetermeer) | costs € (demo / Zoetermeer)',
    ];
    for (const type of CALIBRATED)
      for (const year of YEARS)
        rows.push(
          `${type} | ${year} | ${figures.youthClients[type]?.[year]} / ${YOUTH_CLIENTS[type][year]} | ${Math.round(figures.youthCosts[type]?.[year] ?? 0)} / ${YOUTH_COSTS[type][year]}`,
        );
    rows.push(
      `instroom ${YEARS.map((y) => `${y}: ${figures.youthInflow[y]} / ${YOUTH_INFLOW[y]}`).join(', ')}`,
    );
    rows.push(
      `doorstroom ${[2016, 2017, 2018].map((y) => `${y}: ${figures.youthContinuing[y]}`).join(', ')} (Zoetermeer 2,545; 3,058; 3,101)`,
    );
    const s = figures.benefitStock;
    rows.push(
      `P-wet 2019 stock Jan/Apr/Jul/Aug: ${['01', '04', '07', '08'].map((m) => `${s[`2019-${m}`]?.pw} (<27: ${s[`2019-${m}`]?.under27}, IOAW ${s[`2019-${m}`]?.ioaw}, IOAZ ${s[`2019-${m}`]?.ioaz}, in ${s[`2019-${m}`]?.inflow}, out ${s[`2019-${m}`]?.outflow})`).join('; ')}`,
    );
    const h = figures.households;
    rows.push(
      `households 2019 with a provision: ${h.withProvision}, more than one law: ${h.multiLaw} (${((100 * h.multiLaw) / h.withProvision).toFixed(1)} %), their share of youth+Wmo costs ${(100 * h.multiLawCostShare).toFixed(0)} %`,
    );
    const wmo = figures.supportClients[2019] ?? 0;
    rows.push(
      `Wmo clients 2019: ${wmo} (${((1000 * wmo) / (figures.population['2019-01-01'] ?? 1)).toFixed(1)} per 1,000; 75+: ${((100 * (figures.supportClients75plus[2019] ?? 0)) / wmo).toFixed(0)} %), population 2024-01-01: ${figures.population['2024-01-01']}`,
    );
    console.log(rows.join('\n'));
    expect(rows.length).toBeGreaterThan(16);
  });

  it('has unique youths per careType within 15 % of Zoetermeer 2015–2018, including the 2016 dip', () => {
    for (const type of CALIBRATED)
      for (const year of YEARS) {
        const actual = figures.youthClients[type]?.[year] ?? 0;
        expect(within(actual, YOUTH_CLIENTS[type][year] ?? 0), `${type} ${year}: ${actual}`).toBe(true);
      }
    expect(figures.youthClients.jeugdbescherming?.[2016]).toBeLessThan(
      (figures.youthClients.jeugdbescherming?.[2015] ?? 0) * 0.7,
    );
    expect(figures.youthClients.jeugdreclassering?.[2016]).toBeLessThan(
      (figures.youthClients.jeugdreclassering?.[2015] ?? 0) * 0.7,
    );
  });

  it('has youth costs per careType within 15 % of Zoetermeer 2015–2018', () => {
    for (const type of CALIBRATED)
      for (const year of YEARS) {
        const actual = figures.youthCosts[type]?.[year] ?? 0;
        expect(within(actual, YOUTH_COSTS[type][year] ?? 0), `${type} ${year}: ${Math.round(actual)}`).toBe(
          true,
        );
      }
  });

  it('has falling instroom 2015 → 2018 and rising doorstroom 2016 → 2018', () => {
    const inflow = YEARS.map((y) => figures.youthInflow[y] ?? 0);
    for (let i = 1; i < inflow.length; i++) expect(inflow[i]).toBeLessThan(inflow[i - 1] ?? 0);
    expect(figures.youthContinuing[2018]).toBeGreaterThan(figures.youthContinuing[2016] ?? Infinity);
  });

  it('has a Participatiewet stock of 2,400–3,000 on the 2019 reference dates, about 10 % under 27', () => {
    for (const month of ['01', '04', '07', '08']) {
      const cell = figures.benefitStock[`2019-${month}`];
      expect(cell?.pw).toBeGreaterThanOrEqual(2400);
      expect(cell?.pw).toBeLessThanOrEqual(3000);
      expect((cell?.under27 ?? 0) / (cell?.pw ?? 1)).toBeGreaterThan(0.06);
      expect((cell?.under27 ?? 0) / (cell?.pw ?? 1)).toBeLessThan(0.14);
    }
  });

  it('has 10–20 % of households with provisions from more than one law', () => {
    const share = figures.households.multiLaw / figures.households.withProvision;
    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.2);
  });

  it('has a population on 1 January 2024 within 3 % of 128,434', () => {
    expect(Math.abs((figures.population['2024-01-01'] ?? 0) - 128_434) / 128_434).toBeLessThan(0.03);
  });

  it('has 60–70 Wmo clients per 1,000 inhabitants in 2019, mostly aged 75 and over', () => {
    const clients = figures.supportClients[2019] ?? 0;
    const per1000 = (1000 * clients) / (figures.population['2019-01-01'] ?? 1);
    expect(per1000).toBeGreaterThanOrEqual(55);
    expect(per1000).toBeLessThanOrEqual(75);
    expect((figures.supportClients75plus[2019] ?? 0) / clients).toBeGreaterThan(0.5);
  });
});
