/** @module Entry point of the demo generator: builds the synthetic municipality and writes its source files (msd standard export) to a folder. */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulateBenefits } from './benefit-simulator.ts';
import { YOUTH_INFLOW, valueForYear } from './calibration-targets.ts';
import { dailyRates, type ClaimContext } from './claim-emitter.ts';
import { dayFromIso, dayOf } from './day-calendar.ts';
import { sizeScale, type DemoAreas, type DemoOptions } from './demo-options.ts';
import { planEpisodes, type PlanContext } from './episode-planner.ts';
import { formatBsn } from './bsn-generator.ts';
import { emitPopulation, type EmittedFile } from './population-emitter.ts';
import { simulatePopulation } from './population-simulator.ts';
import { benefitAnchors, buildPriorityPools, supportAnchors } from './priority-pools.ts';
import { SUPPORT_TYPE_SPECS, YOUTH_TYPE_SPECS } from './provision-types.ts';
import { buildProviderCatalogue } from './provider-catalogue.ts';
import { DemoMessageEmitter } from './message-emitter.ts';
import { emitBenefits, emitProvisions, emitReintegration } from './record-emitter.ts';
import { simulateReintegration } from './reintegration-simulator.ts';
import { SeededRandom } from './seeded-random.ts';

export type { EmittedFile } from './population-emitter.ts';

export const DEMO_FORMAT = 'msd-standard-export';
export const DEMO_FORMAT_VERSION = 3;

/**
 * Generates the demo municipality for `options` and writes bevolking, huishoudens, postcodes, uitkeringen,
 * re-integratie and the claim history (CSV), the youth and Wmo message traffic as yearly iJw / iWmo zip archives (301, 305, 307 and the
 * last year's 323; every 323 with `allXml`) and manifest.json into `dir`. Same options, same bytes.
 */
export async function emitDemoSources(
  options: DemoOptions,
  areas: DemoAreas,
  dir: string,
): Promise<EmittedFile[]> {
  mkdirSync(dir, { recursive: true });
  const root = new SeededRandom(options.seed, 'demo');
  const scale = sizeScale(options.size, areas);
  const { fromYear, toYear } = options;
  const deliveryDay = dayFromIso(options.deliveryDate);

  const world = simulatePopulation(options, areas, root.fork('world'));
  const files: EmittedFile[] = emitPopulation(world, areas, fromYear, toYear, dir);
  const bsnOf = (person: number): string => formatBsn(world.persons.bsn[person] ?? 0);

  const benefits = simulateBenefits(world, root.fork('benefits'), scale, fromYear, toYear);
  const providers = buildProviderCatalogue(YOUTH_TYPE_SPECS, SUPPORT_TYPE_SPECS, root.fork('providers'));
  const allocationRandom = root.fork('allocation-numbers');
  let allocationNumber = 100_000_000 + allocationRandom.int(50_000_000);
  const nextAllocationNumber = (): number => (allocationNumber += 1 + allocationRandom.int(3));
  const base: Omit<PlanContext, 'random' | 'pools' | 'carriedIn'> = {
    world,
    providers,
    scale,
    fromYear,
    toYear,
    nextAllocationNumber,
  };

  const benefitPools = buildPriorityPools(world, benefitAnchors(benefits), fromYear, toYear);
  const support = planEpisodes(
    { ...base, random: root.fork('support'), pools: benefitPools, carriedIn: 'history' },
    SUPPORT_TYPE_SPECS,
  );
  const youthPools = buildPriorityPools(
    world,
    [...benefitAnchors(benefits), ...supportAnchors(world, support.episodes)],
    fromYear,
    toYear,
  );
  const youth = planEpisodes(
    {
      ...base,
      random: root.fork('youth'),
      pools: youthPools,
      carriedIn: 'transition',
      inflow: (year) => valueForYear(YOUTH_INFLOW, year),
    },
    YOUTH_TYPE_SPECS,
  );

  const claimContext = (label: string, specs: ClaimContext['specs']): ClaimContext => ({
    specs,
    providers: providers.providers,
    random: root.fork(label),
    fromYear,
    toYear,
    deliveryDay,
    scale,
    bsnOf,
  });
  const youthClaims = claimContext('youth-claims', YOUTH_TYPE_SPECS);
  const supportClaims = claimContext('support-claims', SUPPORT_TYPE_SPECS);
  const messages = new DemoMessageEmitter(dir, areas.gemeente.code.slice(2), dayOf(fromYear), deliveryDay);
  const lastYear = `${toYear}-01-01`;
  files.push(
    ...(await emitProvisions(
      world,
      youth.episodes,
      support.episodes,
      { context: youthClaims, rates: dailyRates(youthClaims, youth.episodes) },
      { context: supportClaims, rates: dailyRates(supportClaims, support.episodes) },
      root.fork('records'),
      messages,
      options.allXml === true ? () => true : (periodStart) => periodStart >= lastYear,
      dir,
    )),
  );
  files.push(emitBenefits(world, benefits, bsnOf, root.fork('benefit-records'), dir));
  const reintegration = simulateReintegration(
    world,
    benefits,
    root.fork('reintegration'),
    scale,
    fromYear,
    // The case system is exported with the benefits, which the demo simulates up to the end of `toYear`.
    Math.min(deliveryDay, dayOf(toYear + 1) - 1),
  );
  files.push(emitReintegration(reintegration, bsnOf, dir));

  const manifest = {
    format: DEMO_FORMAT,
    version: DEMO_FORMAT_VERSION,
    gemeente: areas.gemeente,
    wijken: areas.wijken.map((w) => ({ code: w.code, name: w.name })),
    seed: options.seed,
    size: options.size,
    fromYear,
    toYear,
    deliveryDate: options.deliveryDate,
    ...(options.allXml === true ? { allXml: true } : {}),
    files,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return [...files, { file: 'manifest.json', kind: 'manifest', rows: 1 }];
}
