/** @module How long claim-based figures stay provisional: declarations arrive months after the care they pay for. */

/**
 * Months after a period's end during which its declared costs are still `provisional` (indicators.md §1: data arrive
 * late, declarations months after delivery). Providers declare per month, most within three months of the care month;
 * a month whose claims have not arrived yet must not read as a final zero. The outlook's nowcast (`verwacht
 * definitief`) estimates what is still to come.
 */
export const DECLARATION_FOLLOW_UP_MONTHS = 3;
