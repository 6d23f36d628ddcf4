/** @module `msd purge` end to end on the CSV fixture: the per-table counts in Dutch, a dry run that changes nothing, the audit entry, figures that stay, a refused earlier cut-off, and a purged record that cannot be ingested again. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/access/audit-log.ts';
import { createApp } from '../src/app.ts';
import { STANDARD_CATALOGUE } from '../src/catalogue/standard-catalogue.ts';
import { createWebServer } from '../src/web/server.ts';
import { loginAs } from './helpers/login.ts';
import { exactValues, msd } from './helpers/run-cli.ts';

const FIXTURES = new URL('./fixtures/csv/', import.meta.url).pathname;

/** Row counts of the record-level tables and the cube. */
async function counts(data: string): Promise<Record<string, number>> {
  const app = await createApp({ dataDir: data, readOnly: true });
  try {
    const out: Record<string, number> = {};
    for (const t of ['provision', 'benefit', 'residence', 'person', 'quarantine', 'indicator_value']) {
      const [row] = await app.store.all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`);
      out[t] = Number(row?.n ?? 0);
    }
    return out;
  } finally {
    app.close();
  }
}

/** The count the purge's table printed for a row label. */
const printed = (out: string, label: string): number => {
  const line = out.split('\n').find((l) => l.startsWith(label));
  if (line === undefined) throw new Error(`no line ${label} in:\n${out}`);
  return Number(line.slice(label.length).trim().replace('.', ''));
};

describe('msd purge', () => {
  let dir = '';
  let data = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'msd-purge-'));
    data = join(dir, 'data');
    expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
    expect((await msd('ingest', '--data', data, FIXTURES)).code).toBe(0);
    expect((await msd('compute', '--data', data)).code).toBe(0);
  });

  it('counts in a dry run, changes nothing, then removes exactly those rows and keeps the figures', async () => {
    const before = await counts(data);
    const figures2019 = await exactValues(data, 'youth.clients', '2019');
    // The fixture's records end in 2019 at the latest: with 5 years every ended one is older (a cut-off in 2021).
    const dry = await msd('purge', '--data', data, '--older-than', '5y', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Proefdraai (--dry-run): er is niets verwijderd.');
    expect(dry.out).toMatch(/^Gegevens +Rijen$/m);
    // J-1, J-3 and J-4 ended in 2019; J-2, W-1 and the waiting J-8 are open.
    expect(printed(dry.out, 'voorzieningen (jeugdhulp, Wmo)')).toBe(3);
    // U-1 ended on 2019-06-30.
    expect(printed(dry.out, 'uitkeringen')).toBe(1);
    expect(await counts(data)).toEqual(before);

    const real = await msd('purge', '--data', data, '--older-than', '5y');
    expect(real.code).toBe(0);
    expect(real.out).toContain('Verwijderd: ');
    expect(real.out).toContain('Bewaard: berekende cijfers');
    // The real run reports the dry run's counts, and they are the rows that went.
    expect(real.out.split('\n').slice(1)).toEqual(dry.out.split('\n').slice(1));
    const after = await counts(data);
    expect(before['provision']! - after['provision']!).toBe(3);
    expect(before['benefit']! - after['benefit']!).toBe(1);
    expect(before['residence']! - after['residence']!).toBe(printed(real.out, 'adressen (wijk, buurt)'));
    expect(before['person']! - after['person']!).toBe(printed(real.out, 'personen (pseudoniem)'));
    expect(after['indicator_value']).toBe(before['indicator_value']);

    // A full compute afterwards keeps the figures of the purged years.
    expect((await msd('compute', '--data', data)).code).toBe(0);
    expect(await exactValues(data, 'youth.clients', '2019')).toEqual(figures2019);
    expect((await counts(data))['indicator_value']).toBe(before['indicator_value']);

    const reader = await createApp({ dataDir: data, readOnly: true });
    const entries = await listAudit(reader.store);
    reader.close();
    const purge = entries.filter((e) => e.action === 'purge');
    expect(purge).toHaveLength(1);
    expect(purge[0]?.object).toMatch(/^grens 20\d\d-\d\d-\d\d: provision 3, claim 0, benefit 1, /);
    expect(purge[0]?.actor).toMatch(/^cli:/);
  });

  it('refuses an earlier cut-off (exit 1) and a span that is no span (exit 2)', async () => {
    const earlier = await msd('purge', '--data', data, '--older-than', '9y');
    expect(earlier.code).toBe(1);
    expect(earlier.err).toContain('een grens kan alleen later worden, niet eerder');
    const wrong = await msd('purge', '--data', data, '--older-than', '7 jaar');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe(
      'msd: "7 jaar" is geen bewaartermijn: geef een aantal jaren of maanden, bijvoorbeeld 7y of 84m',
    );
    // A later cut-off is fine.
    expect((await msd('purge', '--data', data, '--older-than', '60m')).code).toBe(0);
  });

  it('shows a local indicator defined after the purge from its first open period, saying why', async () => {
    const base = STANDARD_CATALOGUE.find((d) => d.id === 'support.clients');
    const file = join(dir, 'lokaal.json');
    await writeFile(file, JSON.stringify([{ ...base, id: 'local.support.clients' }]));
    expect((await msd('indicators', 'define', '--data', data, file)).code).toBe(0);
    expect((await msd('compute', '--data', data)).code).toBe(0);
    // The fixture's years (2017–2019) are all frozen: the query says why it has nothing for them.
    const shown = await msd(
      'indicators',
      'show',
      'local.support.clients',
      '--data',
      data,
      '--period',
      '2019',
    );
    expect(shown.code).toBe(0);
    expect(shown.err).toMatch(
      /^msd: geen cijfers voor 2019: gegevens vóór \d\d-\d\d-20\d\d zijn verwijderd volgens de bewaartermijn$/,
    );
    const app = await createApp({ dataDir: data });
    const web = createWebServer({ store: app.store, version: 'test' });
    try {
      const { headers } = await loginAs(app.store, 'viewer');
      const page = await web.inject({ url: '/indicator/local.support.clients', headers });
      expect(page.statusCode).toBe(200);
      expect(page.body).toMatch(/gegevens vóór \d\d-\d\d-20\d\d zijn verwijderd volgens de bewaartermijn/);
      const standard = await web.inject({ url: '/indicator/support.clients', headers });
      expect(standard.body).not.toContain('zijn verwijderd volgens de bewaartermijn');
    } finally {
      await web.close();
      app.close();
    }
  });

  it('quarantines a purged record that is delivered again, with the Dutch reason, and stores the rest', async () => {
    const file = join(dir, 'uitkeringen-opnieuw.csv');
    await writeFile(
      file,
      [
        'bsn;geboortedatum;geslacht;postcode;huisnummer;huisletter;toevoeging;regeling;uitkeringsnummer;begindatum;einddatum;reden_uitstroom;instelling_of_dakloos',
        '999990056;1980-01-01;M;2711AA;3;;;PW;U-1;2018-03-01;2019-06-30;werk;N',
        '999990081;1962-04-04;M;2711AA;9;;;PW;U-9;2025-01-01;;;N',
        '',
      ].join('\n'),
    );
    const before = await counts(data);
    await msd('ingest', '--data', data, file);
    const { quarantine } = JSON.parse((await msd('batches', '--data', data, '--format', 'json')).out) as {
      quarantine: Array<{ file: string; position: string; reason: string }>;
    };
    const refused = quarantine.filter((q) => q.file === 'uitkeringen-opnieuw.csv');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.position).toBe('regel 2');
    expect(refused[0]?.reason).toMatch(
      /^gegevens vóór \d\d-\d\d-20\d\d zijn verwijderd volgens de bewaartermijn; dit record valt daar helemaal vóór/,
    );
    expect((await counts(data))['benefit']).toBe(before['benefit']! + 1);
  });
});

describe('ingest after a purge', () => {
  it('quarantines iJw claim lines and stops that ended before the cut-off, per record, and keeps the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'msd-purge-istd-'));
    const data = join(dir, 'data');
    expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
    // The cut-off as a purge on 2033-06-01 with 7 years would leave it (the fixture's messages are of 2026).
    const app = await createApp({ dataDir: data });
    await app.store.run(
      "INSERT INTO retention_cutoff (cutoff, horizon, set_at, set_by) VALUES (DATE '2026-06-01', DATE '2033-06-01', '2033-06-01T00:00:00Z', 'cli:test')",
    );
    app.close();
    const messages = new URL('./fixtures/istandaarden/berichten/', import.meta.url).pathname;
    for (const name of ['JW301.xml', 'JW305.xml', 'JW307.xml', 'JW323.xml'])
      await msd('ingest', '--data', data, join(messages, name));
    const { quarantine } = JSON.parse((await msd('batches', '--data', data, '--format', 'json')).out) as {
      quarantine: Array<{ file: string; position: string; reason: string }>;
    };
    const reason =
      'gegevens vóór 01-06-2026 zijn verwijderd volgens de bewaartermijn; dit record valt daar helemaal vóór en wordt niet opnieuw opgeslagen';
    // The four claim lines of March 2026 and the stop of 2026-05-29; the allocations (to 2026-12-31 and open) and
    // the starts are stored.
    expect(
      quarantine.filter((q) => q.reason === reason).map((q) => `${q.file} ${q.position.replace(/\d+/, 'n')}`),
    ).toEqual([
      'JW307.xml StopProduct (record n)',
      'JW323.xml Prestatie (record n)',
      'JW323.xml Prestatie (record n)',
      'JW323.xml Prestatie (record n)',
      'JW323.xml Prestatie (record n)',
    ]);
    const reader = await createApp({ dataDir: data, readOnly: true });
    const [row] = await reader.store.all<{ a: number; c: number; s: number }>(
      'SELECT (SELECT count(*) FROM istd_allocation) AS a, (SELECT count(*) FROM claim) AS c, (SELECT count(*) FROM istd_care_stop) AS s',
    );
    reader.close();
    expect(row).toEqual({ a: 2, c: 0, s: 0 });
  });
});
