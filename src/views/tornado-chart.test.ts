import { describe, expect, it } from 'vitest';
import type { SensitivityResult, TornadoBar } from '../social-return/sensitivity-analysis.ts';
import { renderTornadoChart, tornadoBars, tornadoChartSpec, TORNADO_MAX_BARS } from './tornado-chart.ts';

const bar = (assumption: string, low: number, high: number): TornadoBar => ({
  assumption,
  label: `Label ${assumption}`,
  base: 0.5,
  low: 0,
  high: 1,
  resultLow: low,
  resultHigh: high,
  resultBase: 100_000,
  swing: Math.abs(high - low),
  decidesSign: low < 0 || high < 0,
});

const sensitivity = (bars: TornadoBar[]): SensitivityResult => ({
  metric: 'npv',
  base: 100_000,
  bars,
  signDecidedBy: bars.filter((b) => b.decidesSign).map((b) => b.assumption),
});

describe('the tornado chart', () => {
  it('draws each bar from the base to the result at low and at high, in euros, in the analysis order', () => {
    const spec = tornadoChartSpec(sensitivity([bar('a:1', -50_000, 250_000), bar('b:1', 90_000, 110_000)]));
    const layers = (spec as { layer: { data: { values: unknown[] } }[] }).layer;
    expect(layers[0]!.data.values).toEqual([
      { assumption: 'Label a:1', end: 'lage waarde', from: 1000, to: -500 },
      { assumption: 'Label a:1', end: 'hoge waarde', from: 1000, to: 2500 },
      { assumption: 'Label b:1', end: 'lage waarde', from: 1000, to: 900 },
      { assumption: 'Label b:1', end: 'hoge waarde', from: 1000, to: 1100 },
    ]);
    // The base line and the zero line.
    expect(layers[1]!.data.values).toEqual([{ base: 1000 }]);
    expect(layers[2]!.data.values).toEqual([{ zero: 0 }]);
  });

  it('leaves out assumptions that do not move the result and keeps at most the largest swings', () => {
    const many = Array.from({ length: 20 }, (_, i) => bar(`x:${i}`, 100_000 - (20 - i), 100_000 + (20 - i)));
    const flat = bar('flat', 100_000, 100_000);
    expect(tornadoBars(sensitivity([...many, flat])).map((b) => b.assumption)).toEqual(
      many.slice(0, TORNADO_MAX_BARS).map((b) => b.assumption),
    );
  });

  it('renders an SVG with a Dutch title and description, or nothing when no assumption matters', async () => {
    const svg = await renderTornadoChart(sensitivity([bar('a:1', -50_000, 250_000)]), 'Proef');
    expect(svg).toMatch(
      /^<svg[^>]* role="img" focusable="false"><title>Tornadodiagram: Proef<\/title><desc>Per aanname/,
    );
    expect(svg).toContain('€ 2.000');
    expect(await renderTornadoChart(sensitivity([bar('flat', 100_000, 100_000)]), 'Proef')).toBeNull();
  });
});
