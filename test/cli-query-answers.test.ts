/**
 * @module `msd indicators show`, `batches`, `areas list` and `indicators list` never answer with a silent empty
 * table: wrong input gets exit 2 and a Dutch message with the choices, an empty answer a note on stderr, and tables
 * speak Dutch. On the hand-made fixture of test/fixtures/csv (data from 2017 to the delivery date 2019-12-31),
 * a custom area named like a wijk, and imported GGD figures.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/cli/commands/serve-command.ts';
import { main } from '../src/cli/main.ts';
import { absolutisePaths, handOff, SERVER_FILE, type ServerInfo } from '../src/cli/server-handoff.ts';
import { BuildStatus } from '../src/web/build-status.ts';
import { queryFixture } from './helpers/query-fixture.ts';
import { msd } from './helpers/run-cli.ts';

let dir: string;
let data: string;

beforeAll(async () => {
  // A custom area named like a wijk (Centrum), so a name can be ambiguous.
  ({ dir, data } = await queryFixture('msd-answers-', {
    before: async (folder, dataDir) => {
      await writeFile(join(folder, 'gebieden.csv'), 'code;name;member\nGEBIED-C;Centrum;WK063700 WK063702\n');
      expect((await msd('areas', 'define', '--data', dataDir, join(folder, 'gebieden.csv'))).code).toBe(0);
    },
  }));
});

const show = (id: string, ...args: string[]) => msd('indicators', 'show', id, '--data', data, ...args);
const json = async (id: string, ...args: string[]) => {
  const result = await show(id, ...args, '--format', 'json');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as Array<{ area: string; value: number | null; status: string }>;
};

describe('wrong input: exit 2 and a Dutch message with the way out, nothing on stdout', () => {
  it('an unknown area code or name points to msd areas list', async () => {
    for (const area of ['GM9999', 'Zoetermeer-Noord']) {
      expect(await show('youth.clients', '--area', area)).toEqual({
        code: 2,
        out: '',
        err: `msd: onbekend gebied "${area}"; bekijk de gebieden (codes en namen) met msd areas list`,
      });
    }
  });

  it('an ambiguous name lists the candidates with their codes', async () => {
    expect(await show('youth.clients', '--area', 'centrum')).toEqual({
      code: 2,
      out: '',
      err: 'msd: gebied "centrum" is niet eenduidig; kies een code: Centrum (GEBIED-C), Centrum (WK063700)',
    });
  });

  it('a period kind the indicator does not have names the kinds it has', async () => {
    expect(await show('youth.clients.pct', '--period', '2019-Q3')).toEqual({
      code: 2,
      out: '',
      err: 'msd: youth.clients.pct kent geen kwartalen; wel: jaar, halfjaar',
    });
  });

  it('an unknown breakdown names the breakdowns of the indicator', async () => {
    expect(await show('youth.clients', '--breakdown', 'provider')).toEqual({
      code: 2,
      out: '',
      err: 'msd: youth.clients kent geen uitsplitsing "provider"; kies uit: careType, ageGroup, gender',
    });
  });

  it('xlsx without --out says to name a file, and writes nothing', async () => {
    expect(await show('youth.clients', '--format', 'xlsx')).toEqual({
      code: 2,
      out: '',
      err: 'msd: xlsx is een werkmap, geen tekst: geef een bestand op met --out <bestand.xlsx>',
    });
  });
});

describe('an area by its name', () => {
  it('finds the gemeente and a wijk in any case, with the same values as their codes', async () => {
    const byName = await json('youth.clients', '--period', '2019', '--area', 'zoetermeer', '--exact');
    expect(byName).toEqual(await json('youth.clients', '--period', '2019', '--area', 'GM0637', '--exact'));
    expect(byName.map((r) => [r.area, r.value])).toEqual([['GM0637', 2]]);
    const wijk = await json('youth.clients', '--period', '2019', '--area', 'OOSTERHEEM', '--exact');
    expect(wijk.map((r) => [r.area, r.value])).toEqual([['WK063706', 1]]);
  });
});

describe('an empty answer: exit 0, nothing on stdout (JSON: []), and why on stderr', () => {
  it('a period after the data names the span from the first month to the delivery date', async () => {
    expect(await show('youth.clients', '--period', '2030')).toEqual({
      code: 0,
      out: '',
      err: 'msd: geen gegevens voor 2030; de gegevens lopen van 2017-01 tot 2019-12-31',
    });
    expect(await show('youth.clients', '--period', '2030', '--format', 'json')).toEqual({
      code: 0,
      out: '[]',
      err: 'msd: geen gegevens voor 2030; de gegevens lopen van 2017-01 tot 2019-12-31',
    });
  });

  it('an indicator without figures says how to get them', async () => {
    expect(await show('youth.clients.pct', '--period', '2019')).toEqual({
      code: 0,
      out: '',
      err: 'msd: nog geen cijfers voor youth.clients.pct; lees gegevens in (msd ingest) en bereken de indicatoren (msd compute)',
    });
  });

  it('a source without figures is named', async () => {
    expect(await show('youth.clients', '--period', '2019', '--source', 'CBS 85984NED')).toEqual({
      code: 0,
      out: '',
      err: 'msd: geen cijfers voor youth.clients uit bron "CBS 85984NED"',
    });
  });
});

describe('Dutch words in CLI tables', () => {
  it('indicators show: Dutch headers, names beside codes, Dutch breakdown labels, a running period reads lopend', async () => {
    const result = await show(
      'youth.clients',
      '--period',
      '2019',
      '--area',
      'Oosterheem',
      '--breakdown',
      'careType',
      '--exact',
    );
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'indicator      periode  gebiedscode  gebied      uitsplitsing                   waarde  teller  noemer  status',
      '-------------  -------  -----------  ----------  -----------------------------  ------  ------  ------  ------',
      // The fixture's provisions export ends on 2019-09-01, so 2019 runs past that source's delivery date.
      'youth.clients  2019     WK063706     Oosterheem                                 1       1               lopend',
      'youth.clients  2019     WK063706     Oosterheem  soort jeugdhulp: met verblijf  1       1               lopend',
    ]);
  });

  it('indicators show: provisional figures read voorlopig, secret ones "."; JSON keeps the English codes', async () => {
    const table = await show('local.loneliness.pct', '--period', '2020');
    expect(table.out).toMatch(/WK063700\s+Centrum\s+52,1\s+voorlopig/);
    expect(table.out).toMatch(/WK063709\s+Buitengebied\s+\.\s+definitief/);
    expect(
      (await json('local.loneliness.pct', '--period', '2020')).map((r) => [r.area, r.value, r.status]),
    ).toEqual([
      ['GM0637', 47.5, 'final'],
      ['WK063700', 52.1, 'provisional'],
      ['WK063706', 43.75, 'final'],
      ['WK063709', null, 'final'],
    ]);
  });

  it('indicators list, batches and areas list have Dutch headers and words', async () => {
    const list = await msd('indicators', 'list', '--data', data);
    expect(list.out.split('\n')[0]).toMatch(/^id\s+naam\s+domein\s+eenheid\s+perioden\s+uitsplitsingen$/);
    expect(list.out).toMatch(
      /youth\.clients\.pct\s+% jongeren met jeugdhulp \(BBV\)\s+jeugd\s+procent\s+jaar, halfjaar/,
    );
    const batches = await msd('batches', '--data', data);
    expect(batches.out.split('\n')[0]).toMatch(
      /^levering\s+ontvangen\s+bron\s+bestand\s+resultaat\s+gelezen\s+opgeslagen\s+vervangen\s+quarantaine\s+vervangt$/,
    );
    expect(batches.out).toMatch(/voorzieningen\.csv\s+opgeslagen\s+9\s+6\s+0\s+3/);
    expect(batches.out).toMatch(/levering\s+bestand\s+plaats\s+reden\n.*\n2\s+voorzieningen\.csv\s+regel 7/);
    const areas = await msd('areas', 'list', '--data', data);
    expect(areas.out.split('\n')[0]).toMatch(/^code\s+naam\s+niveau\s+hoort bij\s+inwoners\s+bestaat uit$/);
    expect(areas.out).toMatch(/GEBIED-C\s+Centrum\s+eigen gebied\s+GM0637\s+\d+\s+WK063700 WK063702/);
    expect(areas.out).toMatch(/WK063706\s+Oosterheem\s+wijk\s+GM0637/);
  });

  it('batches and areas list on a new data folder say what to do instead of an empty table', async () => {
    const empty = join(dir, 'leeg');
    expect((await msd('init', '--data', empty)).code).toBe(0);
    expect(await msd('batches', '--data', empty)).toEqual({
      code: 0,
      out: '',
      err: 'msd: nog geen bestanden ingelezen; lees ze in met msd ingest',
    });
    expect(await msd('areas', 'list', '--data', empty)).toEqual({
      code: 0,
      out: '',
      err: 'msd: nog geen gebieden; laad de gemeente en haar wijken met msd init --gemeente GMxxxx',
    });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('a command handed to a server', () => {
  it('gets its --out file as an absolute path, since the server writes it from its own working directory', () => {
    expect(absolutisePaths(['indicators', 'show', 'x', '--out', 'uit/cijfers.csv', '--out=b.xlsx'])).toEqual([
      'indicators',
      'show',
      'x',
      '--out',
      resolve('uit/cijfers.csv'),
      `--out=${resolve('b.xlsx')}`,
    ]);
  });

  it('ends with a note naming the build step while the demo is still being built', async () => {
    const building = join(dir, 'bouw');
    expect((await msd('init', '--data', building, '--gemeente', 'GM0637')).code).toBe(0);
    const status = new BuildStatus();
    status.to('compute-core');
    const silent = { out: () => {}, err: () => {} };
    const server = await startServer(
      { data: building, port: await freePort(), host: '127.0.0.1' },
      silent,
      main,
      status,
    );
    try {
      const info = JSON.parse(await readFile(join(building, SERVER_FILE), 'utf8')) as ServerInfo;
      const out: string[] = [];
      const err: string[] = [];
      const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
      const code = await handOff(info, ['indicators', 'show', 'youth.clients', '--data', building], io);
      expect(code).toBe(0);
      expect(out).toEqual([]);
      expect(err.slice(1)).toEqual([
        'msd: nog geen cijfers voor youth.clients; lees gegevens in (msd ingest) en bereken de indicatoren (msd compute)',
        'msd: de demo wordt nog opgebouwd (stap: kerncijfers berekenen); cijfers volgen',
      ]);
      status.to('ready');
      err.length = 0;
      await handOff(info, ['indicators', 'show', 'youth.clients', '--data', building], io);
      expect(err.slice(1)).toEqual([
        'msd: nog geen cijfers voor youth.clients; lees gegevens in (msd ingest) en bereken de indicatoren (msd compute)',
      ]);
    } finally {
      await server.stop();
    }
  });
});
