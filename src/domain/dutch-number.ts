/** @module Dutch number formatting for generated sentences and reasons (1.150; 12,5; € 23.307.274; 14 %), pure and locale-fixed. */

const DECIMAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const SMALL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** A number the Dutch way: at most one decimal (1.150, 12,5), two below 10 so small rates keep their meaning (1,34). */
export const formatDutch = (value: number): string => (Math.abs(value) < 10 ? SMALL : DECIMAL).format(value);

/** A whole number the Dutch way: 23.307.274. */
export const formatDutchWhole = (value: number): string => WHOLE.format(value);

/** An amount in euro without cents: € 23.307.274. */
export const formatEuro = (value: number): string => `€ ${WHOLE.format(value)}`;

/** A percentage as Dutch texts write it, with a space before the sign: 14 %, 12,5 %. */
export const formatPercent = (value: number): string => `${formatDutch(value)} %`;
