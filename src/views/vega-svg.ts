/** @module Renders a Vega-Lite spec to a static SVG string on the server (no client JS; the same SVG in dashboard, report and PDF). */
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { yieldToEventLoop } from '../event-loop.ts';

/** Fonts and colours shared by every chart, matching the NL Design System page. */
const CHART_CONFIG = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    labelColor: '#1d1d1d',
    titleColor: '#1d1d1d',
    gridColor: '#d8d8d8',
  },
  legend: { labelFontSize: 12, titleFontSize: 12 },
  view: { stroke: null },
  background: '#ffffff',
  aria: false,
  // Dutch number notation on axes: 12.345 and 1,5.
  locale: { number: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] } },
} as const;

/**
 * Compiles and renders to SVG. The SVG gets `role="img"` and an accessible name (`<title>`) + description
 * (`<desc>`), because the chart is an image of data that the accompanying table also gives as text.
 */
export async function renderVegaLiteSvg(
  spec: TopLevelSpec,
  accessible: { title: string; description: string },
): Promise<string> {
  // Compiling, parsing and rendering are each synchronous (tens of milliseconds per chart, more the first time):
  // between them the event loop runs, so a server rendering a page keeps answering other requests.
  const compiled = compile({
    ...spec,
    config: { ...CHART_CONFIG, ...(spec.config ?? {}) },
  } as TopLevelSpec).spec;
  await yieldToEventLoop();
  const view = new View(parse(compiled), { renderer: 'none' });
  try {
    await yieldToEventLoop();
    // The chart as a whole is one image with a title and a description (and the table gives the numbers), so
    // Vega's own ARIA roles on inner groups and marks are removed: they would be unnamed images inside an image.
    const svg = (await view.toSVG()).replace(
      / (?:role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g,
      '',
    );
    const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    return svg.replace(
      /^<svg([^>]*)>/,
      `<svg$1 role="img" focusable="false"><title>${escape(accessible.title)}</title><desc>${escape(accessible.description)}</desc>`,
    );
  } finally {
    view.finalize();
  }
}
