/** @module Typed errors in one place: each kind with a guard, so edges (CLI, HTTP) can map them to exit codes and statuses. */

/** A user-facing error from the command line: printed as one line, exit code non-zero. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** A problem with input data: names the file, the position (line, element, row) and the reason. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly file: string,
    readonly position: string,
    readonly reason: string,
  ) {
    super(`${file}${position ? ` (${position})` : ''}: ${reason}`);
  }
}

/** An error with an HTTP status, thrown by route handlers; `code` (English, stable) overrides the status's default code. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Why a query for published values cannot be answered as asked (query-resolution.ts); the edge maps it to exit 2 or 400. */
export const QUERY_ERROR_KINDS = [
  'unknownIndicator',
  'invalidPeriod',
  'unsupportedPeriodKind',
  'unknownArea',
  'ambiguousArea',
  'unknownBreakdown',
] as const;
export type QueryErrorKind = (typeof QUERY_ERROR_KINDS)[number];

/** A query names something the deployment does not have; the message (Dutch) names the input and the valid choices. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    readonly kind: QueryErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The data folder or database is unusable (missing, locked by another process, newer schema). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** One problem in a goal tree (file, template or store): where in the tree (`effects[2] (effect-x)`), which field, why (Dutch). */
export interface GoalTreeProblem {
  readonly path: string;
  readonly message: string;
}

/** A goal tree, target or narrative that is refused: names the source (file or command), each place and reason. */
export class GoalTreeError extends Error {
  override readonly name = 'GoalTreeError';
  constructor(
    readonly source: string,
    readonly problems: readonly GoalTreeProblem[],
  ) {
    super(`${source}: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`);
  }
}

export const isCliError = (e: unknown): e is CliError => e instanceof CliError;
export const isIngestError = (e: unknown): e is IngestError => e instanceof IngestError;
export const isHttpError = (e: unknown): e is HttpError => e instanceof HttpError;
export const isQueryError = (e: unknown): e is QueryError => e instanceof QueryError;
export const isStoreError = (e: unknown): e is StoreError => e instanceof StoreError;
export const isGoalTreeError = (e: unknown): e is GoalTreeError => e instanceof GoalTreeError;

/** A social-return file (price list, case analysis, programme) refused as a whole: every problem with its sheet, row and column. */
export class SocialReturnError extends Error {
  override readonly name = 'SocialReturnError';
  constructor(
    readonly file: string,
    readonly problems: readonly { readonly position: string; readonly reason: string }[],
  ) {
    super(
      `${file}:\n${problems.map((p) => `  - ${p.position ? `${p.position}: ` : ''}${p.reason}`).join('\n')}`,
    );
  }
}

export const isSocialReturnError = (e: unknown): e is SocialReturnError => e instanceof SocialReturnError;

/** A refused account, password, role or token operation (users, tokens, login); the message is Dutch. */
export class AccessError extends Error {
  override readonly name = 'AccessError';
}

export const isAccessError = (e: unknown): e is AccessError => e instanceof AccessError;

/** A council report that cannot be made or regenerated (unknown snapshot, no figures, no Chromium for the PDF): a Dutch reason. */
export class ReportError extends Error {
  override readonly name = 'ReportError';
}

export const isReportError = (e: unknown): e is ReportError => e instanceof ReportError;

/** One problem in a theme folder: the file (`theme.json`, `tokens.css`, the logo) and the Dutch reason (with field or line). */
export interface ThemeProblem {
  readonly file: string;
  readonly reason: string;
}

/** A theme folder (`--theme <dir>`) refused as a whole: every problem with its file. */
export class ThemeError extends Error {
  override readonly name = 'ThemeError';
  constructor(
    readonly dir: string,
    readonly problems: readonly ThemeProblem[],
  ) {
    super(`${dir}:\n${problems.map((p) => `  - ${p.file}: ${p.reason}`).join('\n')}`);
  }
}

export const isThemeError = (e: unknown): e is ThemeError => e instanceof ThemeError;

/** A purge that is refused (a cut-off earlier than the one in force, a span that is no span): a Dutch reason. */
export class RetentionError extends Error {
  override readonly name = 'RetentionError';
}

export const isRetentionError = (e: unknown): e is RetentionError => e instanceof RetentionError;
