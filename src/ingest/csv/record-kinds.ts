/** @module The kinds of tabular source records and their canonical fields: what a CSV mapping profile maps a vendor's columns onto. */

export const RECORD_KINDS = [
  'postcodes',
  'population',
  'households',
  'provisions',
  'claims',
  'benefits',
  'reintegrations',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const FIELD_TYPES = ['text', 'date', 'integer', 'number', 'bsn', 'boolean'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldSpec {
  readonly type: FieldType;
  readonly required: boolean;
  /** Allowed canonical values after code mapping (closed vocabularies). */
  readonly values?: readonly string[];
}

const f = (type: FieldType, required = false, values?: readonly string[]): FieldSpec =>
  values ? { type, required, values } : { type, required };

const ADDRESS = {
  postcode: f('text'),
  huisnummer: f('text'),
  huisletter: f('text'),
  toevoeging: f('text'),
} as const;

export const GENDERS = ['male', 'female', 'unknown'] as const;
export const BENEFIT_KINDS = ['PW', 'IOAW', 'IOAZ'] as const;
export const EXIT_REASONS = ['werk', 'andere_uitkering', 'verhuizing', 'overig'] as const;
export const PROVISION_LAWS = ['youth', 'support'] as const;
/** Why a re-integration instrument ended: work, education, stopped early, other. */
export const REINTEGRATION_END_REASONS = ['werk', 'opleiding', 'voortijdig', 'overig'] as const;

/** Canonical fields per record kind (types are checked on entry; a row failing a check goes to quarantine). */
export const RECORD_FIELDS: Record<RecordKind, Readonly<Record<string, FieldSpec>>> = {
  postcodes: { postcode: f('text', true), wijk: f('text'), buurt: f('text') },
  population: {
    ref_date: f('date', true),
    area: f('text', true),
    age: f('integer', true),
    gender: f('text', true, GENDERS),
    persons: f('integer', true),
  },
  households: { ref_date: f('date', true), area: f('text', true), count: f('integer', true) },
  provisions: {
    bsn: f('bsn', true),
    birth_date: f('date'),
    gender: f('text', false, GENDERS),
    ...ADDRESS,
    law: f('text', true, PROVISION_LAWS),
    category: f('text', true),
    product: f('text'),
    provider: f('text'),
    allocation_no: f('text', true),
    allocation_date: f('date'),
    start_date: f('date'),
    end_date: f('date'),
    end_reason: f('text'),
  },
  claims: {
    bsn: f('bsn', true),
    law: f('text', true, PROVISION_LAWS),
    allocation_no: f('text'),
    category: f('text', true),
    product: f('text'),
    provider: f('text'),
    declaration_no: f('text'),
    submitted_on: f('date'),
    period_start: f('date', true),
    period_end: f('date', true),
    volume: f('number'),
    unit: f('text'),
    amount_cents: f('integer', true),
    debit_credit: f('text', false, ['D', 'C']),
  },
  benefits: {
    bsn: f('bsn', true),
    birth_date: f('date'),
    gender: f('text', false, GENDERS),
    ...ADDRESS,
    kind: f('text', true, BENEFIT_KINDS),
    benefit_no: f('text', true),
    start_date: f('date', true),
    end_date: f('date'),
    exit_reason: f('text', false, EXIT_REASONS),
    institution_or_homeless: f('boolean'),
  },
  reintegrations: {
    bsn: f('bsn', true),
    birth_date: f('date'),
    gender: f('text', false, GENDERS),
    instrument_code: f('text', true),
    instrument_name: f('text'),
    start_date: f('date', true),
    end_date: f('date'),
    end_reason: f('text', false, REINTEGRATION_END_REASONS),
  },
};
