/** @module Age in SQL from the exact birth date: completed years on a date, and the date a person reaches an age. */

/**
 * Age in completed years of a person born on `birth` on date `on` (SQL expressions): N from their Nth birthday on,
 * not a day earlier. Someone born on 29 February reaches the age on 28 February in other years, as
 * {@link dateOfAgeSql} does. Before the birth date −1 (below every age class and filter, as the run-length age bands
 * have it; `date_sub` alone would round towards 0), NULL when the birth date is unknown.
 */
export const ageSql = (birth: string, on: string): string =>
  `CASE WHEN ${on} < ${birth} THEN -1 ELSE date_sub('year', ${birth}, ${on}) END`;

/** The date on which a person born on `birth` reaches `years` (an integer SQL expression): their birthday then. */
export const dateOfAgeSql = (birth: string, years: string): string =>
  `CAST(${birth} + to_years(CAST(${years} AS INTEGER)) AS DATE)`;
