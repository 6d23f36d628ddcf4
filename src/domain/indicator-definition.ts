/** @module The indicator definition schema (zod): an indicator is data — what it counts, how, filtered and broken down how — and its inferred types. */
import { z } from 'zod';
import { PERIOD_KINDS } from './period.ts';

export const DOMAINS = ['youth', 'support', 'participation', 'integral'] as const;
export type IndicatorDomain = (typeof DOMAINS)[number];

/**
 * What one counted unit is. `arrangement` = one provision (maatwerkarrangement), `benefit` = one benefit period,
 * `householdMember` = a person counted because their household has the provision (e.g. children in a benefit household),
 * `reintegration` = one re-integration provision (an instrument of the Participatiewet for one person).
 */
export const SUBJECTS = [
  'person',
  'household',
  'householdMember',
  'trajectory',
  'arrangement',
  'claim',
  'benefit',
  'reintegration',
] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Breakdown dimensions the compiler knows; each becomes `breakdown_key` in the cube. */
export const BREAKDOWN_KEYS = [
  'careType',
  'supportType',
  'ageGroup',
  'gender',
  'repeat',
  'endReason',
  'provider',
  'category',
  'reentryWithin12m',
  'exitReason',
  'durationClass',
  'combination',
  'providerCount',
  'instrument',
] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

/** Area levels a value is computed for (gemeente total, CBS wijken, custom areas = sets of wijken/buurten). */
export const CUBE_AREA_LEVELS = ['gemeente', 'wijk', 'custom'] as const;

export const UNITS = [
  'persons',
  'households',
  'trajectories',
  'arrangements',
  'benefits',
  'provisions',
  'euro',
  'days',
  'years',
  'percent',
  'per1000',
  'per10000',
] as const;

export const DIRECTIONS = ['up', 'down', 'none'] as const;

/** Values a mean can be taken of. */
export const MEAN_VALUES = ['trajectoryDays', 'ageAtInflow'] as const;
/** Class schemes a distribution can use (each is also a breakdown key). */
export const DISTRIBUTION_CLASSES = ['combination', 'providerCount', 'durationClass'] as const;
/** Conditions a share can test. */
export const SHARE_CONDITIONS = ['multiLaw'] as const;

const denominatorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('population'),
    ageFrom: z.number().int().min(0).optional(),
    ageTo: z.number().int().min(0).optional(),
  }),
  z.object({ kind: z.literal('households') }),
  z.object({ kind: z.literal('indicator'), id: z.string().min(1) }),
]);
export type Denominator = z.infer<typeof denominatorSchema>;

const factor = z.number().positive();

export const measureSchema = z.discriminatedUnion('kind', [
  /** Op enig moment in de periode: distinct units with ≥ 1 day inside the period. */
  z.object({ kind: z.literal('periodCount') }),
  /** Op peildatum: distinct units on the reference date (last day of the period). */
  z.object({ kind: z.literal('stock') }),
  /** Events whose start date falls in the period. */
  z.object({ kind: z.literal('flowStart') }),
  /** Events whose end date falls in the period. */
  z.object({ kind: z.literal('flowEnd') }),
  /** Instroom: persons whose first-ever start (all data) falls in the period. */
  z.object({ kind: z.literal('firstEver') }),
  /** Doorstroom: care in year Y and in Y−1 (year periods). */
  z.object({ kind: z.literal('continuing') }),
  /** Herintreders: care in Y, none in Y−1, some before Y−1 (year periods). */
  z.object({ kind: z.literal('reentry') }),
  /** A care spell ends in the period and no new spell starts within `months`. */
  z.object({ kind: z.literal('exitNoReturn'), months: z.number().int().positive() }),
  /** Sum of declared amounts (euro, credit lines subtract), pro rata by days. */
  z.object({ kind: z.literal('sum'), value: z.literal('claimAmount') }),
  /** Mean of a value over the units; no value below `minN` units. */
  z.object({ kind: z.literal('mean'), value: z.enum(MEAN_VALUES), minN: z.number().int().positive() }),
  /** A count (period count or stock) of the subject over a denominator × factor. */
  z.object({
    kind: z.literal('rate'),
    count: z.enum(['periodCount', 'stock']),
    denominator: denominatorSchema,
    factor,
  }),
  /** Indicator ÷ denominator × factor, per matching breakdown. */
  z.object({
    kind: z.literal('ratio'),
    numerator: z.string().min(1),
    denominator: denominatorSchema,
    factor,
  }),
  /** Units (or amounts) meeting a condition ÷ all units (amounts) × factor. */
  z.object({
    kind: z.literal('share'),
    of: z.enum(['units', 'claimAmount']),
    condition: z.enum(SHARE_CONDITIONS),
    factor,
  }),
  /** Units over classes (breakdown = the class); the total is all units. */
  z.object({
    kind: z.literal('distribution'),
    base: z.enum(['periodCount', 'stock']),
    classes: z.enum(DISTRIBUTION_CLASSES),
  }),
  /**
   * Uitstroom naar werk na re-integratie: persons starting a re-integration instrument in the period whose benefit
   * ends with exit reason werk within `months` after that start.
   */
  z.object({ kind: z.literal('toWork'), months: z.number().int().positive() }),
  /** Aggregate figures imported from outside (CBS, GGD, surveys); never computed from microdata. */
  z.object({ kind: z.literal('imported') }),
]);
export type Measure = z.infer<typeof measureSchema>;
export type MeasureKind = Measure['kind'];

const ageClassSchema = z.object({
  label: z.string().min(1),
  from: z.number().int().min(0),
  to: z.number().int().min(0).optional(),
});
export type AgeClass = z.infer<typeof ageClassSchema>;

export const filtersSchema = z
  .object({
    /** Inclusive age range (age on the person's first day in the period for period counts, else on the reference date). */
    ageFrom: z.number().int().min(0).optional(),
    ageTo: z.number().int().min(0).optional(),
    /** Product categories (JZ020 / WMO020 codes). */
    categories: z.array(z.string().min(1)).optional(),
    /** careType / supportType groups (from the code mapping). */
    careTypes: z.array(z.string().min(1)).optional(),
    /** Benefit kinds (PW, IOAW, IOAZ). */
    benefitKinds: z.array(z.string().min(1)).optional(),
    /** Leave out institution residents and homeless persons when flagged. */
    excludeInstitutionOrHomeless: z.boolean().optional(),
  })
  .strict();
export type IndicatorFilters = z.infer<typeof filtersSchema>;

export const indicatorDefinitionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, 'must be dotted camelCase, e.g. youth.clients'),
    nameNl: z.string().min(1),
    definitionNl: z.string().min(1),
    domain: z.enum(DOMAINS),
    subject: z.enum(SUBJECTS),
    measure: measureSchema,
    filters: filtersSchema.default({}),
    breakdowns: z.array(z.enum(BREAKDOWN_KEYS)).default([]),
    /** Classes for the `ageGroup` breakdown. */
    ageClasses: z.array(ageClassSchema).optional(),
    periodKinds: z.array(z.enum(PERIOD_KINDS)).min(1),
    areaLevels: z.array(z.enum(CUBE_AREA_LEVELS)).min(1),
    unit: z.enum(UNITS),
    direction: z.enum(DIRECTIONS),
    /** Months after the period's end that must be covered by data before a value is final. */
    followUpMonths: z.number().int().min(0).default(0),
    source: z.string().min(1),
  })
  .strict()
  .superRefine((def, ctx) => {
    if (def.breakdowns.includes('ageGroup') && !def.ageClasses?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['ageClasses'],
        message: 'required when breakdowns include ageGroup',
      });
    const { ageFrom, ageTo } = def.filters;
    if (ageFrom !== undefined && ageTo !== undefined && ageFrom > ageTo)
      ctx.addIssue({ code: 'custom', path: ['filters', 'ageTo'], message: 'must be ≥ ageFrom' });
    const k = def.measure.kind;
    if ((k === 'continuing' || k === 'reentry') && def.periodKinds.some((p) => p !== 'year'))
      ctx.addIssue({ code: 'custom', path: ['periodKinds'], message: `${k} supports year periods only` });
  });

export type IndicatorDefinition = z.output<typeof indicatorDefinitionSchema>;
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionSchema>;

/** Error for an invalid definition: names the indicator, the field path and the problem. */
export class IndicatorDefinitionError extends Error {
  override readonly name = 'IndicatorDefinitionError';
  constructor(
    readonly indicator: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(`Indicator ${indicator}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

/** Validates a definition (e.g. a local indicator from a file); throws IndicatorDefinitionError naming field and problem. */
export function parseIndicatorDefinition(input: unknown): IndicatorDefinition {
  const result = indicatorDefinitionSchema.safeParse(input);
  if (result.success) return result.data;
  const id =
    typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string'
      ? (input as { id: string }).id
      : '(no id)';
  throw new IndicatorDefinitionError(
    id,
    result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  );
}
