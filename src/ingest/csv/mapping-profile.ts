/** @module CSV/XLSX mapping profiles: how a vendor's export (columns, date format, codes) maps onto canonical fields; validated with errors naming the field. */
import { z } from 'zod';
import { PROFILE_PROBLEMS } from './csv-reasons.ts';
import { RECORD_FIELDS, RECORD_KINDS, type RecordKind } from './record-kinds.ts';

export const mappingProfileSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().default(''),
    kind: z.enum(RECORD_KINDS),
    delimiter: z.string().length(1).default(';'),
    /** strptime format of date columns, e.g. `%Y-%m-%d` or `%d-%m-%Y`. */
    dateFormat: z.string().min(2).default('%Y-%m-%d'),
    /** canonical field → column name in the file. */
    columns: z.record(z.string(), z.string().min(1)),
    /** canonical field → (value in the file → canonical value). Unmapped values pass unchanged. */
    codes: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    /** canonical field → fixed value for every row (e.g. `law: youth` for a single-law export). */
    constants: z.record(z.string(), z.string()).default({}),
  })
  .superRefine((profile, ctx) => {
    const fields = RECORD_FIELDS[profile.kind];
    for (const field of [
      ...Object.keys(profile.columns),
      ...Object.keys(profile.constants),
      ...Object.keys(profile.codes),
    ]) {
      if (!(field in fields)) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', field],
          message: PROFILE_PROBLEMS.unknownField(field, profile.kind),
        });
      }
    }
    for (const [field, spec] of Object.entries(fields)) {
      if (spec.required && !(field in profile.columns) && !(field in profile.constants)) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', field],
          message: PROFILE_PROBLEMS.requiredField(field),
        });
      }
    }
  });

export type MappingProfile = z.infer<typeof mappingProfileSchema>;

/** Validates a parsed profile; throws one Error listing every problem as `field: reason`. */
export function parseMappingProfile(raw: unknown, origin: string): MappingProfile {
  const result = mappingProfileSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(profile)'}: ${i.message}`);
  throw new Error(PROFILE_PROBLEMS.invalid(origin, problems));
}

/** The columns a file must have for this profile. */
export function requiredColumns(profile: MappingProfile): string[] {
  return Object.values(profile.columns);
}

export function isKind(profile: MappingProfile, kind: RecordKind): boolean {
  return profile.kind === kind;
}
