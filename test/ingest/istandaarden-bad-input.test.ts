/** @module Tests for bad iJw / iWmo input in the store: quarantined records, rejected files that store nothing, --strict, --xsd-dir, zip archives, and no BSN at rest. */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllocationMessage } from '../../src/ingest/istandaarden/message-writer.ts';
import { DuckDbStore } from '../../src/store/duckdb-store.ts';
import { migrate } from '../../src/store/migrate.ts';
import { withFixtureDb } from '../helpers/fixture-db.ts';
import { needsShared } from '../helpers/shared-folder.ts';
import { MESSAGES, SAMPLES, XSD_DIR, head, ingest, recordCounts, testBsn } from './istandaarden-helpers.ts';

const FIXTURES = new URL('../fixtures/istandaarden/', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);
const official = needsShared('the official XSDs and iJw samples (istandaarden/)');

describe('iJw / iWmo ingestion: bad input', () => {
  it('quarantines a record with an invalid BSN or impossible date with file, message id, position and reason', async () => {
    await withFixtureDb(async (store) => {
      const results = await ingest(store, [
        fixture('invalid-bsn-301.xml'),
        fixture('impossible-date-305.xml'),
      ]);
      expect(results.map((r) => [r.status, r.counts.read, r.counts.stored, r.counts.quarantined])).toEqual([
        ['stored', 1, 0, 1],
        ['stored', 2, 1, 1],
      ]);
      const rows = await store.all<{ file: string; message_id: string; position: string; reason: string }>(
        'SELECT file, message_id, position, reason FROM quarantine ORDER BY file',
      );
      expect(rows.map((r) => [r.file, r.message_id])).toEqual([
        ['impossible-date-305.xml', 'FX305'],
        ['invalid-bsn-301.xml', expect.any(String)],
      ]);
      expect(rows[0]?.reason).toBe('Begindatum is geen geldige datum: 2027-06-31');
      expect(rows[0]?.position).toMatch(/^11:1 Bericht\/Client\/StartProducten\/StartProduct Begindatum$/);
      expect(rows[1]?.reason).toBe('BSN voldoet niet aan de elfproef');
      // The good sibling of the impossible date is stored.
      expect(await store.all('SELECT count(*) AS n FROM istd_care_start')).toEqual([{ n: 1 }]);
    });
  });

  it('quarantines an unknown product category in a WMO323 and stores the other lines', async () => {
    await withFixtureDb(async (store) => {
      const [result] = await ingest(store, [fixture('unknown-category-wmo323.xml')]);
      expect(result?.status).toBe('stored');
      expect(result?.counts.quarantined).toBeGreaterThanOrEqual(1);
      const reasons = await store.all<{ reason: string }>('SELECT reason FROM quarantine');
      expect(reasons.some((r) => /WMO020/.test(r.reason))).toBe(true);
      expect(await store.all('SELECT law, amount_cents FROM claim ORDER BY amount_cents')).toEqual([
        { law: 'support', amount_cents: -12000 },
        { law: 'support', amount_cents: 60000 },
      ]);
    });
  });

  it('rejects truncated XML, a wrong namespace, a DOCTYPE and billion laughs fast, storing nothing of them', async () => {
    await withFixtureDb(async (store) => {
      const started = performance.now();
      const names = ['truncated-323.xml', 'wrong-namespace-301.xml', 'billion-laughs.xml'];
      const results = await ingest(store, names.map(fixture));
      expect(performance.now() - started).toBeLessThan(5000);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(results.map((r) => r.error)).toEqual([
        expect.stringMatching(
          /truncated-323\.xml .*: het bericht eindigt voordat het rootelement is gesloten$/,
        ),
        expect.stringMatching(/is geen iJw- of iWmo 3\.2-bericht$/),
        expect.stringMatching(/!DOCTYPE: een DOCTYPE is niet toegestaan \(geen DTD's, geen entiteiten\)$/),
      ]);
      expect(Object.values(await recordCounts(store))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
      expect(await store.all("SELECT count(*) AS n FROM batch WHERE status = 'rejected'")).toEqual([
        { n: 3 },
      ]);
    });
  });

  it('rejects a file with quarantined records under --strict', async () => {
    await withFixtureDb(async (store) => {
      const [result] = await ingest(store, [fixture('impossible-date-305.xml')], { strict: true });
      expect(result?.status).toBe('rejected');
      expect(result?.error).toMatch(
        /\(controle\): 1 record in quarantaine; met --strict wordt het bestand geweigerd$/,
      );
      expect(await recordCounts(store)).toMatchObject({ istd_care_start: 0, person: 0 });
    });
  });

  it('reads every message of a zip archive as one batch', async () => {
    await withFixtureDb(async (store) => {
      const [result] = await ingest(store, [fixture('messages.zip')]);
      expect(result?.status).toBe('stored');
      expect(Object.keys((result?.counts as unknown as { messages: object }).messages).sort()).toEqual([
        'JW305',
        'WMO323',
      ]);
      const files = await store.all<{ file: string }>('SELECT DISTINCT file FROM quarantine ORDER BY file');
      expect(files.map((f) => f.file)).toEqual([
        'messages.zip/batch/impossible-date-305.xml',
        'messages.zip/batch/unknown-category-wmo323.xml',
      ]);
    });
  });

  it.skipIf(official.absent)(
    official.title(
      "with --xsd-dir rejects a message that breaks the XSD and accepts the official samples and the project's messages",
    ),
    async () => {
      await withFixtureDb(async (store) => {
        const dir = await mkdtemp(join(tmpdir(), 'msd-xsd-'));
        const good = await readFile(join(MESSAGES, 'JW301.xml'), 'utf8');
        // Geslacht 7 is well-formed and passes nothing in the XSD's code list.
        await writeFile(
          join(dir, 'bad.xml'),
          good.replace(/<jw301:Geslacht>\d<\/jw301:Geslacht>/, '<jw301:Geslacht>7</jw301:Geslacht>'),
        );
        const [bad] = await ingest(store, [join(dir, 'bad.xml')], { xsdDir: XSD_DIR });
        expect(bad?.status).toBe('rejected');
        expect(bad?.error).toMatch(/bad\.xml \(XSD\): voldoet niet aan de XSD: .*Geslacht/);
        expect(Object.values(await recordCounts(store))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
        const samples = await ingest(store, [join(SAMPLES, 'JW301.xml'), join(SAMPLES, 'JW323.xml')], {
          xsdDir: XSD_DIR,
        });
        expect(samples.map((r) => r.status)).toEqual(['stored', 'stored']);
        const own = await ingest(store, [MESSAGES], { xsdDir: XSD_DIR });
        expect(own.map((r) => [r.file.split('/').pop(), r.status])).toEqual(
          ['JW301', 'JW302', 'JW305', 'JW307', 'JW323', 'WMO301', 'WMO305', 'WMO307', 'WMO323'].map((m) => [
            `${m}.xml`,
            'stored',
          ]),
        );
      });
    },
  );
});

/** Ingests `inputs` plus a Wmo client with name and street into a data folder, then looks for `secrets` in its files. */
async function expectNoSecretsAtRest(inputs: string[], secrets: string[]): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'msd-scan-'));
  const bsn = testBsn(3);
  const extra = await mkdtemp(join(tmpdir(), 'msd-scan-in-'));
  await writeFile(
    join(extra, 'client.xml'),
    writeAllocationMessage(
      head('support', '301', 'SCAN1', '2025-03-01'),
      { bsn, birthDate: '1941-11-05', gender: 'male', lastName: 'Zwanenburg' },
      [{ soort: '01', postcode: '2713XY', huisnummer: 99, street: 'Vlinderhofstraat', city: 'Zoetermeer' }],
      [{ allocationNo: 77, category: '01', allocationDate: '2025-03-01', startDate: '2025-03-01' }],
    ),
  );
  const store = await DuckDbStore.open(join(dataDir, 'msd.duckdb'));
  try {
    await migrate(store);
    const results = await ingest(store, [...inputs, extra, fixture('invalid-bsn-301.xml')]);
    expect(results.every((r) => r.status === 'stored')).toBe(true);
    expect(await store.all('SELECT count(*) AS n FROM person')).not.toEqual([{ n: 0 }]);
    await store.run('CHECKPOINT');
  } finally {
    store.close();
  }
  for (const name of await readdir(dataDir, { recursive: true })) {
    const bytes = await readFile(join(dataDir, name)).catch(() => null);
    if (bytes === null) continue;
    for (const secret of [bsn, 'Zwanenburg', 'Vlinderhofstraat', '2713XY', ...secrets]) {
      expect(bytes.includes(Buffer.from(secret)), `${secret} in ${name}`).toBe(false);
    }
  }
}

describe('iJw / iWmo ingestion: privacy', () => {
  it.skipIf(official.absent)(
    official.title('leaves no BSN, name or street of the official samples anywhere in the data folder files'),
    async () => {
      await expectNoSecretsAtRest([SAMPLES], ['999900006', '999900007', 'Wit']);
    },
  );

  it("leaves no BSN, name, street or postcode of the project's messages anywhere in the data folder files", async () => {
    await expectNoSecretsAtRest(
      [MESSAGES],
      [
        '999900432',
        '999900444',
        '999900456',
        'Fixtureveld',
        'Proefhuizen',
        'Proefstraat',
        'Logeerpad',
        'Voorbeeldlaan',
        '2711AB',
        '1011AA',
        '2712BX',
      ],
    );
  });
});
