/** @module Tests for the parser's refusals: bad records are quarantined, bad files are fatal, DTDs never expand or fetch. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IstandaardEvent, ProblemEvent } from './istandaard-events.ts';
import { parseIstandaardFile } from './message-source.ts';
import { parseIstandaardMessage } from './message-parser.ts';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'istandaarden');

async function collect(events: AsyncIterable<IstandaardEvent>): Promise<IstandaardEvent[]> {
  const all: IstandaardEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}
const parseFixture = (name: string) => collect(parseIstandaardFile(join(FIXTURES, name)));
const problems = (events: IstandaardEvent[]) => events.filter((e): e is ProblemEvent => e.kind === 'problem');

describe('record-level problems (quarantine, the file continues)', () => {
  it('quarantines a client whose BSN fails the eleven-test and emits none of its allocations', async () => {
    const events = await parseFixture('invalid-bsn-301.xml');
    expect(events.map((e) => e.kind)).toEqual(['header', 'problem', 'end']);
    expect(problems(events)[0]).toEqual({
      kind: 'problem',
      position: '5:1 Bericht/Client',
      element: 'Bsn',
      code: 'invalid-bsn',
      reason: 'BSN voldoet niet aan de elfproef',
      fatal: false,
    });
  });

  it('quarantines a start on 2027-06-31 and keeps the valid start of the same client', async () => {
    const events = await parseFixture('impossible-date-305.xml');
    const [problem] = problems(events);
    expect(problem).toMatchObject({ code: 'invalid-date', element: 'Begindatum', fatal: false });
    expect(problem?.reason).toContain('2027-06-31');
    expect(problem?.position).toMatch(/^11:1 Bericht\/Client\/StartProducten\/StartProduct$/);
    const starts = events.filter((e) => e.kind === 'start');
    expect(starts).toEqual([
      expect.objectContaining({
        allocationNo: '78',
        startDate: '2027-06-30',
        status: '2',
        gender: 'unknown',
        birthDate: { date: '2012-01-01', usage: '2' },
        category: null,
      }),
    ]);
    expect(events.at(-1)).toEqual({ kind: 'end', records: 1, problems: 1 });
  });

  it('quarantines a Wmo claim line with a youth product category, keeps a credit line as a negative amount', async () => {
    const events = await parseFixture('unknown-category-wmo323.xml');
    expect(events[0]).toMatchObject({
      kind: 'header',
      law: 'support',
      messageType: '323',
      messageCode: '484',
    });
    const lines = events.flatMap((e) => (e.kind === 'claimLine' ? [[e.referenceNo, e.amountCents]] : []));
    expect(lines).toEqual([
      ['R1', 60000],
      ['R3', -12000],
    ]);
    const [category, total] = problems(events);
    expect(category).toMatchObject({
      code: 'invalid-code',
      element: 'ProductCategorie',
      reason: 'ProductCategorie staat niet in codelijst WMO020: 45',
      fatal: false,
    });
    expect(total).toMatchObject({ code: 'total-mismatch', element: 'TotaalIngediendBedrag', fatal: false });
    // No amounts in the reason: a mistyped amount may be a BSN.
    expect(total?.reason).toBe('TotaalIngediendBedrag wijkt af van de som van de Prestaties');
  });

  it('rejects a DebetCredit other than D or C', async () => {
    const xml = (await import('node:fs')).readFileSync(join(FIXTURES, 'unknown-category-wmo323.xml'), 'utf8');
    const events = await collect(
      parseIstandaardMessage([xml.replace('C</iwmo:DebetCredit>', 'X</iwmo:DebetCredit>')], 'x.xml'),
    );
    expect(problems(events).map((p) => p.element)).toContain('DebetCredit');
    expect(events.filter((e) => e.kind === 'claimLine')).toHaveLength(1);
  });
});

describe('fatal problems (the file is rejected)', () => {
  it('rejects a truncated message and yields nothing after the fatal problem', async () => {
    const events = await parseFixture('truncated-323.xml');
    const last = events.at(-1);
    expect(last).toMatchObject({ kind: 'problem', code: 'truncated', fatal: true });
    expect(events.some((e) => e.kind === 'end')).toBe(false);
  });

  it('rejects a message whose root namespace is not iJw/iWmo 3.2, whatever its prefix', async () => {
    const events = await parseFixture('wrong-namespace-301.xml');
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'problem',
        code: 'unknown-namespace',
        element: 'Bericht',
        fatal: true,
      }),
    ]);
    expect((events[0] as ProblemEvent).reason).toContain('http://www.istandaarden.nl/ijw/3_1/jw301/schema');
  });

  it('rejects XML that is not well-formed', async () => {
    const xml =
      '<x:Bericht xmlns:x="http://www.istandaarden.nl/ijw/3_2/jw305/schema"><x:Header></x:Client></x:Bericht>';
    const events = await collect(parseIstandaardMessage([xml], 'bad.xml'));
    expect(events).toEqual([
      expect.objectContaining({ kind: 'problem', code: 'not-well-formed', fatal: true }),
    ]);
  });

  it('rejects a BerichtCode that contradicts the namespace', async () => {
    const xml = (await import('node:fs')).readFileSync(join(FIXTURES, 'invalid-bsn-301.xml'), 'utf8');
    const events = await collect(parseIstandaardMessage([xml.replace('>436<', '>414<')], 'x.xml'));
    expect(events).toEqual([
      expect.objectContaining({ code: 'wrong-message-code', element: 'BerichtCode', fatal: true }),
    ]);
  });

  it('rejects a file that is not UTF-8', async () => {
    const events = await collect(
      parseIstandaardMessage([Buffer.from([0x3c, 0x61, 0xff, 0xfe, 0x3e])], 'x.xml'),
    );
    expect(events).toEqual([expect.objectContaining({ code: 'encoding', fatal: true })]);
  });

  it('rejects a message without a Header', async () => {
    const xml = '<x:Bericht xmlns:x="http://www.istandaarden.nl/ijw/3_2/jw301/schema"/>';
    expect(await collect(parseIstandaardMessage([xml], 'x.xml'))).toEqual([
      expect.objectContaining({ code: 'missing-element', element: 'Header', fatal: true }),
    ]);
  });

  it('rejects an empty file as truncated', async () => {
    expect(await collect(parseIstandaardMessage([''], 'empty.xml'))).toEqual([
      expect.objectContaining({ code: 'truncated', fatal: true }),
    ]);
  });

  it('rejects the billion-laughs document at once, without expanding entities', async () => {
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const events = await parseFixture('billion-laughs.xml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect(events).toEqual([expect.objectContaining({ kind: 'problem', code: 'doctype', fatal: true })]);
  });

  it('rejects a DOCTYPE with external entities and never fetches them (http or file)', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('<!ENTITY leak "leaked">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const dir = mkdtempSync(join(tmpdir(), 'msd-xxe-'));
    const secretFile = join(dir, 'secret.txt');
    writeFileSync(secretFile, 'SECRET-CONTENT');
    try {
      const xml =
        '<?xml version="1.0"?>\n' +
        `<!DOCTYPE x:Bericht SYSTEM "http://127.0.0.1:${port}/dtd" [\n` +
        `  <!ENTITY % remote SYSTEM "http://127.0.0.1:${port}/param"> %remote;\n` +
        `  <!ENTITY file SYSTEM "file://${secretFile}">\n` +
        ']>\n' +
        '<x:Bericht xmlns:x="http://www.istandaarden.nl/ijw/3_2/jw301/schema"><x:Header><x:Afzender>&file;</x:Afzender></x:Header></x:Bericht>';
      // Feed in small chunks so the DOCTYPE arrives over several writes.
      const chunks = xml.match(/[\s\S]{1,7}/g) ?? [];
      const events = await collect(parseIstandaardMessage(chunks, 'xxe.xml'));
      expect(events).toEqual([expect.objectContaining({ kind: 'problem', code: 'doctype', fatal: true })]);
      expect(JSON.stringify(events)).not.toContain('SECRET-CONTENT');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });
});
