/** @module Dutch quarantine and file reasons of aggregate imports (`msd values import`, `msd cbs import`); column names, ids and command options stay as they are. */
import type { PeriodKind } from '../../domain/period.ts';
import { fieldReason, shown } from '../field-reasons.ts';

const PERIOD_KIND_NAMES: Record<PeriodKind, string> = {
  year: 'jaar',
  half: 'halfjaar',
  quarter: 'kwartaal',
  month: 'maand',
};

/** Checks of one figure against the deployment (aggregate-row-check.ts). */
export const FIGURE = {
  indicatorEmpty: 'indicator is leeg',
  /** `id` is a catalogue id (mapping files) or a cell's text, shown only when shaped like an id. */
  unknownIndicator: (id: string) =>
    `onbekende indicator ${shown('identifier', id)}, definieer die eerst (msd indicators define)`,
  unknownIndicators: (ids: readonly string[]) =>
    `onbekende indicator ${ids.map((id) => shown('identifier', id)).join(', ')}, definieer die eerst (msd indicators define)`,
  periodEmpty: 'periode is leeg',
  notAPeriod: (text: string) =>
    `periode ${shown('period', text)} is geen periode (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)`,
  noPeriodsOfKind: (id: string, kind: PeriodKind, kinds: readonly PeriodKind[]) =>
    `${id} heeft geen cijfers per ${PERIOD_KIND_NAMES[kind]} (alleen per ${kinds.map((k) => PERIOD_KIND_NAMES[k]).join(', ')})`,
  areaEmpty: 'gebied is leeg',
  unknownArea: (area: string) =>
    `onbekend gebied ${shown('area', area)} (geen gebied van deze installatie en geen CBS-code)`,
  noValuesPerLevel: (id: string, level: string, levels: readonly string[]) =>
    `${id} heeft geen cijfers per ${level} (alleen per ${levels.join(', ')})`,
  breakdownValueWithoutKey: 'breakdown_value zonder breakdown_key',
  unknownBreakdown: (id: string, key: string, breakdowns: readonly string[]) =>
    `${id} heeft geen uitsplitsing ${shown('identifier', key)} (${breakdowns.length > 0 ? `alleen ${breakdowns.join(', ')}` : 'geen uitsplitsingen'})`,
  breakdownValueEmpty: (key: string) => `breakdown_value is leeg voor uitsplitsing ${key}`,
};

/** Reasons of one line of a values file (values-import.ts) or one cell of a CBS table (cbs-import.ts). */
export const LINE = {
  extraFields: 'meer velden dan de kopregel kolommen heeft',
  /** The cell's text is not shown: a number field may hold a mistyped BSN. */
  notANumber: (column: string) => fieldReason(column, 'is geen getal', 'number'),
  /** A figure that breaks a plausibility rule (plausibility-rules.ts). */
  implausible: (column: string, rule: string) => fieldReason(column, rule, 'number'),
  unknownUnit: (unit: string | undefined, units: readonly string[]) =>
    `onbekende eenheid ${shown('identifier', unit ?? '')} (gebruik ${units.join(', ')} of %)`,
  unitMismatch: (unit: string, id: string, expected: string) =>
    `eenheid ${unit} past niet bij de eenheid van ${id} (${expected})`,
  sourceEmpty: 'source is leeg (vul de kolom of geef --source op)',
  sourceReserved: 'source "computed" is gereserveerd voor berekende waarden',
  badStatus: (status: string | undefined) =>
    `status ${shown('identifier', status ?? '')} is niet provisional of final`,
};

/** Reasons that reject a whole file. */
export const AGGREGATE_FILE = {
  /** `expected` is the header to use, e.g. `indicator;period;area;value;…`. */
  expectedColumns: (expected: string) => `(verwacht: ${expected})`,
  tableLacksColumns: (columns: readonly string[], table: string) =>
    `de tabel heeft geen kolom ${columns.join(', ')} (mapping ${table})`,
  noPeriod: 'de mapping noemt geen periode of periodekolom; geef --period op',
  noMapping: 'geen meegeleverde mapping past bij de kolommen van deze tabel; geef --mapping <bestand> op',
  noGemeente: 'de installatie heeft nog geen gemeente (msd init --gemeente); of geef --all-areas op',
  tableId: 'moet een StatLine-tabelnummer zijn, zoals 85984NED',
  /** `problems` are the schema checker's own messages (zod's built-in ones stay English). */
  invalidMapping: (problems: string) => `mapping is ongeldig: ${problems}`,
  notOData: 'verwacht OData-JSON: een object met een array "value" met rijen',
  rowNotObject: 'rij is geen object',
};
