/** @module `theme.json` of a theme folder: the gemeente's display name, an optional logo file and an optional extra CSS file, validated with zod into Dutch reasons (field and why). */
import { z } from 'zod';
import { t } from '../../views/messages.ts';

export const THEME_FIELDS = ['name', 'logo', 'css'] as const;
export const NAME_MAX = 80;

/** A file in the theme folder itself: no folder part, no hidden file. */
const fileName = z
  .string({ error: () => t('themeText') })
  .refine((name) => /^[\w][\w.-]*$/.test(name) && !name.includes('..'), {
    error: (issue) => t('themeFileName', { name: String(issue.input) }),
  });

export const themeConfigSchema = z
  .object({
    name: z
      .string({ error: (issue) => (issue.input === undefined ? t('themeRequired') : t('themeText')) })
      .trim()
      .min(1, { error: () => t('themeEmptyText') })
      .max(NAME_MAX, { error: () => t('themeTooLong', { max: NAME_MAX }) }),
    logo: fileName.optional(),
    css: fileName.optional(),
  })
  .strict();

export type ThemeConfig = z.output<typeof themeConfigSchema>;

/** The parsed `theme.json`, or its problems as Dutch reasons naming the field. */
export function normaliseThemeConfig(raw: unknown): { config?: ThemeConfig; problems: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { problems: [t('themeNotObject')] };
  const result = themeConfigSchema.safeParse(raw);
  if (result.success) return { config: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) =>
          t('themeField', {
            field: key,
            reason: t('themeUnknownField', { allowed: THEME_FIELDS.join(', ') }),
          }),
        )
      : [t('themeField', { field: issue.path.join('.'), reason: issue.message })],
  );
  return { problems };
}
