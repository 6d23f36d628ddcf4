import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { msd } from './helpers/run-cli.ts';

let dir: string;
let data: string;

/** The parts of `msd rendement show --format json` these tests read. */
interface Shown {
  priceYear: number;
  caseCount: number;
  totals: Record<string, number>;
  byActor: { actor: string; pvBenefits: number; differencePerYear: number }[];
  results: { label: string; pvBenefits: number }[];
  wellbeing: { cases: number; meanBefore: number; meanAfter: number };
  sensitivity: {
    conclusion: string;
    bars: { assumption: string; swing: number; low: number; high: number }[];
  };
}

const showJson = async (name: string): Promise<Shown> => {
  const run = await msd('rendement', 'show', name, '--data', data, '--format', 'json');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as Shown;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'msd-rendement-'));
  data = join(dir, 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
}, 60_000);

describe('msd rendement: shipped examples', () => {
  it('loads the Overbetuwe case analyses whose totals equal the seed to the cent', async () => {
    const run = await msd('rendement', 'example', 'overbetuwe', '--data', data);
    expect(run.code).toBe(0);
    expect(run.out).toBe('Opgeslagen: overbetuwe-ruwaard-bestaand\nOpgeslagen: overbetuwe-ruwaard-nieuw');
    const existing = await showJson('overbetuwe-ruwaard-bestaand');
    expect(existing['totals']).toEqual({
      currentYearlyCost: 47_160_000,
      costIfNothingDone: 76_882_500,
      oneOffCost: 5_493_700,
      newYearlyCost: 30_700_850,
      differencePerYear: 16_459_150,
      differenceInclOneOff: 10_965_450,
    });
    expect(existing['caseCount']).toBe(21);
    expect(existing.wellbeing.cases).toBe(13);
    expect(existing.wellbeing.meanBefore.toFixed(1)).toBe('2.9');
    expect(existing.wellbeing.meanAfter.toFixed(1)).toBe('7.6');
    const byActorSum = existing.byActor.reduce((s, a) => s + a.differencePerYear, 0);
    expect(byActorSum).toBe(16_459_150);
    const fresh = await showJson('overbetuwe-ruwaard-nieuw');
    expect(fresh['totals']).toEqual({
      currentYearlyCost: 0,
      costIfNothingDone: 17_803_500,
      oneOffCost: 3_919_500,
      newYearlyCost: 5_903_500,
      differencePerYear: 11_900_000,
      differenceInclOneOff: 7_980_500,
    });
    const table = await msd('rendement', 'show', 'overbetuwe-ruwaard-bestaand', '--data', data);
    expect(table.out).toContain('Verschil inclusief eenmalige kosten  € 109.654,50');
  });

  it('loads the Zoetermeer proeftuinen and reproduces ≈ € 6.8 m societal and ≈ € 4.8 m municipal savings', async () => {
    expect((await msd('rendement', 'example', 'zoetermeer', '--data', data)).code).toBe(0);
    const result = await showJson('zoetermeer-proeftuinen');
    const { pvBenefits = 0, pvCosts = 0, npv, ratio, paybackYear } = result.totals;
    // "ca. 6,8 miljoen" and "ca. 4,8 miljoen": rounded to a tenth of a million.
    expect(Math.round(pvBenefits / 100 / 100_000) / 10).toBe(6.8);
    const gemeente = result.byActor.find((a) => a.actor === 'gemeente')!;
    expect(Math.round(gemeente.pvBenefits / 100 / 100_000) / 10).toBe(4.8);
    expect(npv).toBe(pvBenefits - pvCosts);
    expect(ratio).toBeCloseTo(pvBenefits / pvCosts, 10);
    expect(paybackYear).toBe(1);
    // Aandacht Werkt: 42 × (25.6/42) × 50 % × € 45,000 + 30 × 50 % × € 5,200 = € 654,000, as in the seed.
    const aandachtWerkt = result.results
      .filter((r) => r.label.startsWith('Aandacht Werkt'))
      .reduce((s, r) => s + r.pvBenefits, 0);
    expect(aandachtWerkt).toBe(65_400_000);
    expect(result.sensitivity.bars[0]?.swing).toBeGreaterThanOrEqual(result.sensitivity.bars[1]?.swing ?? 0);
    expect(result.sensitivity.bars.find((b) => b.assumption === 'disconteringsvoet')).toMatchObject({
      low: 0,
      high: 0.045,
    });
    expect(result.sensitivity.conclusion).toMatch(/^De netto contante waarde/);
  });

  it('lists what is stored and refuses an unknown name with the choices', async () => {
    const list = await msd('rendement', 'list', '--data', data, '--format', 'json');
    expect((JSON.parse(list.out) as { name: string }[]).map((r) => r.name)).toEqual([
      'overbetuwe-ruwaard-bestaand',
      'overbetuwe-ruwaard-nieuw',
      'zoetermeer-proeftuinen',
    ]);
    const unknown = await msd('rendement', 'show', 'nergens', '--data', data);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      'msd: onbekende naam nergens; kies uit: overbetuwe-ruwaard-bestaand, overbetuwe-ruwaard-nieuw, zoetermeer-proeftuinen',
    );
  });
});

describe('msd rendement: XLSX template, import and export', () => {
  it('writes a template that imports as it is, and exports a document that imports to the same result', async () => {
    const template = join(dir, 'casussen.xlsx');
    expect((await msd('rendement', 'template', '--out', template)).code).toBe(0);
    const imported = await msd('rendement', 'import', template, '--data', data);
    expect(imported.out).toBe('Opgeslagen: nieuwe-casusanalyse');
    // The template's example: C-001 104 → 26 hours Wmo at € 75.95 (2019 price indexed to 2024), C-002 12 → 6 months.
    const result = await showJson('nieuwe-casusanalyse');
    expect(result['priceYear']).toBe(2024);
    expect(result.totals['differencePerYear']).toBe((104 - 26) * 7595 + (12 - 6) * 122_500);

    const exported = join(dir, 'zoetermeer.xlsx');
    expect(
      (await msd('rendement', 'export', 'zoetermeer-proeftuinen', '--data', data, '--out', exported)).code,
    ).toBe(0);
    const before = await showJson('zoetermeer-proeftuinen');
    expect((await msd('rendement', 'import', exported, '--data', data)).out).toBe(
      'Vervangen: zoetermeer-proeftuinen',
    );
    expect((await showJson('zoetermeer-proeftuinen'))['totals']).toEqual(before['totals']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Analyse',
      'Prijslijst',
      'Indexcijfers',
      'Kosten',
      'Resultaten',
      'Gevoeligheid',
      'Resultaat',
      'Per actor',
      'Per jaar',
      'Tornado',
    ]);
  });

  it('refuses a workbook with bad rows as a whole, naming sheet, row and column, and stores nothing', async () => {
    const template = join(dir, 'slecht.xlsx');
    await msd('rendement', 'template', '--out', template);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const analyse = workbook.getWorksheet('Analyse')!;
    analyse.getRow(2).getCell(1).value = 'slechte-analyse';
    const posten = workbook.getWorksheet('Posten')!;
    posten.getRow(2).getCell(3).value = 'bestaat-niet';
    posten.getRow(3).getCell(4).value = -2;
    await workbook.xlsx.writeFile(template);
    const run = await msd('rendement', 'import', template, '--data', data);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      [
        `msd: ${template}:`,
        '  - blad Posten, rij 2, kolom code: onbekende prijspost bestaat-niet: staat niet in de prijslijst',
        '  - blad Posten, rij 3, kolom aantal: mag niet negatief zijn: -2',
        'Niets opgeslagen.',
      ].join('\n'),
    );
    const list = await msd('rendement', 'list', '--data', data, '--format', 'json');
    expect((JSON.parse(list.out) as { name: string }[]).map((r) => r.name)).not.toContain('slechte-analyse');
  });
});

describe('msd rendement: files that cannot be read', () => {
  it('names a missing file and a wrong extension in Dutch, exit 1, nothing stored', async () => {
    const missing = await msd('rendement', 'import', join(dir, 'weg.yaml'), '--data', data);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(
      `msd: ${join(dir, 'weg.yaml')}:\n  - bestand niet gevonden of niet leesbaar (ENOENT)\nNiets opgeslagen.`,
    );
    const csv = await msd('rendement', 'import', join(dir, 'casussen.csv'), '--data', data);
    expect(csv.err).toContain('kies een bestand op .xlsx, .yaml of .yml');
    const unknown = await msd('rendement', 'example', 'amsterdam', '--data', data);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      'msd: onbekend voorbeeld amsterdam; kies uit: overbetuwe, zoetermeer, prijslijst',
    );
  });
});

describe('msd rendement: a count read from the monitor’s own figures', () => {
  const programme = (
    period: string,
  ) => `analyse: { naam: uitstroom-test, titel: Uitstroom, soort: programma, prijsjaar: 2019, horizon: 1, disconteringsvoet: 0 }
prijslijst:
  - { code: uitstroom-werk, omschrijving: Uitstroom, eenheid: persoon, prijs: 1000, prijsjaar: 2019, actor: gemeente, bron: test }
resultaten:
  - { resultaat: Uitstroom naar werk, code: uitstroom-werk, indicator: participation.outflow, periode: '${period}', toerekening: 50 }
`;

  it('takes an empty count from the indicator in that period for the gemeente, and says where it came from', async () => {
    const values = join(dir, 'uitstroom.csv');
    await writeFile(
      values,
      'indicator;period;area;value;numerator;denominator;unit;source;status\nparticipation.outflow;2019;GM0637;42;;;benefits;Eigen telling;final\n',
    );
    expect((await msd('values', 'import', values, '--data', data)).code).toBe(0);
    const file = join(dir, 'uitstroom.yaml');
    await writeFile(file, programme('2019'));
    expect((await msd('rendement', 'import', file, '--data', data)).code).toBe(0);
    const result = await showJson('uitstroom-test');
    // 42 × 50 % × € 1,000.
    expect(result.totals['pvBenefits']).toBe(2_100_000);
    const exported = join(dir, 'uitstroom-export.yaml');
    await msd('rendement', 'export', 'uitstroom-test', '--data', data, '--out', exported);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(exported, 'utf8')).toMatch(
      /aantal: 42\n\s+indicator: participation.outflow\n\s+periode: "2019"\n\s+gebied: GM0637/,
    );
  });

  it('refuses a period the monitor has no value for, naming the row', async () => {
    const file = join(dir, 'uitstroom-2030.yaml');
    await writeFile(file, programme('2030'));
    const run = await msd('rendement', 'import', file, '--data', data);
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'sectie resultaten, item 1, veld aantal: geen aantal ingevuld en de monitor heeft geen waarde van participation.outflow voor periode 2030 in gebied GM0637',
    );
  });
});
