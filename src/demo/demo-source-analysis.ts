/**
 * @module Recomputes headline figures from the emitted CSV files and message archives with plain code (no store, no engine): the calibration check
 * the demo tests run and print. Independent of the generator's internals on purpose.
 */

import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CARE_TYPE_OF_CATEGORY, type YouthCareType } from './calibration-targets.ts';
import { readDemoMessages } from './demo-message-reader.ts';

export type Row = Record<string, string>;

/** Streams the rows of one export file as objects keyed by the header. */
export async function forEachRow(file: string, visit: (row: Row) => void): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let header: string[] | undefined;
  for await (const line of lines) {
    const fields = line.split(';');
    if (header === undefined) {
      header = fields;
      continue;
    }
    const row: Row = {};
    header.forEach((name, i) => (row[name] = fields[i] ?? ''));
    visit(row);
  }
}

const ageOn = (birth: string, day: string): number =>
  Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);
const overlapsYear = (begin: string, end: string, year: number): boolean =>
  begin !== '' && begin <= `${year}-12-31` && (end === '' || end >= `${year}-01-01`);
const householdKey = (r: Row): string => `${r.postcode}|${r.huisnummer}|${r.huisletter}|${r.toevoeging}`;
const lastDay = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

export interface DemoFigures {
  /** Unique youths (age < 23 on their first day in the year) per careType per year. */
  readonly youthClients: Record<string, Record<number, number>>;
  /** Costs (euro, debit − credit, by product period start) per careType per year. */
  readonly youthCosts: Record<string, Record<number, number>>;
  readonly youthInflow: Record<number, number>;
  readonly youthContinuing: Record<number, number>;
  readonly supportClients: Record<number, number>;
  readonly supportClients75plus: Record<number, number>;
  readonly supportCosts: Record<number, number>;
  readonly population: Record<string, number>;
  /** Participatiewet stock (all / under 27), IOAW and IOAZ on the last day of each month of `benefitYear`. */
  readonly benefitStock: Record<
    string,
    { pw: number; under27: number; ioaw: number; ioaz: number; inflow: number; outflow: number }
  >;
  readonly households: { year: number; withProvision: number; multiLaw: number; multiLawCostShare: number };
}

/** Reads a demo folder and computes the figures the calibration test asserts. */
export async function analyseDemoSources(
  dir: string,
  years: ReadonlyArray<number>,
  benefitYear: number,
): Promise<DemoFigures> {
  const youthClients: Record<string, Record<number, Set<string>>> = {};
  const youthYear = new Map<string, Set<number>>();
  const firstYouth = new Map<string, string>();
  const support: Record<number, Set<string>> = {};
  const support75: Record<number, Set<string>> = {};
  const allocationLaw = new Map<string, { law: string; household: string; careType?: YouthCareType }>();
  const householdLaws = new Map<string, Set<string>>();
  const hhYear = benefitYear;
  const addLaw = (key: string, law: string): void => {
    let set = householdLaws.get(key);
    if (set === undefined) householdLaws.set(key, (set = new Set()));
    set.add(law);
  };

  const messages = await readDemoMessages(dir);
  const visitProvision = (r: Row): void => {
    const begin = r.begindatum ?? '';
    const end = r.einddatum ?? '';
    const bsn = r.bsn ?? '';
    const careType = r.wet === 'jeugd' ? CARE_TYPE_OF_CATEGORY[r.productcategorie ?? ''] : undefined;
    allocationLaw.set(r.toewijzingnummer ?? '', {
      law: r.wet ?? '',
      household: householdKey(r),
      ...(careType === undefined ? {} : { careType }),
    });
    if (begin === '') return;
    if (overlapsYear(begin, end, hhYear)) addLaw(householdKey(r), r.wet ?? '');
    for (const year of years) {
      if (!overlapsYear(begin, end, year)) continue;
      const firstDay = begin > `${year}-01-01` ? begin : `${year}-01-01`;
      const age = ageOn(r.geboortedatum ?? '', firstDay);
      if (r.wet === 'jeugd' && careType !== undefined && age < 23) {
        ((youthClients[careType] ??= {})[year] ??= new Set()).add(bsn);
      }
      if (r.wet === 'wmo') {
        (support[year] ??= new Set()).add(bsn);
        if (age >= 75) (support75[year] ??= new Set()).add(bsn);
      }
    }
    if (r.wet === 'jeugd') {
      const known = firstYouth.get(bsn);
      if (known === undefined || begin < known) firstYouth.set(bsn, begin);
      let ys = youthYear.get(bsn);
      if (ys === undefined) youthYear.set(bsn, (ys = new Set()));
      const to = Number((end === '' ? '9999' : end).slice(0, 4));
      for (let y = Number(begin.slice(0, 4)); y <= Math.min(to, 2100) && y <= Math.max(...years) + 20; y++)
        ys.add(y);
    }
  };
  for (const r of messages.provisions) visitProvision(r);

  const youthCosts: Record<string, Record<number, number>> = {};
  const supportCosts: Record<number, number> = {};
  const costByHousehold = new Map<string, number>();
  let costTotal = 0;
  const visitClaim = (r: Row): void => {
    const year = Number((r.periode_begin ?? '').slice(0, 4));
    const euro = (Number(r.bedrag_cent) / 100) * (r.debet_credit === 'C' ? -1 : 1);
    const allocation = allocationLaw.get(r.toewijzingnummer ?? '');
    if (r.wet === 'jeugd') {
      const careType = CARE_TYPE_OF_CATEGORY[r.productcategorie ?? ''] ?? 'overig';
      const perYear = (youthCosts[careType] ??= {});
      perYear[year] = (perYear[year] ?? 0) + euro;
    } else supportCosts[year] = (supportCosts[year] ?? 0) + euro;
    if (year === hhYear && allocation !== undefined) {
      costByHousehold.set(allocation.household, (costByHousehold.get(allocation.household) ?? 0) + euro);
      costTotal += euro;
    }
  };
  await forEachRow(join(dir, 'declaraties.csv'), visitClaim);
  for (const r of messages.claims) visitClaim(r);

  const benefitStock: DemoFigures['benefitStock'] = {};
  const benefits: Row[] = [];
  await forEachRow(join(dir, 'uitkeringen.csv'), (r) => {
    benefits.push(r);
    if (overlapsYear(r.begindatum ?? '', r.einddatum ?? '', hhYear)) addLaw(householdKey(r), 'participatie');
  });
  for (let month = 1; month <= 12; month++) {
    const day = lastDay(benefitYear, month);
    const first = `${day.slice(0, 8)}01`;
    const cell = { pw: 0, under27: 0, ioaw: 0, ioaz: 0, inflow: 0, outflow: 0 };
    for (const b of benefits) {
      const begin = b.begindatum ?? '';
      const end = b.einddatum ?? '';
      if (b.regeling === 'PW' && begin >= first && begin <= day) cell.inflow++;
      if (b.regeling === 'PW' && end >= first && end <= day) cell.outflow++;
      if (begin > day || (end !== '' && end < day)) continue;
      if (b.regeling === 'PW') {
        cell.pw++;
        if (ageOn(b.geboortedatum ?? '', day) < 27) cell.under27++;
      } else if (b.regeling === 'IOAW') cell.ioaw++;
      else if (b.regeling === 'IOAZ') cell.ioaz++;
    }
    benefitStock[day.slice(0, 7)] = cell;
  }

  const population: Record<string, number> = {};
  for (const line of readFileSync(join(dir, 'bevolking.csv'), 'utf8').trim().split('\n').slice(1)) {
    const [peildatum = '', , , , aantal = '0'] = line.split(';');
    population[peildatum] = (population[peildatum] ?? 0) + Number(aantal);
  }

  const inflow: Record<number, number> = {};
  for (const begin of firstYouth.values())
    inflow[Number(begin.slice(0, 4))] = (inflow[Number(begin.slice(0, 4))] ?? 0) + 1;
  const continuing: Record<number, number> = {};
  for (const ys of youthYear.values())
    for (const y of years) if (ys.has(y) && ys.has(y - 1)) continuing[y] = (continuing[y] ?? 0) + 1;

  let multiLaw = 0;
  let multiCost = 0;
  for (const [key, laws] of householdLaws)
    if (laws.size > 1) {
      multiLaw++;
      multiCost += costByHousehold.get(key) ?? 0;
    }
  const counts = (sets: Record<number, Set<string>>): Record<number, number> =>
    Object.fromEntries(Object.entries(sets).map(([y, s]) => [y, s.size]));
  return {
    youthClients: Object.fromEntries(
      Object.entries(youthClients).map(([t, perYear]) => [t, counts(perYear)]),
    ),
    youthCosts,
    youthInflow: inflow,
    youthContinuing: continuing,
    supportClients: counts(support),
    supportClients75plus: counts(support75),
    supportCosts,
    population,
    benefitStock,
    households: {
      year: hhYear,
      withProvision: householdLaws.size,
      multiLaw,
      multiLawCostShare: costTotal > 0 ? multiCost / costTotal : 0,
    },
  };
}
