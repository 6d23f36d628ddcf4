/**
 * @module Programme cost-benefit (KBA/SROI): costs and valued results per year and actor over a horizon, corrected
 * for deadweight, attribution, displacement and drop-off, discounted to present values; NPV, ratio and payback year.
 */
import { pricesInYear, roundCents } from './price-list.ts';
import { ACTORS, type Actor, type ProgrammeDocument, type ProgrammeResult } from './social-return-model.ts';

export interface ProgrammeTotals {
  readonly pvCosts: number;
  readonly pvBenefits: number;
  readonly npv: number;
  /** pvBenefits / pvCosts (SROI ratio), null without costs. */
  readonly ratio: number | null;
  /** The first year in which the cumulative present value of benefits reaches that of costs; null within the horizon. */
  readonly paybackYear: number | null;
}

export interface ProgrammeYear {
  readonly year: number;
  readonly discountFactor: number;
  readonly costs: number;
  readonly benefits: number;
  readonly cumulativeNpv: number;
}

export interface ProgrammeResultLine {
  readonly label: string;
  readonly code: string;
  readonly indicator: string | null;
  /** Count after deadweight, attribution and displacement. */
  readonly netCount: number;
  readonly pvBenefits: number;
}

export interface ProgrammeCalculation {
  readonly totals: ProgrammeTotals;
  readonly byActor: readonly {
    readonly actor: Actor;
    readonly pvCosts: number;
    readonly pvBenefits: number;
    readonly npv: number;
  }[];
  readonly years: readonly ProgrammeYear[];
  readonly results: readonly ProgrammeResultLine[];
}

/** Present-value factor of year t (1-based): year 1 is the present, later years are discounted by (1 + r)^(t − 1). */
export const discountFactor = (rate: number, year: number): number => 1 / (1 + rate) ** (year - 1);

/** The share of a result that the intervention itself causes: (1 − deadweight)(1 − attribution)(1 − displacement). */
export const impactShare = (
  r: Pick<ProgrammeResult, 'deadweight' | 'attribution' | 'displacement'>,
): number => (1 - r.deadweight) * (1 - r.attribution) * (1 - r.displacement);

/**
 * Undiscounted value (cents, unrounded) of one result per year 1..horizon: count × price × impact share in year 1,
 * declining by the drop-off each later year for its duration; with a first-year share f, f of each year's value
 * lands in that year and the rest one year later (what lands after the horizon is not counted).
 */
export function resultFlows(result: ProgrammeResult, priceCents: number, horizon: number): number[] {
  const earned = Array.from({ length: horizon + 1 }, (_, i) =>
    i < Math.min(result.durationYears, horizon)
      ? result.count * priceCents * impactShare(result) * (1 - result.dropOff) ** i
      : 0,
  );
  const f = result.firstYearShare ?? 1;
  return Array.from(
    { length: horizon },
    (_, i) => f * (earned[i] ?? 0) + (i > 0 ? (1 - f) * (earned[i - 1] ?? 0) : 0),
  );
}

type ActorFlows = Map<Actor, { costs: number[]; benefits: number[] }>;

function flowsOf(doc: ProgrammeDocument): ActorFlows {
  const horizon = doc.horizonYears;
  const prices = pricesInYear(doc.priceList, doc.priceYear);
  const actorOf = new Map(doc.priceList.items.map((item) => [item.code, item.actor]));
  const flows: ActorFlows = new Map();
  const entry = (actor: Actor) => {
    let e = flows.get(actor);
    if (!e)
      flows.set(
        actor,
        (e = { costs: Array<number>(horizon).fill(0), benefits: Array<number>(horizon).fill(0) }),
      );
    return e;
  };
  for (const cost of doc.costs) {
    const e = entry(cost.actor);
    if (cost.kind === 'eenmalig') e.costs[0]! += cost.amountCents;
    else for (let t = 0; t < horizon; t++) e.costs[t]! += cost.amountCents;
  }
  for (const result of doc.results) {
    const flow = resultFlows(result, prices.get(result.code) ?? 0, horizon);
    const split: [Actor, number][] =
      result.municipalShare === null
        ? [[actorOf.get(result.code) ?? 'overig', 1]]
        : [
            ['gemeente', result.municipalShare],
            ['overig', 1 - result.municipalShare],
          ];
    for (const [actor, share] of split) {
      if (share === 0) continue;
      const e = entry(actor);
      flow.forEach((value, t) => (e.benefits[t]! += value * share));
    }
  }
  return flows;
}

const presentValue = (flow: readonly number[], rate: number): number =>
  flow.reduce((sum, value, t) => sum + value * discountFactor(rate, t + 1), 0);

/**
 * The programme's result. Present values are computed unrounded and rounded to whole cents once per actor; the
 * totals are the sums of the rounded actor values, so a report's columns add up exactly.
 */
export function calculateProgramme(doc: ProgrammeDocument): ProgrammeCalculation {
  const flows = flowsOf(doc);
  const rate = doc.discountRate;
  const byActor = ACTORS.filter((actor) => flows.has(actor)).map((actor) => {
    const f = flows.get(actor)!;
    const pvCosts = roundCents(presentValue(f.costs, rate));
    const pvBenefits = roundCents(presentValue(f.benefits, rate));
    return { actor, pvCosts, pvBenefits, npv: pvBenefits - pvCosts };
  });
  const pvCosts = byActor.reduce((s, a) => s + a.pvCosts, 0);
  const pvBenefits = byActor.reduce((s, a) => s + a.pvBenefits, 0);
  const years: ProgrammeYear[] = [];
  let cumulative = 0;
  let paybackYear: number | null = null;
  for (let t = 0; t < doc.horizonYears; t++) {
    const factor = discountFactor(rate, t + 1);
    let costs = 0;
    let benefits = 0;
    for (const f of flows.values()) {
      costs += f.costs[t] ?? 0;
      benefits += f.benefits[t] ?? 0;
    }
    cumulative += (benefits - costs) * factor;
    // A tolerance of half a cent keeps rounding noise from moving the payback year.
    if (paybackYear === null && cumulative >= -0.5) paybackYear = t + 1;
    years.push({
      year: t + 1,
      discountFactor: factor,
      costs: roundCents(costs),
      benefits: roundCents(benefits),
      cumulativeNpv: roundCents(cumulative),
    });
  }
  const prices = pricesInYear(doc.priceList, doc.priceYear);
  return {
    totals: {
      pvCosts,
      pvBenefits,
      npv: pvBenefits - pvCosts,
      ratio: pvCosts === 0 ? null : pvBenefits / pvCosts,
      paybackYear,
    },
    byActor,
    years,
    results: doc.results.map((result) => ({
      label: result.label,
      code: result.code,
      indicator: result.indicator,
      netCount: result.count * impactShare(result),
      pvBenefits: roundCents(
        presentValue(resultFlows(result, prices.get(result.code) ?? 0, doc.horizonYears), rate),
      ),
    })),
  };
}
