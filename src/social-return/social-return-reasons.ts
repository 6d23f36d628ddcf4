/** @module Dutch positions, refusal reasons and labels of `msd rendement` (price lists, case analyses, programmes). */

/** Where a problem is: a sheet (XLSX) or section (YAML), a row (1 = header in XLSX; 1-based item in YAML) and a column. */
export interface SheetPosition {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
}

/** `blad Posten, rij 7, kolom aantal` (XLSX) or `sectie posten, item 7, veld aantal` (YAML). */
export function formatPosition(position: SheetPosition, format: 'xlsx' | 'yaml'): string {
  const [sheet, row, column] = format === 'xlsx' ? ['blad', 'rij', 'kolom'] : ['sectie', 'item', 'veld'];
  return [
    // YAML sections are the sheet names in lower case (`posten:`).
    `${sheet} ${format === 'yaml' ? position.sheet.toLowerCase() : position.sheet}`,
    position.row === null ? null : `${row} ${position.row}`,
    position.column === null ? null : `${column} ${position.column}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** Goal-tree node kinds in a sentence (`knoop doel-1 is een hoofddoel`). */
const GOAL_KIND_NL: Record<string, string> = {
  vision: 'de visie',
  goal: 'een hoofddoel',
  indicator: 'een indicator',
};

export const REASON = {
  missing: 'ontbreekt',
  notNumber: (value: string) => `is geen getal: ${value}`,
  negative: (value: string) => `mag niet negatief zijn: ${value}`,
  notWhole: (value: string) => `moet een geheel getal zijn: ${value}`,
  tooManyDecimals: (value: string, decimals: number) => `heeft meer dan ${decimals} decimalen: ${value}`,
  shareOutOfRange: (value: string) => `moet een percentage van 0 tot en met 100 zijn: ${value}`,
  yearOutOfRange: (value: string) => `is geen geldig jaar (1900–2200): ${value}`,
  scaleOutOfRange: (value: string) => `moet een cijfer van 1 tot en met 10 zijn: ${value}`,
  notInList: (value: string, choices: readonly string[]) =>
    `onbekende waarde ${value}; kies uit: ${choices.join(', ')}`,
  unknownItem: (code: string) => `onbekende prijspost ${code}: staat niet in de prijslijst`,
  duplicateItem: (code: string) => `prijspost ${code} staat twee keer in de prijslijst`,
  duplicateCase: (id: string) => `casus ${id} staat twee keer in de lijst`,
  unknownCase: (id: string) => `onbekende casus ${id}: staat niet op het blad met casussen`,
  nameLikeCaseId: (id: string) =>
    `casus ${id} lijkt een naam: gebruik een pseudoniem of casusnummer met minstens één cijfer en zonder spaties`,
  badName: (value: string) => `naam ${value} mag alleen kleine letters, cijfers en koppeltekens bevatten`,
  noIndex: (code: string, from: number, to: number) =>
    `prijspost ${code} heeft prijsjaar ${from}; er ontbreekt een indexcijfer om naar prijsjaar ${to} te rekenen (blad Indexcijfers)`,
  unknownGoalNode: (id: string, version: number) =>
    `onbekende knoop ${id}: staat niet in de huidige doelenboom (versie ${version}); zie msd goals show`,
  noGoalTree: (id: string) =>
    `knoop ${id} kan niet worden gekoppeld: er is nog geen doelenboom (msd goals init --template … of msd goals import)`,
  goalNodeNotEffect: (id: string, kind: string) =>
    `knoop ${id} is ${GOAL_KIND_NL[kind] ?? kind}; een aanpak dient een maatschappelijk effect (een knoop onder effects)`,
  unknownIndicator: (id: string) => `onbekende indicator ${id}: staat niet in de indicatorcatalogus`,
  durationBeyondHorizon: (years: number, horizon: number) =>
    `looptijd ${years} is langer dan de horizon (${horizon} jaar)`,
  noCubeValue: (indicator: string, period: string, area: string) =>
    `geen aantal ingevuld en de monitor heeft geen waarde van ${indicator} voor periode ${period} in gebied ${area}; vul het aantal in of kies een berekende periode (msd indicators show ${indicator})`,
  noRows: 'bevat geen regels',
  noResults: 'een programma heeft minstens één resultaat nodig',
  unknownAssumption: (id: string) => `onbekende aanname ${id}`,
  lowAboveHigh: 'de lage waarde is groter dan de hoge',
  notAnObject: 'verwacht een tabel met velden',
  notAList: 'verwacht een lijst met regels',
  unreadableYaml: (detail: string) => `bestand is geen leesbare YAML: ${detail}`,
  unreadableXlsx: (detail: string) => `bestand is geen leesbare XLSX: ${detail}`,
  unknownExtension: 'kies een bestand op .xlsx, .yaml of .yml',
  unreadableFile: (detail: string) => `bestand niet gevonden of niet leesbaar (${detail})`,
} as const;

export type AssumptionKind =
  | 'discountRate'
  | 'horizon'
  | 'cost'
  | 'count'
  | 'duration'
  | 'deadweight'
  | 'attribution'
  | 'displacement'
  | 'dropOff'
  | 'municipalShare'
  | 'firstYearShare';

const ASSUMPTION_LABELS: Record<AssumptionKind, string> = {
  discountRate: 'Disconteringsvoet',
  horizon: 'Horizon (jaren)',
  cost: 'Kosten',
  count: 'Aantal',
  duration: 'Looptijd effect (jaren)',
  deadweight: 'Deadweight (was toch gebeurd)',
  attribution: 'Toerekening aan anderen',
  displacement: 'Verplaatsing',
  dropOff: 'Afname per jaar',
  municipalShare: 'Aandeel gemeente',
  firstYearShare: 'Aandeel in het eerste jaar',
};

/** `Deadweight (was toch gebeurd) — Uitstroom naar werk`. */
export const assumptionLabel = (kind: AssumptionKind, subject: string): string =>
  subject ? `${ASSUMPTION_LABELS[kind]} — ${subject}` : ASSUMPTION_LABELS[kind];

/** The sensitivity conclusion in one sentence. */
export function signConclusion(npvPositive: boolean, deciders: readonly string[]): string {
  const sign = npvPositive ? 'positief' : 'niet positief';
  if (deciders.length === 0)
    return `De netto contante waarde blijft ${sign} over alle bereiken: geen enkele aanname afzonderlijk bepaalt het teken.`;
  return `De netto contante waarde is ${sign}, maar het teken keert om binnen het bereik van: ${deciders.join('; ')}.`;
}

/** Labels of the actors in tables. */
export const ACTOR_LABELS: Record<string, string> = {
  gemeente: 'Gemeente',
  zorgverzekeraar: 'Zorgverzekeraar',
  'rijk-uwv': 'Rijk/UWV',
  'politie-justitie': 'Politie en justitie',
  woningcorporatie: 'Woningcorporatie',
  werkgever: 'Werkgever',
  onderwijs: 'Onderwijs',
  inwoner: 'Inwoner',
  overig: 'Overig / niet toegedeeld',
};
