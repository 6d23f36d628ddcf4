/** @module Standard catalogue, Participatiewet: every participation indicator of indicators.md §3 as data, with its Dutch name and definition. */
import type { IndicatorDefinitionInput } from '../domain/indicator-definition.ts';

const ALL_PERIODS = ['year', 'half', 'quarter', 'month'] as const;
const AREAS = ['gemeente', 'wijk', 'custom'] as const;
const SOURCE = 'CBS Bijstandsuitkeringenstatistiek (definitie); berekend uit uitkeringsgegevens';

export const PARTICIPATION_CATALOGUE: readonly IndicatorDefinitionInput[] = [
  {
    id: 'participation.benefits.stock',
    nameNl: 'Personen met bijstand',
    definitionNl:
      'Aantal personen met een bijstandsuitkering (Participatiewet levensonderhoud) op de peildatum, zonder bewoners van instellingen en daklozen (wanneer gemarkeerd).',
    domain: 'participation',
    subject: 'person',
    measure: { kind: 'stock' },
    filters: { benefitKinds: ['PW'], excludeInstitutionOrHomeless: true },
    breakdowns: ['gender'],
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'persons',
    direction: 'down',
    source: SOURCE,
  },
  {
    id: 'participation.benefits.per10000',
    nameNl: 'Personen met bijstand per 10.000 inwoners 18+ (BBV)',
    definitionNl:
      'Personen met bijstand op de peildatum gedeeld door het aantal inwoners van 18 jaar en ouder, maal 10.000.',
    domain: 'participation',
    subject: 'person',
    measure: {
      kind: 'ratio',
      numerator: 'participation.benefits.stock',
      denominator: { kind: 'population', ageFrom: 18 },
      factor: 10000,
    },
    periodKinds: ['year', 'half'],
    areaLevels: [...AREAS],
    unit: 'per10000',
    direction: 'down',
    source: 'BBV beleidsindicator (CBS); berekend uit uitkeringsgegevens',
  },
  {
    id: 'participation.inflow',
    nameNl: 'Instroom bijstand',
    definitionNl:
      'Aantal bijstandsuitkeringen dat in de periode begint; uitgesplitst naar herinstroom binnen 12 maanden (begin binnen 12 maanden na het einde van een eerdere uitkering van dezelfde persoon).',
    domain: 'participation',
    subject: 'benefit',
    measure: { kind: 'flowStart' },
    filters: { benefitKinds: ['PW'] },
    breakdowns: ['reentryWithin12m'],
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'benefits',
    direction: 'down',
    source: SOURCE,
  },
  {
    id: 'participation.outflow',
    nameNl: 'Uitstroom bijstand',
    definitionNl:
      'Aantal bijstandsuitkeringen dat in de periode eindigt, naar reden (werk, andere uitkering, verhuizing, overig).',
    domain: 'participation',
    subject: 'benefit',
    measure: { kind: 'flowEnd' },
    filters: { benefitKinds: ['PW'] },
    breakdowns: ['exitReason'],
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'benefits',
    direction: 'up',
    source: SOURCE,
  },
  {
    id: 'participation.duration',
    nameNl: 'Duur lopende uitkering',
    definitionNl:
      'Personen met bijstand op de peildatum naar duur van de lopende uitkering: korter dan 1 jaar, 1 tot 2 jaar, 2 tot 5 jaar, 5 jaar of langer.',
    domain: 'participation',
    subject: 'person',
    measure: { kind: 'distribution', base: 'stock', classes: 'durationClass' },
    filters: { benefitKinds: ['PW'], excludeInstitutionOrHomeless: true },
    breakdowns: ['durationClass'],
    periodKinds: [...ALL_PERIODS],
    areaLevels: [...AREAS],
    unit: 'persons',
    direction: 'none',
    source: SOURCE,
  },
  {
    id: 'participation.childrenInBenefitHouseholds.pct',
    nameNl: 'Kinderen in uitkeringsgezin (BBV)',
    definitionNl:
      'Personen jonger dan 18 jaar in een huishouden met een bijstandsuitkering op de peildatum, gedeeld door het aantal inwoners jonger dan 18 jaar op 1 januari, maal 100.',
    domain: 'participation',
    subject: 'householdMember',
    measure: {
      kind: 'rate',
      count: 'stock',
      denominator: { kind: 'population', ageFrom: 0, ageTo: 17 },
      factor: 100,
    },
    filters: { ageFrom: 0, ageTo: 17, benefitKinds: ['PW'] },
    periodKinds: ['year'],
    areaLevels: [...AREAS],
    unit: 'percent',
    direction: 'down',
    source: 'BBV beleidsindicator (CBS); berekend uit uitkeringsgegevens en adressen',
  },
  {
    id: 'participation.reintegration.per10000',
    nameNl: 'Lopende re-integratievoorzieningen per 10.000 inwoners 15–64 (BBV)',
    definitionNl:
      'Lopende re-integratievoorzieningen op de peildatum gedeeld door het aantal inwoners van 15 tot en met 64 jaar, maal 10.000. Het canonieke model kent (nog) geen re-integratievoorzieningen: dit cijfer wordt als aggregaat ingelezen (CBS/waarstaatjegemeente).',
    domain: 'participation',
    subject: 'person',
    measure: { kind: 'imported' },
    periodKinds: ['year', 'half'],
    areaLevels: ['gemeente'],
    unit: 'per10000',
    direction: 'none',
    source: 'BBV beleidsindicator (CBS), ingelezen aggregaat',
  },
];
