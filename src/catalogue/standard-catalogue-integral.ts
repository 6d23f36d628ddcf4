/** @module Standard catalogue, Integraal (across laws, stapeling): every integral indicator of indicators.md §3 as data, with its Dutch name and definition. */
import type { IndicatorDefinitionInput } from '../domain/indicator-definition.ts';
import { DECLARATION_FOLLOW_UP_MONTHS } from './declaration-lag.ts';

const ALL_PERIODS = ['year', 'half', 'quarter', 'month'] as const;
const AREAS = ['gemeente', 'wijk', 'custom'] as const;
const SOURCE =
  'CBS Monitor Sociaal Domein (stapeling, definitie); berekend uit iJw/iWmo-berichten en uitkeringsgegevens';

export const INTEGRAL_CATALOGUE: readonly IndicatorDefinitionInput[] = [
  {
    id: 'integral.clients.byCombination',
    nameNl: 'Cliënten naar combinatie van wetten',
    definitionNl:
      'Personen met een voorziening op enig moment in de periode naar precieze combinatie van wetten: alleen Jeugd, alleen Wmo, alleen P-wet, Jeugd+Wmo, Jeugd+P-wet, Wmo+P-wet, alle drie.',
    domain: 'integral',
    subject: 'person',
    measure: { kind: 'distribution', base: 'periodCount', classes: 'combination' },
    breakdowns: ['combination'],
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'persons',
    direction: 'none',
    source: SOURCE,
  },
  {
    id: 'integral.households.byCombination',
    nameNl: 'Huishoudens naar combinatie van wetten',
    definitionNl:
      'Huishoudens met een voorziening in de periode naar combinatie van wetten; een huishouden combineert de wetten van al zijn leden.',
    domain: 'integral',
    subject: 'household',
    measure: { kind: 'distribution', base: 'periodCount', classes: 'combination' },
    breakdowns: ['combination'],
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'households',
    direction: 'none',
    source: SOURCE,
  },
  {
    id: 'integral.households.multiLaw.share',
    nameNl: 'Aandeel huishoudens met voorzieningen uit meer dan één wet',
    definitionNl:
      'Huishoudens met voorzieningen uit meer dan één wet in de periode, gedeeld door alle huishoudens met een voorziening, maal 100.',
    domain: 'integral',
    subject: 'household',
    measure: { kind: 'share', of: 'units', condition: 'multiLaw', factor: 100 },
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'percent',
    direction: 'none',
    source: SOURCE,
  },
  {
    id: 'integral.cost.multiLaw.share',
    followUpMonths: DECLARATION_FOLLOW_UP_MONTHS,
    nameNl: 'Aandeel kosten bij huishoudens met meer dan één wet',
    definitionNl:
      'Gedeclareerde kosten Jeugd en Wmo (euro) bij huishoudens met voorzieningen uit meer dan één wet in de periode, gedeeld door alle gedeclareerde kosten, maal 100.',
    domain: 'integral',
    subject: 'household',
    measure: { kind: 'share', of: 'claimAmount', condition: 'multiLaw', factor: 100 },
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'percent',
    direction: 'none',
    source: SOURCE,
  },
  {
    id: 'integral.providersPerHousehold',
    nameNl: 'Aantal aanbieders per huishouden',
    definitionNl:
      'Huishoudens met jeugdhulp of Wmo in de periode naar het aantal verschillende aanbieders: 1, 2, 3–5, 6–9, 10 of meer.',
    domain: 'integral',
    subject: 'household',
    measure: { kind: 'distribution', base: 'periodCount', classes: 'providerCount' },
    breakdowns: ['providerCount'],
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'households',
    direction: 'down',
    source: SOURCE,
  },
];
