/** @module Writes the provisions as iJw / iWmo messages with their claims (323 messages, older ones in declaraties.csv), and benefit periods (uitkeringen.csv). */

import { join } from 'node:path';
import { emitEpisodeClaims, CLAIM_HEADER, type ClaimContext } from './claim-emitter.ts';
import { CsvFileWriter } from './csv-file-writer.ts';
import { OPEN_END, isoOf, yearOfDay } from './day-calendar.ts';
import { HOUSE_ADDITIONS, HOUSE_LETTERS } from './address-plan.ts';
import type { Benefit } from './benefit-simulator.ts';
import type { Episode } from './episode-planner.ts';
import type { EmittedFile } from './population-emitter.ts';
import type { World } from './population-simulator.ts';
import type { Reintegration } from './reintegration-simulator.ts';
import type { SeededRandom } from './seeded-random.ts';
import type { DemoMessageEmitter } from './message-emitter.ts';

export const BENEFIT_HEADER = [
  'bsn',
  'geboortedatum',
  'geslacht',
  'postcode',
  'huisnummer',
  'huisletter',
  'toevoeging',
  'regeling',
  'uitkeringsnummer',
  'begindatum',
  'einddatum',
  'reden_uitstroom',
  'instelling_of_dakloos',
] as const;

/** JZ588 codes for care ended by plan or early; 36–39 exist only from 2021/2022. */
const YOUTH_END_CODES: ReadonlyArray<readonly [string, number, number]> = [
  ['31', 0.62, 2015],
  ['32', 0.08, 2015],
  ['33', 0.04, 2015],
  ['34', 0.12, 2015],
  ['35', 0.03, 2015],
  ['37', 0.02, 2021],
  ['38', 0.05, 2022],
  ['39', 0.04, 2022],
];
/** WMO588 codes. */
const SUPPORT_END_CODES: ReadonlyArray<readonly [string, number, number]> = [
  ['19', 0.45, 2015],
  ['21', 0.05, 2015],
  ['22', 0.03, 2015],
  ['23', 0.12, 2015],
  ['36', 0.1, 2021],
  ['38', 0.05, 2022],
  ['39', 0.2, 2022],
];

function endCode(random: SeededRandom, e: Episode, year: number): string {
  if (e.endReason === 'death') return '02';
  if (e.endReason === 'moved') return e.law === 'jeugd' ? '35' : '31';
  if (e.endReason === 'age') return '31';
  const codes = (e.law === 'jeugd' ? YOUTH_END_CODES : SUPPORT_END_CODES).filter((c) => c[2] <= year);
  return codes[random.weighted(codes.map((c) => c[1]))]?.[0] ?? '';
}

/** Birth date, gender (a few records carry O, unknown) and address on a day, as a case system shows them. */
function personFields(world: World, random: SeededRandom, person: number, day: number): string[] {
  const { persons, addresses } = world;
  const address = persons.addressAt(person, Math.max(day, world.firstDay));
  const gender = random.chance(0.002) ? 'O' : persons.gender[person] === 1 ? 'V' : 'M';
  return [
    String(persons.birth[person] !== undefined ? isoOf(persons.birth[person]) : ''),
    gender,
    addresses.postcodes[addresses.postcodeOf[address] ?? 0]?.postcode ?? '',
    String(addresses.houseNumber[address] ?? ''),
    HOUSE_LETTERS[addresses.houseLetter[address] ?? 0] ?? '',
    HOUSE_ADDITIONS[addresses.addition[address] ?? 0] ?? '',
  ];
}

export interface ClaimSource {
  readonly context: ClaimContext;
  readonly rates: ReadonlyArray<ReadonlyArray<number>>;
}

/**
 * Youth allocations first, then Wmo, as iJw / iWmo messages (301, 305, 307). Claims whose product period passes
 * `claimsAsXml` become 323 messages, the others go to declaraties.csv (the history a municipality migrates).
 */
export async function emitProvisions(
  world: World,
  youth: ReadonlyArray<Episode>,
  support: ReadonlyArray<Episode>,
  youthClaims: ClaimSource,
  supportClaims: ClaimSource,
  random: SeededRandom,
  messages: DemoMessageEmitter,
  claimsAsXml: (periodStart: string) => boolean,
  dir: string,
): Promise<EmittedFile[]> {
  const claimLines = new CsvFileWriter(join(dir, 'declaraties.csv'), CLAIM_HEADER);
  const claimSink = messages.claimSink(claimLines, claimsAsXml);
  for (const [episodes, { context, rates }] of [
    [youth, youthClaims],
    [support, supportClaims],
  ] as const) {
    for (const e of episodes) {
      const ended = e.begin >= 0 && e.end !== OPEN_END && e.end < context.deliveryDay;
      const person = personFields(world, random, e.person, e.begin >= 0 ? e.begin : e.allocationDay);
      const reason = ended ? endCode(random, e, yearOfDay(e.end)) : '';
      const agb = context.providers[e.provider]?.agb ?? '';
      messages.allocation(e, agb, context.bsnOf(e.person), person, ended, reason);
      emitEpisodeClaims(context, rates, e, claimSink);
      const wait = messages.backpressure();
      if (wait !== undefined) await wait;
    }
  }
  const csvRows = claimLines.close();
  return [...(await messages.close()), { file: 'declaraties.csv', kind: 'claims', rows: csvRows }];
}

export function emitBenefits(
  world: World,
  benefits: ReadonlyArray<Benefit>,
  bsnOf: (person: number) => string,
  random: SeededRandom,
  dir: string,
): EmittedFile {
  const out = new CsvFileWriter(join(dir, 'uitkeringen.csv'), BENEFIT_HEADER);
  for (const b of benefits)
    out.plainRow([
      bsnOf(b.person),
      ...personFields(world, random, b.person, b.begin),
      b.scheme,
      b.number,
      isoOf(b.begin),
      b.end === OPEN_END ? '' : isoOf(b.end),
      b.exitReason,
      b.institutionOrHomeless ? 'J' : 'N',
    ]);
  return { file: 'uitkeringen.csv', kind: 'benefits', rows: out.close() };
}

const REINTEGRATION_HEADER = [
  'bsn',
  'instrumentcode',
  'instrumentnaam',
  'begindatum',
  'einddatum',
  'reden_einde',
];

/** The re-integration export of a case system (msd standard profile `msd-standaard-re-integratie`). */
export function emitReintegration(
  reintegrations: ReadonlyArray<Reintegration>,
  bsnOf: (person: number) => string,
  dir: string,
): EmittedFile {
  const out = new CsvFileWriter(join(dir, 're-integratie.csv'), REINTEGRATION_HEADER);
  for (const r of reintegrations)
    out.plainRow([
      bsnOf(r.person),
      r.instrument.code,
      r.instrument.name,
      isoOf(r.begin),
      r.end === OPEN_END ? '' : isoOf(r.end),
      r.endReason,
    ]);
  return { file: 're-integratie.csv', kind: 'reintegrations', rows: out.close() };
}
