/** @module The `/rendement` pages: the list of stored analyses with their key result, and one analysis with its ledger per actor, cases, tornado chart, assumptions and goal-tree links. */
import type { JSX } from 'preact';
import type { GoalTreeNodes } from '../../social-return/social-return-model.ts';
import type { PriceListResult, SocialReturnResult } from '../../social-return/social-return-result.ts';
import { ActorLedgerTable } from '../../views/actor-ledger-table.tsx';
import { CaseDistribution } from '../../views/case-distribution.tsx';
import { DataTable } from '../../views/data-table.tsx';
import { GoalLinks } from '../../views/goal-links.tsx';
import { t, type Locale } from '../../views/messages.ts';
import { PriceListTable, ProgrammeAssumptions } from '../../views/social-return-assumptions.tsx';
import { documentKindLabel, formatEuro } from '../../views/social-return-format.ts';
import { SocialReturnKeyFigures } from '../../views/social-return-key-figures.tsx';
import { SensitivityTable } from '../../views/sensitivity-table.tsx';
import { tornadoBars } from '../../views/tornado-chart.ts';
import { PageLayout } from './page-layout.tsx';

export interface SocialReturnListRow {
  readonly name: string;
  readonly kind: string;
  readonly title: string;
  readonly priceYear: number;
  readonly storedAt: string;
  readonly result: SocialReturnResult;
}

/** The one-line key result of an analysis in the list. */
export function keyResult(result: SocialReturnResult, locale: Locale = 'nl'): string {
  if (result.kind === 'casusanalyse')
    return t(
      'srKeyCases',
      { difference: formatEuro(result.totals.differencePerYear), cases: result.caseCount },
      locale,
    );
  if (result.kind === 'programma') return t('srKeyProgramme', { npv: formatEuro(result.totals.npv) }, locale);
  return t('srKeyPriceList', { items: result.items.length }, locale);
}

export function SocialReturnListPage({
  rows,
  locale = 'nl',
}: {
  rows: readonly SocialReturnListRow[];
  locale?: Locale;
}): JSX.Element {
  return (
    <PageLayout title={t('srTitle', {}, locale)} locale={locale}>
      <h1 class="utrecht-heading-1">{t('srTitle', {}, locale)}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('srLead', {}, locale)}</p>
      <p class="utrecht-paragraph">{t('srCaution', {}, locale)}</p>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t('srNone', {}, locale)}</p>
      ) : (
        <DataTable
          caption={t('srListCaption', {}, locale)}
          columns={[
            { label: t('srColName', {}, locale) },
            { label: t('srColKind', {}, locale) },
            { label: t('srColPriceYear', {}, locale), numeric: true },
            { label: t('srColKeyResult', {}, locale) },
            { label: t('srColStored', {}, locale) },
          ]}
          rows={rows.map((r) => [
            <a class="utrecht-link" href={`/rendement/${encodeURIComponent(r.name)}`}>
              {r.title}
            </a>,
            documentKindLabel(r.kind, locale),
            String(r.priceYear),
            keyResult(r.result, locale),
            r.storedAt,
          ])}
        />
      )}
    </PageLayout>
  );
}

export interface SocialReturnDetailProps {
  readonly result: SocialReturnResult;
  /** The price list in the analysis's price year. */
  readonly items: PriceListResult['items'];
  readonly note: string;
  readonly goalNodes: readonly string[];
  readonly tree: GoalTreeNodes;
  readonly indicators: readonly { readonly id: string; readonly name: string | null }[];
  /** Pre-rendered SVG of the tornado chart (programmes) or the cases chart (case analyses), null when there is none. */
  readonly chartSvg: string | null;
  readonly locale?: Locale;
}

function Sensitivity({ result, chartSvg, locale }: SocialReturnDetailProps & { locale: Locale }) {
  if (result.kind !== 'programma') return null;
  const charted = tornadoBars(result.sensitivity);
  return (
    <>
      <h2 class="utrecht-heading-2">{t('srSensitivityHeading', {}, locale)}</h2>
      <p class="utrecht-paragraph">
        {t('srSensitivityLead', { npv: formatEuro(result.totals.npv) }, locale)}
      </p>
      <p class="utrecht-paragraph">
        <strong>{result.sensitivity.conclusion}</strong>
      </p>
      {chartSvg === null ? (
        <p class="utrecht-paragraph">{t('srTornadoNone', {}, locale)}</p>
      ) : (
        <figure class="utrecht-figure msd-chart" dangerouslySetInnerHTML={{ __html: chartSvg }} />
      )}
      {charted.length === 0 ? (
        <SensitivityTable bars={result.sensitivity.bars} locale={locale} all />
      ) : (
        <SensitivityTable bars={charted} locale={locale} />
      )}
      {charted.length > 0 && result.sensitivity.bars.length > charted.length ? (
        <details class="msd-details">
          <summary>{t('srAllAssumptions', { count: result.sensitivity.bars.length }, locale)}</summary>
          <SensitivityTable bars={result.sensitivity.bars} locale={locale} all />
        </details>
      ) : null}
    </>
  );
}

export function SocialReturnDetailPage(props: SocialReturnDetailProps): JSX.Element {
  const { result, items, note, locale = 'nl' } = props;
  return (
    <PageLayout title={result.title} locale={locale}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/rendement">
          {t('srBackToList', {}, locale)}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{result.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {t('srMeta', { kind: documentKindLabel(result.kind, locale), year: result.priceYear }, locale)}
      </p>
      {note ? <p class="utrecht-paragraph">{note}</p> : null}
      <p class="utrecht-paragraph">
        <a
          class="utrecht-link"
          href={`/rendement/${encodeURIComponent(result.name)}/werkmap.xlsx`}
          download={`${result.name}.xlsx`}
        >
          {t('srDownload', { name: result.name }, locale)}
        </a>
      </p>
      {result.kind === 'prijslijst' ? (
        <PriceListTable items={items} priceYear={result.priceYear} locale={locale} />
      ) : (
        <>
          <p class="utrecht-paragraph">{t('srCaution', {}, locale)}</p>
          <h2 class="utrecht-heading-2">{t('srGoalsHeading', {}, locale)}</h2>
          <GoalLinks
            goalNodes={props.goalNodes}
            tree={props.tree}
            indicators={props.indicators}
            locale={locale}
          />
          <h2 class="utrecht-heading-2">{t('srKeyFigures', {}, locale)}</h2>
          <SocialReturnKeyFigures result={result} locale={locale} />
          <h2 class="utrecht-heading-2">{t('srLedgerHeading', {}, locale)}</h2>
          <ActorLedgerTable result={result} locale={locale} />
          {result.kind === 'casusanalyse' ? (
            <>
              <h2 class="utrecht-heading-2">{t('srCasesHeading', {}, locale)}</h2>
              <CaseDistribution result={result} chartSvg={props.chartSvg} locale={locale} />
            </>
          ) : (
            <Sensitivity {...props} locale={locale} />
          )}
          <h2 class="utrecht-heading-2">{t('srAssumptionsHeading', {}, locale)}</h2>
          {result.kind === 'programma' ? (
            <ProgrammeAssumptions result={result} items={items} locale={locale} />
          ) : null}
          <PriceListTable items={items} priceYear={result.priceYear} locale={locale} />
        </>
      )}
    </PageLayout>
  );
}
