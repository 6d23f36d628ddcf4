/** @module Default code-list mappings: iJw product category (JZ020) → careType and WMO020 → supportType (CBS groups), overridable per deployment. */

export const CARE_TYPES = [
  'zonder verblijf',
  'met verblijf',
  'jeugdbescherming',
  'jeugdreclassering',
  'overig',
] as const;
export type CareType = (typeof CARE_TYPES)[number];

export const SUPPORT_TYPES = [
  'Hulp bij het huishouden',
  'Ondersteuning thuis',
  'Verblijf en opvang',
  'Hulpmiddelen en diensten',
  'Overig',
] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** careType for codes not in the mapping. */
export const UNMAPPED_CARE_TYPE = 'overig';
/** supportType for codes not in the mapping. */
export const UNMAPPED_SUPPORT_TYPE = 'Overig';

const DEFAULT_CARE: Record<string, CareType> = {
  '43': 'met verblijf',
  '44': 'met verblijf',
  '40': 'zonder verblijf',
  '41': 'zonder verblijf',
  '45': 'zonder verblijf',
  '51': 'zonder verblijf',
  '52': 'zonder verblijf',
  '53': 'zonder verblijf',
  '54': 'zonder verblijf',
  '47': 'jeugdreclassering',
  '48': 'jeugdbescherming',
  '42': 'overig',
  '46': 'overig',
  '49': 'overig',
  '50': 'overig',
  '55': 'overig',
};

const DEFAULT_SUPPORT: Record<string, SupportType> = {
  '01': 'Hulp bij het huishouden',
  '02': 'Ondersteuning thuis',
  '03': 'Ondersteuning thuis',
  '06': 'Ondersteuning thuis',
  '07': 'Ondersteuning thuis',
  '04': 'Verblijf en opvang',
  '05': 'Verblijf en opvang',
  '15': 'Verblijf en opvang',
  '16': 'Verblijf en opvang',
  '17': 'Verblijf en opvang',
  '18': 'Verblijf en opvang',
  '08': 'Hulpmiddelen en diensten',
  '11': 'Hulpmiddelen en diensten',
  '12': 'Hulpmiddelen en diensten',
  '13': 'Hulpmiddelen en diensten',
  '14': 'Hulpmiddelen en diensten',
  '09': 'Overig',
  '10': 'Overig',
};

/** The deployment's mapping from a law's product category to its group (careType for youth, supportType for support). */
export interface CodeMappings {
  readonly careType: Readonly<Record<string, string>>;
  readonly supportType: Readonly<Record<string, string>>;
}

export interface CodeMappingOverrides {
  readonly careType?: Readonly<Record<string, string>>;
  readonly supportType?: Readonly<Record<string, string>>;
}

/** The default mappings of indicators.md §3, with per-deployment overrides applied on top (an override wins per code). */
export function codeMappings(overrides: CodeMappingOverrides = {}): CodeMappings {
  return {
    careType: { ...DEFAULT_CARE, ...overrides.careType },
    supportType: { ...DEFAULT_SUPPORT, ...overrides.supportType },
  };
}

/** careType of a JZ020 category under a mapping. */
export function careTypeOf(category: string, mappings: CodeMappings = codeMappings()): string {
  return mappings.careType[category] ?? UNMAPPED_CARE_TYPE;
}

/** supportType of a WMO020 category under a mapping. */
export function supportTypeOf(category: string, mappings: CodeMappings = codeMappings()): string {
  return mappings.supportType[category] ?? UNMAPPED_SUPPORT_TYPE;
}
