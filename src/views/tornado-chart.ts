/** @module The tornado chart of a programme's sensitivity: per assumption a bar from the base net present value to its value at the low and at the high end of the range (Vega-Lite → SVG on the server). */
import type { TopLevelSpec } from 'vega-lite';
import type { SensitivityResult } from '../social-return/sensitivity-analysis.ts';
import { t, type Locale } from './messages.ts';
import { renderVegaLiteSvg } from './vega-svg.ts';

/** At most this many bars: the largest swings; the table beside the chart lists every assumption. */
export const TORNADO_MAX_BARS = 12;

const LOW_COLOUR = '#b3541e';
const HIGH_COLOUR = '#24578f';

/** The bars drawn: assumptions whose range moves the result at all, largest swing first (the analysis's order). */
export const tornadoBars = (sensitivity: SensitivityResult): SensitivityResult['bars'] =>
  sensitivity.bars.filter((b) => b.swing > 0).slice(0, TORNADO_MAX_BARS);

/** The Vega-Lite spec (pure, testable as JSON); amounts in euros. */
export function tornadoChartSpec(sensitivity: SensitivityResult, locale: Locale = 'nl'): TopLevelSpec {
  const bars = tornadoBars(sensitivity);
  const low = t('srLowLegend', {}, locale);
  const high = t('srHighLegend', {}, locale);
  const base = sensitivity.base / 100;
  const values = bars.flatMap((b) => [
    { assumption: b.label, end: low, from: base, to: b.resultLow / 100 },
    { assumption: b.label, end: high, from: base, to: b.resultHigh / 100 },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 380,
    height: { step: 34 },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', tooltip: false, height: 20 },
        encoding: {
          y: {
            field: 'assumption',
            type: 'nominal',
            title: null,
            sort: bars.map((b) => b.label),
            // Long labels (`Deadweight (was toch gebeurd) — <result>`) on two lines: the assumption, then its subject.
            axis: { labelLimit: 300, labelExpr: "split(datum.label, ' — ')", labelLineHeight: 13 },
          },
          x: {
            field: 'from',
            type: 'quantitative',
            title: t('srNpv', {}, locale),
            axis: { format: '$,.0f', tickCount: 4 },
          },
          x2: { field: 'to' },
          color: {
            field: 'end',
            type: 'nominal',
            title: null,
            scale: { domain: [low, high], range: [LOW_COLOUR, HIGH_COLOUR] },
            legend: { orient: 'top' },
          },
        },
      },
      {
        data: { values: [{ base }] },
        mark: { type: 'rule', color: '#1d1d1d', strokeWidth: 2 },
        encoding: { x: { field: 'base', type: 'quantitative' } },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: '#1d1d1d', strokeDash: [4, 3] },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
    ],
  };
}

/** The chart as SVG, or null when no assumption moves the result (the page then says so). */
export async function renderTornadoChart(
  sensitivity: SensitivityResult,
  title: string,
  locale: Locale = 'nl',
): Promise<string | null> {
  const shown = tornadoBars(sensitivity).length;
  if (shown === 0) return null;
  return renderVegaLiteSvg(tornadoChartSpec(sensitivity, locale), {
    title: t('srTornadoTitle', { title }, locale),
    description: t('srTornadoDescription', { shown }, locale),
  });
}
