/** @module Dutch texts of the steering layer: why a goal tree, target or narrative is refused, why a node has its status, and the words of generated sentences (one place, like the ingest reasons modules). */
import { formatDutch } from './dutch-number.ts';
import type { PeriodKind } from './period.ts';

const PERIOD_KIND_NL: Record<PeriodKind, string> = {
  year: 'jaren',
  half: 'halfjaren',
  quarter: 'kwartalen',
  month: 'maanden',
};

const KIND_NL: Record<string, string> = {
  vision: 'de visie',
  goal: 'een hoofddoel',
  effect: 'een maatschappelijk effect',
  indicator: 'een indicator',
};

// --- Refusals: goal tree documents, targets, narratives -------------------------------------------------------

export const field = (name: string): string => `veld ${name}`;
export const NODE_ID_FORMAT = 'moet uit kleine letters, cijfers en streepjes bestaan, bijvoorbeeld doel-1';
export const INDICATOR_ID_FORMAT = 'moet een indicator-id zijn met punten, bijvoorbeeld youth.inflow';
export const EMPTY_TEXT = 'mag niet leeg zijn';
export const badPeriod = (text: string): string =>
  `"${text}" is geen periode (gebruik 2019, 2019-H1, 2019-Q3 of 2019-07)`;
export const duplicateNode = (id: string, earlier: string): string =>
  `knoop ${id} komt twee keer voor (eerder bij ${earlier})`;
export const duplicateChild = (id: string): string => `knoop ${id} staat twee keer in deze lijst`;
export const unknownNode = (id: string): string => `verwijst naar onbekende knoop ${id}`;
export const wrongKind = (id: string, actual: string, expected: string): string =>
  `${id} is ${KIND_NL[actual] ?? actual}, hier hoort ${KIND_NL[expected] ?? expected}`;
export const cycle = (ids: readonly string[]): string =>
  `kringverwijzing in de boom: ${ids.join(' → ')} (een knoop kan niet onder zichzelf hangen)`;
export const unreachable = (id: string): string =>
  `knoop ${id} hangt nergens onder (niet bereikbaar vanuit de visie)`;
export const unknownIndicator = (id: string): string =>
  `indicator ${id} bestaat niet (zie msd indicators list); voor een ingelezen cijfer (enquête, GGD, CBS) geef imported op met name, source en unit`;
export const wrongPeriodKind = (indicator: string, period: string, kinds: readonly PeriodKind[]): string =>
  `periode ${period}: indicator ${indicator} kent geen ${PERIOD_KIND_NL[periodKindOfText(period)]} (wel: ${kinds.map((k) => PERIOD_KIND_NL[k]).join(', ')})`;
export const duplicateTarget = (period: string): string => `twee streefwaarden voor ${period}`;
export const noTree = 'er is nog geen doelenboom; begin met msd goals init --template voorschoten';
export const noSuchVersion = (version: number, latest: number | undefined): string =>
  latest === undefined
    ? `versie ${version} bestaat niet: er is nog geen doelenboom`
    : `versie ${version} bestaat niet (versies 1 tot en met ${latest})`;
export const indicatorNotInTree = (indicator: string, version: number): string =>
  `indicator ${indicator} staat niet in doelenboom versie ${version}; voeg hem toe met msd goals import`;
export const unknownTreeNode = (node: string, version: number): string =>
  `knoop ${node} bestaat niet in doelenboom versie ${version} (zie msd goals show)`;
export const badNumber = (text: string): string => `${text} is geen getal`;
export const noComputedPeriod =
  'er zijn nog geen berekende cijfers; geef --period op of bereken eerst de indicatoren (msd compute)';
export const yearOrPeriod =
  'geef precies één van --year of --period op (bijvoorbeeld --year 2025 of --period 2025-H1)';
export const unknownArea = (code: string): string =>
  `gebied ${code} bestaat niet in deze monitor (zie msd areas list)`;
export const emptyNarrative = 'de tekst is leeg';
export const unknownTemplate = (name: string, known: readonly string[]): string =>
  `onbekend sjabloon ${name} (kies uit: ${known.join(', ')})`;
export const unreadableFile = (code: string | undefined): string =>
  code === 'ENOENT' ? 'bestand bestaat niet' : `bestand is niet te lezen (${code ?? 'onbekende fout'})`;
export const notYamlOrJson = (detail: string): string => `bestand is geen leesbare YAML of JSON: ${detail}`;

function periodKindOfText(period: string): PeriodKind {
  if (/-H/.test(period)) return 'half';
  if (/-Q/.test(period)) return 'quarter';
  if (/-\d\d$/.test(period)) return 'month';
  return 'year';
}

// --- Status reasons --------------------------------------------------------------------------------------------

export const noFigure = (period: string, area: string): string => `nog geen cijfer voor ${period} in ${area}`;
export const noImportedFigure = (period: string, source: string): string =>
  `nog geen cijfer voor ${period} ingelezen (bron: ${source})`;
export const hiddenFigure = 'het cijfer is geheim (onthullingsbeheersing: minder dan 8 of herleidbaar)';
export const belowMinimum = (size: number, minimum: number): string =>
  `te weinig om iets over te zeggen: ${formatDutch(size)} (minder dan ${formatDutch(minimum)})`;
export const noTargetFor = (period: string): string => `geen streefwaarde voor ${period}`;
export const noBaseline = 'geen nulmeting om mee te vergelijken';
export const versusBaseline = (change: string, baselinePeriod: string, baselineValue: string): string =>
  `${change} de nulmeting ${baselinePeriod} (${baselineValue})`;
export const targetMet = (value: string, target: string, direction: 'up' | 'down'): string =>
  `${value} is ${direction === 'down' ? 'niet hoger' : 'niet lager'} dan de streefwaarde ${target}`;
export const withinBand = (
  value: string,
  target: string,
  direction: 'up' | 'down',
  edge: string,
  tol: string,
): string =>
  `${value} is ${direction === 'down' ? 'hoger' : 'lager'} dan de streefwaarde ${target}, maar binnen de marge van ${tol} (tot ${edge})`;
export const outsideBand = (
  value: string,
  target: string,
  direction: 'up' | 'down',
  edge: string,
  tol: string,
): string =>
  `${value} is ${direction === 'down' ? 'hoger' : 'lager'} dan de streefwaarde ${target} en buiten de marge van ${tol} (grens ${edge})`;
export const nearPoint = (value: string, target: string, tol: string): string =>
  `${value} ligt binnen ${tol} van de streefwaarde ${target}`;
export const nearPointTwice = (value: string, target: string, tol: string): string =>
  `${value} wijkt meer dan ${tol} af van de streefwaarde ${target}, maar minder dan het dubbele`;
export const farFromPoint = (value: string, target: string, tol: string): string =>
  `${value} wijkt meer dan twee keer ${tol} af van de streefwaarde ${target}`;
export const MARK_PROVISIONAL = 'voorlopig cijfer: nog niet alle gegevens over deze periode zijn binnen';
export const MARK_RUNNING = 'lopende periode: het cijfer kan nog veranderen';

// --- Roll-up reasons -------------------------------------------------------------------------------------------

export const noChildren = 'geen onderliggende indicatoren';
export const worstOf = (status: string, names: readonly string[]): string =>
  `slechtste status van de onderdelen met gegevens: ${status} (${names.join(', ')})`;
export const noneColoured = (status: string, names: readonly string[]): string =>
  `geen onderdeel met een kleur; ${status}: ${names.join(', ')}`;
export const weightedShare = (
  share: number,
  on: number,
  total: number,
  onCourse: number,
  attention: number,
): string =>
  `gewogen ${formatDutch(share)} % op koers (${on} van ${total} onderdelen met gegevens); regel: op koers vanaf ${formatDutch(onCourse)} %, aandacht vanaf ${formatDutch(attention)} %`;
export const notOnCourse = (names: readonly string[]): string =>
  names.length === 0 ? '' : `; niet op koers: ${names.join(', ')}`;

// --- Sentence words --------------------------------------------------------------------------------------------

export const UNIT_WORD: Record<string, string> = {
  persons: 'personen',
  households: 'huishoudens',
  trajectories: 'trajecten',
  arrangements: 'arrangementen',
  benefits: 'uitkeringen',
  days: 'dagen',
  years: 'jaar',
  per1000: 'per 1.000',
  per10000: 'per 10.000',
};
export const SECRET_FIGURE = 'geheim (te klein om te publiceren)';
export const NO_DATA_YET = 'nog geen gegevens';
export const same = (previous: string): string => `evenveel als in ${previous}`;
export const more = (pct: string, previous: string, rate: boolean): string =>
  `${pct} ${rate ? 'hoger' : 'meer'} dan in ${previous}`;
export const less = (pct: string, previous: string, rate: boolean): string =>
  `${pct} ${rate ? 'lager' : 'minder'} dan in ${previous}`;
export const pointsUp = (points: string, previous: string): string =>
  `${points} procentpunt hoger dan in ${previous}`;
export const pointsDown = (points: string, previous: string): string =>
  `${points} procentpunt lager dan in ${previous}`;
export const target = (value: string, direction: 'up' | 'down' | 'none'): string =>
  direction === 'down'
    ? `streefwaarde ${value} of minder`
    : direction === 'up'
      ? `streefwaarde ${value} of meer`
      : `streefwaarde ${value}`;
export const realisation = (value: string): string => `realisatie ${value}`;
export const budget = (value: string, pct: string): string =>
  `begroting ${value} (realisatie ${pct} van de begroting)`;
export const MARK_PROVISIONAL_SHORT = 'voorlopig';
export const MARK_RUNNING_SHORT = 'lopend';
