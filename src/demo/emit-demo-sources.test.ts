import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../ingest/bsn.ts';
import { CLAIM_HEADER } from './claim-emitter.ts';
import { forEachRow, type Row } from './demo-source-analysis.ts';
import { DEFAULT_DEMO_OPTIONS, type DemoOptions } from './demo-options.ts';
import { emitDemoSources, type EmittedFile } from './emit-demo-sources.ts';
import { BENEFIT_HEADER } from './record-emitter.ts';
import { readDemoMessages } from './demo-message-reader.ts';
import { listMessageEntries } from '../ingest/istandaarden/message-source.ts';
import { sniffMessageType } from '../ingest/istandaarden/istandaard-ingest.ts';
import { validateAgainstXsd } from '../ingest/istandaarden/xsd-validator.ts';
import { ZOETERMEER_AREAS } from './zoetermeer-areas.fixture.ts';
import { needsShared, sharedPath } from '../../test/helpers/shared-folder.ts';

const XSD_DIR = sharedPath('istandaarden');
const xsds = needsShared('the official iJw / iWmo 3.2 XSDs (istandaarden/)');
const small: DemoOptions = { ...DEFAULT_DEMO_OPTIONS, size: 'S' };
const root = mkdtempSync(join(tmpdir(), 'msd-demo-'));
const digest = (dir: string, file: string): string =>
  createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');
const lines = (dir: string, file: string): string[] =>
  readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');

let files: EmittedFile[];
const first = join(root, 'a');

beforeAll(async () => {
  files = await emitDemoSources(small, ZOETERMEER_AREAS, first);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the demo source files', () => {
  it('are byte-identical for the same options', async () => {
    const again = join(root, 'b');
    await emitDemoSources(small, ZOETERMEER_AREAS, again);
    const all = readdirSync(first).sort();
    expect(readdirSync(again).sort()).toEqual(all);
    for (const file of all) expect(digest(again, file), file).toBe(digest(first, file));
  }, 120_000);

  it('differ for another seed', async () => {
    const other = join(root, 'c');
    await emitDemoSources({ ...small, seed: small.seed + 1 }, ZOETERMEER_AREAS, other);
    for (const file of ['bevolking.csv', 'declaraties.csv', 'uitkeringen.csv', 'berichten-jw-2019.zip'])
      expect(digest(other, file), file).not.toBe(digest(first, file));
  }, 120_000);

  it('carry the documented headers and a manifest whose row counts match the files', () => {
    expect(lines(first, 'bevolking.csv')[0]).toBe('peildatum;wijk;leeftijd;geslacht;aantal');
    expect(lines(first, 'huishoudens.csv')[0]).toBe('peildatum;wijk;aantal');
    expect(lines(first, 'postcodes.csv')[0]).toBe('postcode;wijk;buurt');
    expect(lines(first, 'declaraties.csv')[0]).toBe(CLAIM_HEADER.join(';'));
    expect(lines(first, 'uitkeringen.csv')[0]).toBe(BENEFIT_HEADER.join(';'));
    expect(lines(first, 're-integratie.csv')[0]).toBe(
      'bsn;instrumentcode;instrumentnaam;begindatum;einddatum;reden_einde',
    );
    const manifest = JSON.parse(readFileSync(join(first, 'manifest.json'), 'utf8')) as {
      gemeente: { code: string };
      seed: number;
      size: string;
      files: EmittedFile[];
    };
    expect(manifest.gemeente.code).toBe('GM0637');
    expect(manifest.seed).toBe(small.seed);
    expect(manifest.size).toBe('S');
    for (const f of manifest.files.filter((m) => m.file.endsWith('.csv')))
      expect(lines(first, f.file).length - 1, f.file).toBe(f.rows);
    const archives = files.filter((f) => f.kind === 'messages').map((f) => f.file);
    // One archive per law and year, 2015 up to the delivery year.
    expect(archives).toContain('berichten-jw-2015.zip');
    expect(archives).toContain('berichten-wmo-2026.zip');
    expect(files.map((f) => f.file)).toEqual([
      'bevolking.csv',
      'huishoudens.csv',
      'postcodes.csv',
      ...archives,
      'declaraties.csv',
      'uitkeringen.csv',
      're-integratie.csv',
      'manifest.json',
    ]);
  });

  it('give population on 1 January of every year 2015–2026, with ages 0–105 and wijken from the areas', () => {
    const rows = lines(first, 'bevolking.csv')
      .slice(1)
      .map((l) => l.split(';'));
    const dates = new Set(rows.map((r) => r[0]));
    expect([...dates]).toEqual(Array.from({ length: 12 }, (_, i) => `${2015 + i}-01-01`));
    const codes = new Set(ZOETERMEER_AREAS.wijken.map((w) => w.code));
    for (const [, wijk, age, gender, count] of rows) {
      expect(codes.has(wijk ?? '')).toBe(true);
      expect(Number(age) >= 0 && Number(age) <= 105).toBe(true);
      expect(['M', 'V']).toContain(gender);
      expect(Number(count)).toBeGreaterThan(0);
    }
    const total2024 = rows.filter((r) => r[0] === '2024-01-01').reduce((s, r) => s + Number(r[4]), 0);
    expect(Math.abs(total2024 - 25_000) / 25_000).toBeLessThan(0.03);
  });

  it('use only valid BSNs, known postcodes, and claims that belong to an allocation', async () => {
    const postcodes = new Set(
      lines(first, 'postcodes.csv')
        .slice(1)
        .map((l) => l.split(';')[0]),
    );
    expect([...postcodes].every((p) => /^\d{4}[A-Z]{2}$/.test(p ?? ''))).toBe(true);
    const allocations = new Set<string>();
    const checkRecord = (r: Row): void => {
      if (!/^\d{9}$/.test(r.bsn ?? '') || !isValidBsn(r.bsn ?? ''))
        throw new Error(`BSN ${r.bsn} fails the elfproef`);
      if (!postcodes.has(r.postcode ?? '')) throw new Error(`unknown postcode ${r.postcode}`);
    };
    let provisions = 0;
    let waiting = 0;
    const messages = await readDemoMessages(first);
    expect(messages.problems).toEqual([]);
    messages.provisions.forEach((r) => {
      checkRecord(r);
      allocations.add(r.toewijzingnummer ?? '');
      provisions++;
      if (r.begindatum === '') waiting++;
      expect(['jeugd', 'wmo']).toContain(r.wet);
      if (r.einddatum !== '') expect(r.reden_einde).toMatch(/^\d{2}$/);
    });
    expect(allocations.size).toBe(provisions);
    expect(waiting).toBeGreaterThan(0);
    await forEachRow(join(first, 'uitkeringen.csv'), (r) => {
      checkRecord(r);
      expect(['PW', 'IOAW', 'IOAZ']).toContain(r.regeling);
      expect(['J', 'N']).toContain(r.instelling_of_dakloos);
      if (r.einddatum !== '')
        expect(['werk', 'andere_uitkering', 'verhuizing', 'overig']).toContain(r.reden_uitstroom);
    });
    let credits = 0;
    let claims = 0;
    const checkClaim = (r: Row): void => {
      claims++;
      if (!allocations.has(r.toewijzingnummer ?? ''))
        throw new Error(`claim for unknown allocation ${r.toewijzingnummer}`);
      if (!/^[1-9]\d*$/.test(r.bedrag_cent ?? '')) throw new Error(`amount ${r.bedrag_cent}`);
      if ((r.indieningsdatum ?? '') > small.deliveryDate)
        throw new Error(`submitted after delivery: ${r.indieningsdatum}`);
      if ((r.periode_begin ?? '').slice(0, 7) !== (r.periode_eind ?? '').slice(0, 7))
        throw new Error('period spans months');
      if ((r.indieningsdatum ?? '') <= (r.periode_eind ?? ''))
        throw new Error('submitted before the period ended');
      if (r.debet_credit === 'C') credits++;
    };
    await forEachRow(join(first, 'declaraties.csv'), checkClaim);
    messages.claims.forEach(checkClaim);
    // Claims of the last year (2025) come as 323 messages, older ones as the CSV history.
    expect(messages.claims.every((r) => (r.periode_begin ?? '') >= '2025-01-01')).toBe(true);
    expect(messages.claims.length).toBeGreaterThan(1000);
    expect(credits).toBeGreaterThan(0);
    expect(credits / claims).toBeLessThan(0.05);
  });

  it('hold re-integration instruments mostly of persons with bijstand, ended for work in step with their benefit', async () => {
    const benefits = new Map<string, Row[]>();
    await forEachRow(join(first, 'uitkeringen.csv'), (r) => {
      benefits.set(r.bsn ?? '', [...(benefits.get(r.bsn ?? '') ?? []), r]);
    });
    const startsPerYear = new Map<string, number>();
    const instruments = new Set<string>();
    const reasons = new Map<string, number>();
    let withBijstand = 0;
    let all = 0;
    let toWork = 0;
    await forEachRow(join(first, 're-integratie.csv'), (r) => {
      all++;
      expect(isValidBsn(r.bsn ?? '')).toBe(true);
      instruments.add(`${r.instrumentcode}=${r.instrumentnaam}`);
      const year = (r.begindatum ?? '').slice(0, 4);
      startsPerYear.set(year, (startsPerYear.get(year) ?? 0) + 1);
      if (r.einddatum === '') expect(r.reden_einde).toBe('');
      else {
        expect(r.einddatum! >= r.begindatum!).toBe(true);
        expect(r.einddatum! <= small.deliveryDate).toBe(true);
        reasons.set(r.reden_einde ?? '', (reasons.get(r.reden_einde ?? '') ?? 0) + 1);
      }
      const own = benefits.get(r.bsn ?? '') ?? [];
      const running = own.filter(
        (b) =>
          b.regeling === 'PW' &&
          b.begindatum! <= r.begindatum! &&
          (b.einddatum === '' || b.einddatum! > r.begindatum!),
      );
      if (running.length > 0) withBijstand++;
      const limit = `${Number(r.begindatum!.slice(0, 4)) + 1}${r.begindatum!.slice(4)}`;
      if (
        own.some(
          (b) => b.reden_uitstroom === 'werk' && b.einddatum! >= r.begindatum! && b.einddatum! <= limit,
        )
      )
        toWork++;
    });
    expect([...instruments].sort()).toEqual([
      'JC=Jobcoaching',
      'LKS=Loonkostensubsidie',
      'PP=Participatieplaats',
      'SCH=Scholing',
      'WFT=Werkfit-traject',
    ]);
    // Demo S is a fifth of Zoetermeer: some 70 starts a year (a few hundred on M), in every year with data.
    for (let year = 2015; year <= 2025; year++) {
      const n = startsPerYear.get(String(year)) ?? 0;
      expect(n, String(year)).toBeGreaterThan(35);
      expect(n, String(year)).toBeLessThan(120);
    }
    expect(withBijstand / all).toBeGreaterThan(0.75);
    expect(toWork / all).toBeGreaterThan(0.2);
    expect(toWork / all).toBeLessThan(0.6);
    expect([...reasons.keys()].sort()).toEqual(['opleiding', 'overig', 'voortijdig', 'werk']);
  });

  it.skipIf(xsds.absent)(
    xsds.title('hold messages that are valid against the official XSDs (a sample of each type)'),
    async () => {
      const seen = new Map<string, number>();
      for (const archive of ['berichten-jw-2019.zip', 'berichten-wmo-2025.zip', 'berichten-jw-2026.zip']) {
        for await (const entry of listMessageEntries(join(first, archive))) {
          const type = entry.name.replace(/-.*$/, '');
          if ((seen.get(type) ?? 0) >= 3) continue;
          seen.set(type, (seen.get(type) ?? 0) + 1);
          const parts: Buffer[] = [];
          for await (const chunk of entry.read()) parts.push(chunk);
          const xml = Buffer.concat(parts).toString('utf8');
          const kind = sniffMessageType(xml);
          expect(kind, entry.name).not.toBeNull();
          const result = await validateAgainstXsd(xml, kind!.messageType, kind!.law, XSD_DIR);
          expect(result.errors, `${archive}/${entry.name}`).toEqual([]);
        }
      }
      expect([...seen.keys()].sort()).toEqual([
        'JW301',
        'JW305',
        'JW307',
        'JW323',
        'WMO301',
        'WMO305',
        'WMO307',
        'WMO323',
      ]);
    },
    120_000,
  );
});
