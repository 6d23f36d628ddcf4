/** @module The shape of a numbered schema migration. */

export interface Migration {
  /** Strictly increasing, never reused. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
