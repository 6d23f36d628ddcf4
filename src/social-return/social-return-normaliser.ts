/**
 * @module Normalises a social-return workbook (XLSX sheets or YAML sections, both as rows of named cells) into a
 * validated document; every problem names sheet, row and column, and one problem refuses the whole document.
 */
import {
  ACTORS,
  CASE_KINDS,
  COST_KINDS,
  DOCUMENT_KINDS,
  PERCENT_ASSUMPTIONS,
  SITUATIONS,
  type Actor,
  type CaseRecord,
  type CountSource,
  type DocumentHeader,
  type GoalTreeNodes,
  type ItemQuantity,
  type PriceItem,
  type PriceList,
  type ProgrammeCost,
  type ProgrammeResult,
  type SensitivityRange,
  type Situation,
  type SocialReturnDocument,
} from './social-return-model.ts';
import { REASON } from './social-return-reasons.ts';
import { assumptionsOf } from './sensitivity-analysis.ts';
import {
  countKey,
  RowReader,
  SHEET_NAMES,
  text,
  type CubeCounts,
  type Problem,
  type RawRow,
  type RawWorkbook,
} from './social-return-sheets.ts';

export type NormaliseOutcome =
  | { readonly ok: true; readonly document: SocialReturnDocument }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const NO_COUNTS: CubeCounts = { values: new Map(), defaultArea: '' };

/** The Dutch standard discount rate for cost-benefit analyses since 1 January 2021, used when none is given. */
export const DUTCH_DISCOUNT_RATE = 0.0225;

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** A case id is a pseudonym or number: at least one digit, no spaces (so a plain name is refused). */
const CASE_ID = /^(?=.*\d)[A-Za-z0-9_.-]{1,32}$/;

function readPriceList(book: RawWorkbook, problems: Problem[], priceYear: number | undefined): PriceList {
  const items: PriceItem[] = [];
  const seen = new Set<string>();
  const rows = book['prijslijst'] ?? [];
  if (rows.length === 0)
    problems.push({
      position: { sheet: SHEET_NAMES.prijslijst, row: null, column: null },
      reason: REASON.noRows,
    });
  const index = new Map<number, number>();
  for (const raw of book['indexcijfers'] ?? []) {
    const r = new RowReader('indexcijfers', raw, problems);
    const year = r.year('jaar');
    const value = r.number('index');
    if (year !== undefined && typeof value === 'number') index.set(year, value);
  }
  for (const raw of rows) {
    const r = new RowReader('prijslijst', raw, problems);
    const code = r.text('code');
    const item = {
      description: r.text('omschrijving'),
      unit: r.text('eenheid'),
      priceCents: r.cents('prijs'),
      priceYear: r.year('prijsjaar'),
      actor: r.choice<Actor>('actor', ACTORS),
      source: r.text('bron'),
    };
    if (code !== undefined && seen.has(code)) r.fail('code', REASON.duplicateItem(code));
    if (code !== undefined) seen.add(code);
    if (priceYear !== undefined && item.priceYear !== undefined && item.priceYear !== priceYear) {
      const from = index.get(item.priceYear);
      if (from === undefined || from <= 0 || index.get(priceYear) === undefined)
        r.fail('prijsjaar', REASON.noIndex(code ?? '?', item.priceYear, priceYear));
    }
    if (code !== undefined && Object.values(item).every((v) => v !== undefined))
      items.push({ code, ...(item as Omit<PriceItem, 'code'>) });
  }
  return { items, index };
}

function readCases(book: RawWorkbook, problems: Problem[], codes: ReadonlySet<string>): CaseRecord[] {
  const cases = new Map<
    string,
    {
      kind: CaseRecord['kind'];
      before: number | null;
      after: number | null;
      lines: Record<Situation, ItemQuantity[]>;
    }
  >();
  const caseRows = book['casussen'] ?? [];
  if (caseRows.length === 0)
    problems.push({
      position: { sheet: SHEET_NAMES.casussen, row: null, column: null },
      reason: REASON.noRows,
    });
  for (const raw of caseRows) {
    const r = new RowReader('casussen', raw, problems);
    const id = r.text('casus');
    const kind = r.choice('soort', CASE_KINDS);
    const scale = (column: string) => {
      const value = r.number(column, { decimals: 1, empty: null });
      if (typeof value === 'number' && (value < 1 || value > 10))
        return r.fail(column, REASON.scaleOutOfRange(text(raw.cells[column])));
      return value;
    };
    const before = scale('welbevinden_voor');
    const after = scale('welbevinden_na');
    if (id === undefined) continue;
    if (!CASE_ID.test(id)) r.fail('casus', REASON.nameLikeCaseId(id));
    else if (cases.has(id)) r.fail('casus', REASON.duplicateCase(id));
    else if (kind !== undefined && before !== undefined && after !== undefined)
      cases.set(id, { kind, before, after, lines: { huidig: [], zonder: [], na: [], eenmalig: [] } });
  }
  for (const raw of book['posten'] ?? []) {
    const r = new RowReader('posten', raw, problems);
    const id = r.text('casus');
    const situation = r.choice('situatie', SITUATIONS);
    const code = r.text('code');
    const quantity = r.number('aantal', { decimals: 2 });
    if (code !== undefined && !codes.has(code)) r.fail('code', REASON.unknownItem(code));
    const target = id === undefined ? undefined : cases.get(id);
    if (
      id !== undefined &&
      target === undefined &&
      CASE_ID.test(id) &&
      !caseRows.some((c) => text(c.cells['casus']) === id)
    )
      r.fail('casus', REASON.unknownCase(id));
    if (target && situation && code !== undefined && codes.has(code) && typeof quantity === 'number')
      target.lines[situation].push({ code, hundredths: Math.round(quantity * 100) });
  }
  return [...cases].map(([id, c]) => ({
    id,
    kind: c.kind,
    lines: c.lines,
    wellbeingBefore: c.before,
    wellbeingAfter: c.after,
  }));
}

function readCosts(book: RawWorkbook, problems: Problem[]): ProgrammeCost[] {
  const costs: ProgrammeCost[] = [];
  for (const raw of book['kosten'] ?? []) {
    const r = new RowReader('kosten', raw, problems);
    const cost = {
      label: r.text('omschrijving'),
      kind: r.choice('soort', COST_KINDS),
      amountCents: r.cents('bedrag'),
      actor: r.choice<Actor>('actor', ACTORS),
    };
    if (Object.values(cost).every((v) => v !== undefined)) costs.push(cost as ProgrammeCost);
  }
  return costs;
}

function readResults(
  book: RawWorkbook,
  problems: Problem[],
  codes: ReadonlySet<string>,
  indicators: ReadonlySet<string>,
  horizon: number | undefined,
  counts: CubeCounts,
): ProgrammeResult[] {
  const results: ProgrammeResult[] = [];
  const rows = book['resultaten'] ?? [];
  if (rows.length === 0)
    problems.push({
      position: { sheet: SHEET_NAMES.resultaten, row: null, column: null },
      reason: REASON.noResults,
    });
  for (const raw of rows) {
    const r = new RowReader('resultaten', raw, problems);
    const code = r.text('code');
    if (code !== undefined && !codes.has(code)) r.fail('code', REASON.unknownItem(code));
    const indicator = r.text('indicator', false);
    if (indicator && !indicators.has(indicator)) r.fail('indicator', REASON.unknownIndicator(indicator));
    const duration = r.number('looptijd', { decimals: 0, empty: 1 });
    if (typeof duration === 'number' && horizon !== undefined && duration > horizon)
      r.fail('looptijd', REASON.durationBeyondHorizon(duration, horizon));
    if (duration === 0) r.fail('looptijd', REASON.notInList('0', ['1', '2', '…']));
    const period = r.text('periode', false);
    let count: number | null | undefined;
    let countFrom: CountSource | null = null;
    if (text(raw.cells['aantal']) === '' && indicator && period) {
      // The count comes from the monitor's own figures: the exact value of the indicator in that period and area.
      const area = r.text('gebied', false) || counts.defaultArea;
      countFrom = { indicator, period, area };
      count = counts.values.get(countKey(indicator, period, area));
      if (count === undefined || count === null)
        count = indicators.has(indicator)
          ? r.fail('aantal', REASON.noCubeValue(indicator, period, area))
          : undefined;
      else if (count < 0) count = r.fail('aantal', REASON.negative(String(count)));
    } else count = r.number('aantal', { decimals: 4 });
    const result = {
      label: r.text('resultaat'),
      code,
      count,
      indicator: indicator || null,
      countFrom,
      durationYears: duration,
      deadweight: r.share('deadweight', 0),
      attribution: r.share('toerekening', 0),
      displacement: r.share('verplaatsing', 0),
      dropOff: r.share('afname', 0),
      municipalShare: r.share('aandeel_gemeente', null),
      firstYearShare: r.share('aandeel_eerste_jaar', null),
    };
    if (Object.values(result).every((v) => v !== undefined) && codes.has(code ?? ''))
      results.push(result as ProgrammeResult);
  }
  return results;
}

function readRanges(book: RawWorkbook, problems: Problem[]): { raw: RawRow; range: SensitivityRange }[] {
  const ranges: { raw: RawRow; range: SensitivityRange }[] = [];
  for (const raw of book['gevoeligheid'] ?? []) {
    const r = new RowReader('gevoeligheid', raw, problems);
    const assumption = r.text('aanname');
    const low = r.number('laag', { negative: true });
    const high = r.number('hoog', { negative: true });
    if (assumption === undefined || typeof low !== 'number' || typeof high !== 'number') continue;
    if (low > high) r.fail('laag', REASON.lowAboveHigh);
    else ranges.push({ raw, range: { assumption, low, high } });
  }
  return ranges;
}

/** Users enter shares and the discount rate in percent and costs in euros; the model keeps fractions and cents. */
function rangeInModelUnits(assumption: string, value: number): number {
  const key = assumption.split(':')[0] ?? '';
  if (PERCENT_ASSUMPTIONS.includes(key)) return value / 100;
  if (key === 'kosten') return Math.round(value * 100);
  return value;
}

/** Every node named in `doelboom` must be an effect of the current goal tree. */
function checkGoalNodes(h: RowReader, ids: readonly string[], tree: GoalTreeNodes): void {
  for (const id of ids) {
    const node = tree.nodes.get(id);
    if (tree.version === null) h.fail('doelboom', REASON.noGoalTree(id));
    else if (node === undefined) h.fail('doelboom', REASON.unknownGoalNode(id, tree.version));
    else if (node.kind !== 'effect') h.fail('doelboom', REASON.goalNodeNotEffect(id, node.kind));
  }
}

/**
 * Normalises a workbook. `knownIndicators` are the indicator ids of the catalogue (standard and local); `goalTree`
 * the current goal tree's nodes (left out: `doelboom` is not checked, as for the template's price list). Nothing is
 * returned unless every row is valid: the caller stores all of it or nothing.
 */
export function normaliseWorkbook(
  book: RawWorkbook,
  knownIndicators: ReadonlySet<string>,
  counts: CubeCounts = NO_COUNTS,
  goalTree?: GoalTreeNodes,
): NormaliseOutcome {
  const problems: Problem[] = [];
  const headRows = book['analyse'] ?? [];
  const headRaw = headRows[0];
  if (headRaw === undefined)
    return {
      ok: false,
      problems: [
        { position: { sheet: SHEET_NAMES.analyse, row: null, column: null }, reason: REASON.noRows },
      ],
    };
  const h = new RowReader('analyse', headRaw, problems);
  const name = h.text('naam');
  if (name !== undefined && !NAME.test(name)) h.fail('naam', REASON.badName(name));
  const kind = h.choice('soort', DOCUMENT_KINDS);
  const priceYear = h.year('prijsjaar');
  const indicators = h.list('indicatoren');
  for (const id of indicators)
    if (!knownIndicators.has(id)) h.fail('indicatoren', REASON.unknownIndicator(id));
  const goalNodes = h.list('doelboom');
  if (goalTree) checkGoalNodes(h, goalNodes, goalTree);
  const header = {
    name,
    title: h.text('titel'),
    priceYear,
    note: h.text('toelichting', false),
    goalNodes,
    indicators,
  };
  const priceList = readPriceList(book, problems, priceYear);
  const codes = new Set(priceList.items.map((item) => item.code));
  let document: SocialReturnDocument | undefined;
  const complete = (o: typeof header): o is DocumentHeader & typeof header =>
    Object.values(o).every((v) => v !== undefined);
  if (kind === 'prijslijst' && complete(header)) document = { ...header, kind, priceList };
  if (kind === 'casusanalyse') {
    const cases = readCases(book, problems, codes);
    if (complete(header)) document = { ...header, kind, priceList, cases };
  }
  if (kind === 'programma') {
    const horizon = h.number('horizon', { decimals: 0 });
    if (horizon === 0) h.fail('horizon', REASON.notInList('0', ['1', '2', '…']));
    const rate = h.share('disconteringsvoet', null);
    const costs = readCosts(book, problems);
    const results = readResults(
      book,
      problems,
      codes,
      knownIndicators,
      typeof horizon === 'number' ? horizon : undefined,
      counts,
    );
    const ranges = readRanges(book, problems);
    if (complete(header) && typeof horizon === 'number' && horizon > 0 && rate !== undefined) {
      const draft = {
        ...header,
        kind,
        priceList,
        horizonYears: horizon,
        discountRate: rate ?? DUTCH_DISCOUNT_RATE,
        costs,
        results,
        ranges: [],
      };
      const ids = new Set(assumptionsOf(draft).map((a) => a.id));
      for (const { raw, range } of ranges)
        if (!ids.has(range.assumption))
          new RowReader('gevoeligheid', raw, problems).fail(
            'aanname',
            REASON.unknownAssumption(range.assumption),
          );
      document = {
        ...draft,
        ranges: ranges.map(({ range }) => ({
          ...range,
          low: rangeInModelUnits(range.assumption, range.low),
          high: rangeInModelUnits(range.assumption, range.high),
        })),
      };
    }
  }
  if (problems.length > 0 || document === undefined) return { ok: false, problems };
  return { ok: true, document };
}
