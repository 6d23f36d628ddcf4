import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadCatalogue } from '../../src/catalogue/local-catalogue.ts';
import { assembleReport } from '../../src/report/report-assembly.ts';
import { renderReportHtml } from '../../src/report/report-html.tsx';
import { canonicalJson, snapshotHash, type ReportSnapshot } from '../../src/report/report-snapshot.ts';
import { reportFixture } from './report-fixture.ts';

const GOLDEN = new URL('../golden/report-halfjaar-2019-H1.html', import.meta.url);

let html: string;
let snapshot: ReportSnapshot;

beforeAll(async () => {
  const data = await reportFixture();
  const app = await createApp({ dataDir: data });
  try {
    snapshot = await assembleReport(app.store, {
      moment: 'halfjaar',
      period: '2019-H1',
      catalogue: await loadCatalogue(app.store),
      // A fixed generation moment: the report's date comes from the snapshot, never from the clock.
      now: new Date('2026-12-06T09:00:00.000Z'),
    });
  } finally {
    app.close();
  }
  const canonical = canonicalJson(snapshot);
  html = await renderReportHtml(JSON.parse(canonical) as ReportSnapshot, snapshotHash(canonical));
});

describe('the report of a small fixture', () => {
  it('equals its golden file (written when missing locally, a failure when missing under CI)', () => {
    if (!existsSync(GOLDEN)) {
      if (process.env['CI'] === 'true') throw new Error(`golden file missing under CI: ${GOLDEN.pathname}`);
      writeFileSync(GOLDEN, html);
    }
    expect(html).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('holds half-year periods only, dated by the snapshot', () => {
    expect(snapshot.generatedAt).toBe('2026-12-06T09:00:00.000Z');
    expect(html).toContain('Datum rapport: 06-12-2026');
    expect(html).toContain('Monitor Sociaal Domein Zoetermeer: Halfjaarrapportage 2019-H1</h1>');
    const periods = new Set(snapshot.indicators.flatMap((i) => i.periods));
    expect([...periods].every((p) => /^\d{4}-H[12]$/.test(p))).toBe(true);
    expect(periods.has('2019-H1')).toBe(true);
  });

  it('renders the same bytes from the same snapshot twice', async () => {
    const canonical = canonicalJson(snapshot);
    expect(await renderReportHtml(JSON.parse(canonical) as ReportSnapshot, snapshotHash(canonical))).toBe(
      html,
    );
  });
});
