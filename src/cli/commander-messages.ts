/** @module Commander's own argument errors (unknown option, invalid or missing value …) said in Dutch; a line it does not know is left as it is. */
import { t } from '../views/messages.ts';

type Rule = readonly [RegExp, (match: RegExpMatchArray) => string];

/** The detail after commander's invalid-value sentence: a choice list, or our own (Dutch) parser message. */
const detail = (text: string | undefined): string => {
  const rest = (text ?? '').trim();
  const choices = /^Allowed choices are (.+)\.$/.exec(rest);
  return choices ? t('cliArgAllowedChoices', { choices: choices[1]! }) : rest;
};

const withDetail = (sentence: string, text: string | undefined): string =>
  [sentence, detail(text)].filter((s) => s !== '').join(' ');

/** Commander 14's error sentences (after `error: `), each with its Dutch wording. */
const RULES: readonly Rule[] = [
  [
    /^option '(.+?)' argument '(.*)' is invalid\.(.*)$/s,
    (m) => withDetail(t('cliArgInvalidOption', { option: m[1]!, value: m[2]! }), m[3]),
  ],
  [
    /^command-argument value '(.*)' is invalid for argument '(.+?)'\.(.*)$/s,
    (m) => withDetail(t('cliArgInvalidArgument', { value: m[1]!, argument: m[2]! }), m[3]),
  ],
  [/^missing required argument '(.+)'$/, (m) => t('cliArgMissing', { argument: m[1]! })],
  [/^option '(.+)' argument missing$/, (m) => t('cliArgOptionValueMissing', { option: m[1]! })],
  [/^required option '(.+)' not specified$/, (m) => t('cliArgRequiredOption', { option: m[1]! })],
  [/^unknown option '(.+)'$/, (m) => t('cliArgUnknownOption', { option: m[1]! })],
  [/^unknown command '(.+)'$/, (m) => t('cliArgUnknownCommand', { command: m[1]! })],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m) =>
      t('cliArgTooMany', {
        command: m[1] === undefined ? '' : t('cliArgForCommand', { command: m[1] }),
        expected: m[2]!,
        received: m[3]!,
      }),
  ],
];

/** One commander error text (`error: …`, perhaps with a `(Did you mean …?)` line) in Dutch. */
export function dutchCommanderError(text: string): string {
  const trimmed = text.trimEnd();
  const [first, ...more] = trimmed.split('\n');
  const sentence = /^error: (.*)$/s.exec(
    [first, ...more.filter((l) => !l.startsWith('(Did you mean'))].join('\n'),
  );
  if (!sentence) return trimmed;
  const rule = RULES.map(([pattern, say]) => {
    const match = pattern.exec(sentence[1]!);
    return match ? say(match) : undefined;
  }).find((said) => said !== undefined);
  if (rule === undefined) return trimmed;
  const suggestions = more
    .map((line) => /^\(Did you mean (.+)\?\)$/.exec(line)?.[1])
    .filter((s): s is string => s !== undefined)
    .map((suggestion) => t('cliArgDidYouMean', { suggestion: suggestion.replace(/^one of /, 'een van ') }));
  return [t('cliArgError', { detail: rule }), ...suggestions].join('\n');
}
