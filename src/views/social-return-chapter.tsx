/**
 * @module The council report's chapter on social return (pure: results in, markup out): per case analysis and programme
 * its key figures, who pays and who benefits, the cases or the sensitivity conclusion, and the assumptions in a sentence.
 */
import type { JSX } from 'preact';
import type { CaseAnalysisResult } from '../social-return/case-analysis.ts';
import type { ProgrammeResultData, SocialReturnResult } from '../social-return/social-return-result.ts';
import { ActorLedgerTable } from './actor-ledger-table.tsx';
import { caseSpread, wellbeingSentence } from './case-distribution.tsx';
import { t, type Locale } from './messages.ts';
import { documentKindLabel, formatEuro, formatPercent } from './social-return-format.ts';
import { SocialReturnKeyFigures } from './social-return-key-figures.tsx';
import { SensitivityTable } from './sensitivity-table.tsx';
import { tornadoBars } from './tornado-chart.ts';

export interface SocialReturnChapterProps {
  /** The stored analyses' results (socialReturnResult); price lists are left out of the chapter. */
  readonly results: readonly SocialReturnResult[];
  /** Pre-rendered tornado SVGs by analysis name (renderTornadoChart); a programme without one gets its table only. */
  readonly tornadoSvgs?: ReadonlyMap<string, string>;
  /** Titles of the goal-tree effects by node id, to name the effects an analysis serves. */
  readonly effectTitles?: ReadonlyMap<string, string>;
  /** The chapter's heading level (the analyses' headings are one deeper). */
  readonly headingLevel?: 2 | 3;
  /** False when the caller (the council report's chapter frame) already shows the chapter's title. */
  readonly showTitle?: boolean;
  readonly locale?: Locale;
}

function Heading({ level, children }: { level: number; children: string }) {
  const Tag = `h${level}` as 'h2';
  return <Tag class={`utrecht-heading-${level}`}>{children}</Tag>;
}

function CasesPart({ result, locale }: { result: CaseAnalysisResult; locale: Locale }) {
  const spread = caseSpread(result);
  return (
    <>
      <p class="utrecht-paragraph">
        {t(
          'srCasesSpread',
          { ...spread, cases: result.caseCount, min: formatEuro(spread.min), max: formatEuro(spread.max) },
          locale,
        )}
      </p>
      <p class="utrecht-paragraph">{wellbeingSentence(result, locale)}</p>
    </>
  );
}

function ProgrammePart({
  result,
  svg,
  locale,
}: {
  result: ProgrammeResultData;
  svg: string | undefined;
  locale: Locale;
}) {
  return (
    <>
      <p class="utrecht-paragraph">
        {t(
          'srProgrammeAssumptions',
          { rate: formatPercent(result.discountRate, locale), years: result.horizonYears },
          locale,
        )}
      </p>
      <p class="utrecht-paragraph">
        <strong>{result.sensitivity.conclusion}</strong>
      </p>
      {svg ? <figure class="utrecht-figure msd-chart" dangerouslySetInnerHTML={{ __html: svg }} /> : null}
      <SensitivityTable bars={tornadoBars(result.sensitivity)} locale={locale} />
    </>
  );
}

export function SocialReturnChapter({
  results,
  tornadoSvgs = new Map(),
  effectTitles = new Map(),
  headingLevel = 2,
  showTitle = true,
  locale = 'nl',
}: SocialReturnChapterProps): JSX.Element {
  const analyses = results.filter(
    (r): r is CaseAnalysisResult | ProgrammeResultData => r.kind !== 'prijslijst',
  );
  return (
    <section class="msd-social-return">
      {showTitle ? <Heading level={headingLevel}>{t('srTitle', {}, locale)}</Heading> : null}
      <p class="utrecht-paragraph">{t('srChapterLead', {}, locale)}</p>
      <p class="utrecht-paragraph">{t('srCaution', {}, locale)}</p>
      {analyses.length === 0 ? <p class="utrecht-paragraph">{t('srNone', {}, locale)}</p> : null}
      {analyses.map((result) => (
        <section>
          <Heading level={headingLevel + 1}>{result.title}</Heading>
          <p class="utrecht-paragraph">
            {t('srMeta', { kind: documentKindLabel(result.kind, locale), year: result.priceYear }, locale)}
            {result.goalNodes.length > 0
              ? ` · ${t('srGoalsHeading', {}, locale)}: ${result.goalNodes.map((id) => effectTitles.get(id) ?? id).join('; ')}.`
              : ''}
          </p>
          <SocialReturnKeyFigures result={result} locale={locale} />
          <ActorLedgerTable result={result} locale={locale} />
          {result.kind === 'casusanalyse' ? (
            <CasesPart result={result} locale={locale} />
          ) : (
            <ProgrammePart result={result} svg={tornadoSvgs.get(result.name)} locale={locale} />
          )}
        </section>
      ))}
    </section>
  );
}
