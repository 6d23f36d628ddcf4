/**
 * @module The zod schemas of the JSON API (`/api/v1/`): what each route accepts (query parameters, validated by the
 * route) and answers (described in the OpenAPI document, checked against real answers by the tests). One source for
 * both, so the description cannot drift from the routes.
 */
import { z } from 'zod';
import { INDICATOR_ORIGINS } from '../../catalogue/indicator-origin.ts';
import { GOAL_STATUSES } from '../../domain/goal-status.ts';
import { GOAL_NODE_KINDS, ROLLUP_RULES } from '../../domain/goal-tree.ts';
import {
  BREAKDOWN_KEYS,
  CUBE_AREA_LEVELS,
  DIRECTIONS,
  DOMAINS,
  UNITS,
} from '../../domain/indicator-definition.ts';
import { LAWS } from '../../domain/laws.ts';
import { PERIOD_KINDS } from '../../domain/period.ts';
import { NARRATIVE_STATUSES } from '../../store/goal-tree-tables.ts';

/** A query parameter as a client sends it: one text (a repeated parameter arrives as a list and is refused). */
const param = (description: string) => z.string().meta({ description });

export const noQuerySchema = z.object({}).strict();

export const indicatorQuerySchema = z
  .object({
    period: param('Period: 2024, 2024-H1, 2024-Q3 or 2024-07; default: every period.').optional(),
    area: param('Area code (GM0637, WK063706, a custom area) or area name; default: every area.').optional(),
    breakdown: param('Breakdown key (e.g. careType); default: totals only.').optional(),
  })
  .strict();

export const goalsQuerySchema = z
  .object({
    period: param('Period; default: the latest year with final values.').optional(),
    area: param('Area code; default: the gemeente.').optional(),
  })
  .strict();

export const periodsQuerySchema = z
  .object({ indicator: param('Only periods holding values of this indicator.').optional() })
  .strict();

export const indicatorIdParamsSchema = z.object({
  id: z.string().meta({ description: 'Indicator id, e.g. youth.clients.' }),
});

export const indicatorSummarySchema = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: 'Dutch name.' }),
    definition: z.string().meta({ description: 'Dutch definition.' }),
    domain: z.enum(DOMAINS),
    law: z.enum(LAWS).nullable().meta({ description: 'The law; null for integral (cross-law) indicators.' }),
    kind: z.enum(INDICATOR_ORIGINS),
    unit: z.enum(UNITS),
    direction: z.enum(DIRECTIONS),
    periodKinds: z.array(z.enum(PERIOD_KINDS)),
    breakdowns: z.array(z.enum(BREAKDOWN_KEYS)),
    areaLevels: z.array(z.enum(CUBE_AREA_LEVELS)),
    source: z.string(),
  })
  .strict();

export const indicatorListSchema = z.object({ indicators: z.array(indicatorSummarySchema) }).strict();

/** One published value: the row shape of `msd indicators show --format json`. */
export const indicatorValueSchema = z
  .object({
    indicator: z.string(),
    period: z.string(),
    area: z.string(),
    breakdown: z.object({ key: z.string(), value: z.string() }).strict().nullable(),
    value: z.number().nullable().meta({ description: 'null: secret (too small to publish) or unknown.' }),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    status: z.string().meta({ description: 'final, provisional or running.' }),
  })
  .strict();

export const indicatorValuesSchema = z
  .object({
    indicator: z.string(),
    period: z.string().nullable(),
    area: z.object({ code: z.string(), name: z.string(), level: z.string() }).strict().nullable(),
    breakdown: z.string().nullable(),
    rows: z.array(indicatorValueSchema),
    note: z
      .string()
      .optional()
      .meta({ description: 'Why there are no rows (Dutch; only with an empty answer).' }),
  })
  .strict();

const narrativeSchema = z
  .object({
    text: z.string(),
    html: z.string(),
    author: z.string(),
    status: z.enum(NARRATIVE_STATUSES),
    writtenAt: z.string(),
  })
  .strict();

const periodValueSchema = z.object({ period: z.string(), value: z.number() }).strict();

/** A node of the goal tree with its status (steering-status.ts `SteeringNode`). */
export const goalNodeSchema: z.ZodType = z
  .object({
    id: z.string(),
    kind: z.enum(GOAL_NODE_KINDS),
    title: z.string(),
    status: z.enum(GOAL_STATUSES),
    reason: z.string(),
    mark: z.enum(['voorlopig', 'lopend']).nullable(),
    causes: z.array(z.string()),
    description: z.string().optional(),
    note: z.string().optional(),
    narrative: narrativeSchema.nullable(),
    indicator: z.string().optional(),
    origin: z.enum(INDICATOR_ORIGINS).optional(),
    source: z.string().optional(),
    unit: z.string().optional(),
    direction: z.enum(DIRECTIONS).optional(),
    value: z.number().nullable().optional(),
    target: z.number().nullable().optional(),
    budget: z.boolean().optional(),
    baseline: periodValueSchema.nullable().optional(),
    previous: z.object({ period: z.string(), value: z.number().nullable() }).strict().nullable().optional(),
    sentence: z.string().optional(),
    get children() {
      return z.array(goalNodeSchema);
    },
  })
  .strict();

/** The goal tree with statuses: the shape of `msd goals show --format json`. */
export const goalsSchema = z
  .object({
    version: z.number().int(),
    title: z.string(),
    period: z.string(),
    area: z.string(),
    rollup: z
      .object({
        rule: z.enum(ROLLUP_RULES),
        onCoursePercent: z.number().optional(),
        attentionPercent: z.number().optional(),
      })
      .strict(),
    tree: goalNodeSchema,
  })
  .strict();

/** The deployment's areas: the shape of `msd areas list --format json`. */
export const areasSchema = z
  .object({
    areas: z.array(
      z
        .object({
          code: z.string(),
          name: z.string(),
          level: z.string(),
          parent: z.string().nullable(),
          inhabitants: z.number().nullable(),
          members: z.string(),
        })
        .strict(),
    ),
    note: z.string().optional().meta({ description: 'Why there are no areas (Dutch; only when empty).' }),
  })
  .strict();

export const periodsSchema = z
  .object({
    deliveryDate: z.string().nullable(),
    periods: z.array(
      z.object({ id: z.string(), kind: z.enum(PERIOD_KINDS), start: z.string(), end: z.string() }).strict(),
    ),
    note: z.string().optional().meta({ description: 'Why there are no periods (Dutch; only when empty).' }),
  })
  .strict();

/** Every error answer of a machine route (ADR 0010). */
export const errorSchema = z
  .object({
    error: z
      .object({
        code: z.string().meta({ description: 'Stable English code, e.g. unknown_indicator.' }),
        message: z.string().meta({ description: 'Dutch explanation.' }),
        reference: z.string().optional(),
      })
      .strict(),
  })
  .strict();

/** The description itself, in outline (its full form is OpenAPI 3.1). */
export const openApiSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.looseObject({})),
  components: z.looseObject({ schemas: z.record(z.string(), z.looseObject({})) }),
});
