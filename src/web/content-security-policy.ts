/** @module The Content-Security-Policy of every page (no script at all), and the one page's variant that loads a script from this origin. */

/** Strict CSP: no script at all, styles and images only from this origin (SVG charts are inline markup, not scripts). */
export const STRICT_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The upload form's CSP (ADR 0022): the strict policy plus its one script from this origin and that script's XHR. */
export const UPLOAD_PAGE_CSP = `${STRICT_CSP}; script-src 'self'; connect-src 'self'`;
