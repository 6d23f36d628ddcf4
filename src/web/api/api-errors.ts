/** @module How refusals become API errors (ADR 0010 shape): a query's reason (query-reasons.ts), a goal tree's, or a bad query parameter — each with a status, a stable English code and the Dutch message. */
import type { z } from 'zod';
import * as R from '../../domain/goal-reasons.ts';
import { HttpError, type GoalTreeError, type QueryError, type QueryErrorKind } from '../../errors.ts';
import { t } from '../../views/messages.ts';

const QUERY_ERROR_ANSWERS: Record<QueryErrorKind, { status: number; code: string }> = {
  unknownIndicator: { status: 404, code: 'unknown_indicator' },
  invalidPeriod: { status: 400, code: 'invalid_period' },
  unsupportedPeriodKind: { status: 400, code: 'unsupported_period_kind' },
  unknownArea: { status: 400, code: 'unknown_area' },
  ambiguousArea: { status: 400, code: 'ambiguous_area' },
  unknownBreakdown: { status: 400, code: 'unknown_breakdown' },
};

/** Every error code the API answers besides the generic ones of http-errors.ts (for the OpenAPI description). */
export const API_ERROR_CODES = [
  ...Object.values(QUERY_ERROR_ANSWERS).map((a) => a.code),
  'bad_parameters',
  'no_figures',
  'no_goal_tree',
] as const;

export function queryHttpError(error: QueryError): HttpError {
  const { status, code } = QUERY_ERROR_ANSWERS[error.kind];
  return new HttpError(status, error.message, code);
}

/** A refused steering query: no figures or no tree yet (404), a bad period or area (400). */
export function steeringHttpError(error: GoalTreeError): HttpError {
  const message = error.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
  if (error.source === 'doelenboom') return new HttpError(404, message, 'no_goal_tree');
  if (error.problems.some((p) => p.message === R.noComputedPeriod))
    return new HttpError(404, message, 'no_figures');
  return new HttpError(400, message, error.source === 'gebied' ? 'unknown_area' : 'invalid_period');
}

/** Query parameters checked against a route's schema; a refusal names the parameter in Dutch. */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: unknown,
  allowed: readonly string[],
): z.output<S> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  let message = t('errorBadRequest', { reason: issue?.message ?? '' });
  if (issue?.code === 'unrecognized_keys') {
    const name = issue.keys[0] ?? '';
    message =
      allowed.length === 0
        ? t('apiNoParameters', { name })
        : t('apiUnknownParameter', { name, allowed: allowed.join(', ') });
  } else if (issue) {
    message = t('apiParameterOnce', { name: String(issue.path[0] ?? '') });
  }
  throw new HttpError(400, message, 'bad_parameters');
}
