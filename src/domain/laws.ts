/** @module The three laws of the social domain as a closed vocabulary (glossary: youth = Jeugdwet, support = Wmo, participation = Participatiewet). */

export const LAWS = ['youth', 'support', 'participation'] as const;
export type Law = (typeof LAWS)[number];

export const isLaw = (value: string): value is Law => (LAWS as readonly string[]).includes(value);

/** Dutch names for the UI. */
export const LAW_NAMES_NL: Record<Law, string> = {
  youth: 'Jeugdwet',
  support: 'Wmo',
  participation: 'Participatiewet',
};
