/**
 * @module Forecast bands on /indicator/<id> and turn the curve, on a real demo S build (slow: generated, ingested and
 * computed through the CLI once): the page's forecast table equals what `readOutlook` gives for that series, a series
 * broken by a secret value says why it has no bands, the three trend indicators of the demo tree are judged against
 * the trend (page and report), and a year report's cards carry the same bands.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { loadCatalogue } from '../../src/catalogue/local-catalogue.ts';
import { DEMO_TREND_INDICATORS } from '../../src/demo/demo-goal-tree.ts';
import type { ForecastRow } from '../../src/engine/forecast-rows.ts';
import { readOutlook } from '../../src/engine/outlook-read-service.ts';
import { assembleReport } from '../../src/report/report-assembly.ts';
import { renderReportHtml } from '../../src/report/report-html.tsx';
import { steeringStatus, type SteeringNode } from '../../src/steering/steering-status.ts';
import { visibleRows } from '../../src/views/forecast-chart.ts';
import { formatNumber } from '../../src/views/messages.ts';
import { createWebServer } from '../../src/web/server.ts';
import { loginAs } from '../helpers/login.ts';
import { msd } from '../helpers/run-cli.ts';

let app: App;
let web: ReturnType<typeof createWebServer>;
let cookie = '';
let data = '';

beforeAll(async () => {
  data = join(await mkdtemp(join(tmpdir(), 'msd-bands-')), 'data');
  const build = await msd('demo', '--size', 'S', '--no-serve', '--data', data);
  expect(build.code, build.err).toBe(0);
  app = await createApp({ dataDir: data });
  cookie = (await loginAs(app.store, 'viewer')).headers.cookie;
  web = createWebServer({ store: app.store, version: 'test' });
}, 900_000);

afterAll(async () => {
  await web?.close();
  app?.close();
  if (data) await rm(dirname(data), { recursive: true, force: true });
});

/** The forecast section of a page: its sentence and its table's rows as cell texts. */
function forecastSection(html: string): { text: string; rows: string[][] } {
  const start = html.indexOf('<section class="msd-forecast-section"');
  expect(start, 'the page has a forecast section').toBeGreaterThan(-1);
  const section = html.slice(start, html.indexOf('</section>', start));
  return { text: section.replace(/<[^>]+>/g, ' '), rows: tableRows(section) };
}

/** The body rows of the first table in a piece of HTML, as cell texts. */
function tableRows(html: string): string[][] {
  const body = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1] ?? ''),
  );
}

/** What the figure's table shows for a row, written as the page writes numbers. */
function expectedCells(r: ForecastRow): string[] {
  const n = (x: number | null) => (x === null ? '' : formatNumber(x));
  const band = (lo: number | null, hi: number | null) =>
    lo === null || hi === null ? '' : `${n(lo)} – ${n(hi)}`;
  return [
    r.period,
    r.value === null && r.forecast === null ? '.' : n(r.value),
    n(r.forecast),
    band(r.lower80, r.upper80),
    band(r.lower95, r.upper95),
    r.method ?? '',
  ];
}

async function page(url: string): Promise<string> {
  const response = await web.inject({ url, headers: { cookie } });
  expect(response.statusCode, url).toBe(200);
  return response.body;
}

describe('forecast bands on /indicator/<id> (demo S)', () => {
  it('shows the yearly series of youth care with its bands: the table equals readOutlook row for row', async () => {
    const outlook = await readOutlook(app.store, {
      indicator: 'youth.clients',
      area: 'GM0637',
      periodKind: 'year',
    });
    const series = outlook.series;
    expect(series?.indicator.id).toBe('youth.clients');
    const rows = visibleRows(series?.rows ?? [], 'year');
    const ahead = rows.filter((r) => r.method !== null);
    // Three years ahead past the last complete one, each with both bands around the forecast.
    expect(ahead.length).toBeGreaterThanOrEqual(3);
    for (const r of ahead) {
      expect(r.lower95).toBeLessThanOrEqual(r.lower80 ?? NaN);
      expect(r.lower80).toBeLessThanOrEqual(r.forecast ?? NaN);
      expect(r.forecast).toBeLessThanOrEqual(r.upper80 ?? NaN);
      expect(r.upper80).toBeLessThanOrEqual(r.upper95 ?? NaN);
    }
    const { text, rows: shown } = forecastSection(await page('/indicator/youth.clients?soort=jaar'));
    expect(shown).toEqual(rows.map(expectedCells));
    expect(shown[0]?.[0]).toBe('2015');
    expect(text).toContain('Prognose per jaar: Zoetermeer');
    expect(text).toMatch(
      /Prognose met methode [^,]+ \(\S+\), gekozen op de kleinste fout in een terugtoets over \d+ eerdere voorspellingen \(MASE [\d,]+\); bij terugtoetsen viel \d+ van de \d+ uitkomsten binnen de 80 %-band en \d+ binnen de 95 %-band\./,
    );
    expect(series?.summary).toContain(`(${ahead[0]?.method ?? '?'}), gekozen`);
  });

  it('gives a wijk its own bands, equal to readOutlook for that wijk', async () => {
    const wijk = (
      await app.store.all<{ code: string }>(
        "SELECT code FROM area WHERE level = 'wijk' ORDER BY code LIMIT 1",
      )
    )[0]?.code;
    expect(wijk).toMatch(/^WK0637/);
    const outlook = await readOutlook(app.store, {
      indicator: 'youth.clients',
      area: wijk,
      periodKind: 'quarter',
    });
    const { rows } = forecastSection(await page(`/indicator/youth.clients?soort=kwartaal&gebied=${wijk}`));
    expect(rows).toEqual(visibleRows(outlook.series?.rows ?? [], 'quarter').map(expectedCells));
  });

  it('says why a series broken by a secret value has no bands, and why halves have none', async () => {
    const outlook = await readOutlook(app.store, {
      indicator: 'participation.inflow',
      area: 'GM0637',
      periodKind: 'month',
    });
    const rows = outlook.series?.rows ?? [];
    expect(rows.some((r) => r.forecast !== null)).toBe(false);
    const hidden = rows.filter((r) => r.value === null && r.forecast === null).at(-1)?.period;
    expect(hidden).toMatch(/^\d{4}-\d{2}$/);
    const { text, rows: shown } = forecastSection(await page('/indicator/participation.inflow?soort=maand'));
    expect(text).toContain(
      `Geen voorspelling: ${hidden} is geheim (onthullingsbeheersing) en een voorspelling slaat geen geheime waarde over; na ${hidden} telt de reeks`,
    );
    // The history is there (the secret month as '.'), no band: not one row with a method.
    expect(shown.find((r) => r[0] === hidden)?.[1]).toBe('.');
    expect(shown.every((r) => r[5] === '')).toBe(true);
    const halves = forecastSection(await page('/indicator/youth.clients?soort=halfjaar'));
    expect(halves.text).toContain(
      'Geen prognose per halfjaar: voorspellingen worden per jaar, kwartaal en maand gemaakt.',
    );
    expect(halves.rows).toEqual([]);
  });
});

describe('turn the curve in the demo tree (demo S)', () => {
  it('judges the three trend indicators against the forecast from 2015–2018, with a sentence', async () => {
    const view = await steeringStatus(app.store, {
      period: '2024',
      area: 'GM0637',
      catalogue: await loadCatalogue(app.store),
    });
    const nodes: SteeringNode[] = [];
    const walk = (n: SteeringNode): void => {
      if (n.kind === 'indicator' && (DEMO_TREND_INDICATORS as readonly string[]).includes(n.indicator ?? ''))
        nodes.push(n);
      n.children.forEach(walk);
    };
    walk(view.root);
    const byIndicator = new Map(nodes.map((n) => [n.indicator, n]));
    expect([...byIndicator.keys()].sort()).toEqual([...DEMO_TREND_INDICATORS].sort());
    for (const n of nodes) {
      expect(n.target ?? null).toBeNull();
      expect(n.trend?.baselinePeriod).toBe('2018');
      expect(n.reason).toContain(
        'geen streefwaarde voor 2024; vergeleken met de trend uit de basisjaren tot en met 2018',
      );
    }
    const benefits = byIndicator.get('participation.benefits.per10000');
    expect([benefits?.status, benefits?.trend?.status]).toEqual(['op koers', 'better']);
    expect(benefits?.sentence).toMatch(
      /Beter dan de trend: [\d.,]+ ligt onder de band van [\d.,]+ tot [\d.,]+ \(80 %\)/,
    );
    const cost = byIndicator.get('youth.cost.perClient');
    expect([cost?.status, cost?.trend?.status]).toEqual(['uit koers', 'worse']);
    expect(cost?.sentence).toMatch(
      /Slechter dan de trend: [\d.,]+ ligt boven de band van [\d.,]+ tot [\d.,]+ \(80 %\)/,
    );
    // The effect pages show the same sentences.
    const parentOf = (id: string) => {
      let found = '';
      const find = (n: SteeringNode): void => {
        if (n.children.some((c) => c.id === id)) found = n.id;
        n.children.forEach(find);
      };
      find(view.root);
      return found;
    };
    const effect = await page(`/effect/${parentOf(benefits?.id ?? '')}?periode=2024`);
    expect(effect).toContain('Beter dan de trend: ');
  });

  it('puts the comparison in the report, and gives a year report’s cards the same bands as the page', async () => {
    const catalogue = await loadCatalogue(app.store);
    const now = new Date('2026-12-06T09:00:00.000Z');
    // 2025 is the last complete year of youth care in the demo (delivered up to 2026-02-15): the bands start at 2026.
    const latest = await assembleReport(app.store, {
      moment: 'jaarrekening',
      period: '2025',
      catalogue,
      now,
    });
    const outlook = await readOutlook(app.store, {
      indicator: 'youth.clients',
      area: 'GM0637',
      periodKind: 'year',
    });
    expect(latest.forecasts?.['youth.clients']?.rows).toEqual(outlook.series?.rows);
    // A report about an earlier year has no bands for youth care: they would start after its trend chart ends.
    const earlier = await assembleReport(app.store, {
      moment: 'jaarrekening',
      period: '2023',
      catalogue,
      now,
    });
    expect(earlier.forecasts?.['youth.clients']).toBeUndefined();
    const html = await renderReportHtml(latest, 'test');
    expect(html).toContain('Beter dan de trend: ');
    expect(html).toContain('Slechter dan de trend: ');
    // The headline card of the Jeugd chapter: the figure with the chart, sentence and table of its bands.
    const start = html.indexOf('<div data-indicator="youth.clients"');
    expect(start).toBeGreaterThan(-1);
    const card = html.slice(start, html.indexOf('<div data-indicator=', start + 10));
    expect(card).toContain('<strong>Prognose per jaar: Zoetermeer</strong>');
    expect(card).toContain('Jongeren met jeugdhulp — Zoetermeer: cijfers en voorspelling');
    expect(card).toContain(`Prognose met ${outlook.series?.summary ?? '?'}.`);
    const last = visibleRows(outlook.series?.rows ?? [], 'year').at(-1);
    expect(last?.method).not.toBeNull();
    const figure = card.slice(card.indexOf('<div class="msd-forecast">'));
    expect(tableRows(figure)).toEqual(visibleRows(outlook.series?.rows ?? [], 'year').map(expectedCells));
    expect(tableRows(figure).at(-1)).toEqual(expectedCells(last as ForecastRow));
  });
});
