import { describe, expect, it } from 'vitest';
import { normaliseWorkbook } from './social-return-normaliser.ts';
import type { RawWorkbook } from './social-return-sheets.ts';

const rows = (...cells: Record<string, unknown>[]) => cells.map((c, i) => ({ row: i + 2, cells: c }));

const base = (): Record<string, ReturnType<typeof rows>> => ({
  analyse: rows({ naam: 'test', titel: 'Test', soort: 'casusanalyse', prijsjaar: 2019 }),
  prijslijst: rows({
    code: 'a',
    omschrijving: 'A',
    eenheid: 'uur',
    prijs: 62,
    prijsjaar: 2019,
    actor: 'gemeente',
    bron: 'x',
  }),
  casussen: rows({ casus: 'C-1', soort: 'bestaand' }),
  posten: rows({ casus: 'C-1', situatie: 'huidig', code: 'a', aantal: 2.5 }),
});

const problems = (book: RawWorkbook) => {
  const outcome = normaliseWorkbook(book, new Set(['participation.outflow']));
  return outcome.ok ? [] : outcome.problems;
};

describe('a social-return workbook is refused as a whole, naming sheet, row and column', () => {
  it('accepts a valid case analysis and keeps quantities in hundredths', () => {
    const outcome = normaliseWorkbook(base(), new Set());
    expect(
      outcome.ok && outcome.document.kind === 'casusanalyse' && outcome.document.cases[0]?.lines.huidig,
    ).toEqual([{ code: 'a', hundredths: 250 }]);
  });

  it('refuses an unknown price item', () => {
    const book = {
      ...base(),
      posten: rows({ casus: 'C-1', situatie: 'huidig', code: 'onbekend', aantal: 1 }),
    };
    expect(problems(book)).toEqual([
      {
        position: { sheet: 'Posten', row: 2, column: 'code' },
        reason: 'onbekende prijspost onbekend: staat niet in de prijslijst',
      },
    ]);
  });

  it('refuses a negative quantity', () => {
    const book = { ...base(), posten: rows({ casus: 'C-1', situatie: 'na', code: 'a', aantal: -3 }) };
    expect(problems(book)).toEqual([
      { position: { sheet: 'Posten', row: 2, column: 'aantal' }, reason: 'mag niet negatief zijn: -3' },
    ]);
  });

  it('refuses a missing price year', () => {
    const book = {
      ...base(),
      prijslijst: rows({
        code: 'a',
        omschrijving: 'A',
        eenheid: 'uur',
        prijs: 62,
        actor: 'gemeente',
        bron: 'x',
      }),
    };
    expect(problems(book)[0]).toEqual({
      position: { sheet: 'Prijslijst', row: 2, column: 'prijsjaar' },
      reason: 'ontbreekt',
    });
  });

  it('refuses a price year without the index figures to bring it to the analysis year', () => {
    const book = {
      ...base(),
      prijslijst: rows({
        code: 'a',
        omschrijving: 'A',
        eenheid: 'uur',
        prijs: 62,
        prijsjaar: 2017,
        actor: 'gemeente',
        bron: 'x',
      }),
    };
    expect(problems(book)[0]?.reason).toContain(
      'er ontbreekt een indexcijfer om naar prijsjaar 2019 te rekenen',
    );
  });

  it('refuses a share outside 0–100 % in a programme', () => {
    const book = {
      analyse: rows({ naam: 'p', titel: 'P', soort: 'programma', prijsjaar: 2019, horizon: 3 }),
      prijslijst: base().prijslijst!,
      resultaten: rows({ resultaat: 'R', code: 'a', aantal: 5, deadweight: 120 }),
    };
    expect(problems(book)).toEqual([
      {
        position: { sheet: 'Resultaten', row: 2, column: 'deadweight' },
        reason: 'moet een percentage van 0 tot en met 100 zijn: 120',
      },
    ]);
  });

  it('takes the Dutch standard discount rate (2.25 %) when none is given', () => {
    const outcome = normaliseWorkbook(
      {
        analyse: rows({ naam: 'p', titel: 'P', soort: 'programma', prijsjaar: 2019, horizon: 3 }),
        prijslijst: base().prijslijst!,
        resultaten: rows({
          resultaat: 'R',
          code: 'a',
          aantal: 5,
          toerekening: 50,
          indicator: 'participation.outflow',
        }),
      },
      new Set(['participation.outflow']),
    );
    expect(outcome.ok && outcome.document.kind === 'programma' && outcome.document.discountRate).toBe(0.0225);
    expect(
      outcome.ok && outcome.document.kind === 'programma' && outcome.document.results[0]?.attribution,
    ).toBe(0.5);
  });

  it('refuses a case id that looks like a name, an unknown indicator and an unknown actor', () => {
    const book = {
      ...base(),
      analyse: rows({
        naam: 'test',
        titel: 'Test',
        soort: 'casusanalyse',
        prijsjaar: 2019,
        indicatoren: 'geen.indicator',
      }),
      prijslijst: rows({
        code: 'a',
        omschrijving: 'A',
        eenheid: 'uur',
        prijs: 62,
        prijsjaar: 2019,
        actor: 'bank',
        bron: 'x',
      }),
      casussen: rows({ casus: 'Jan Jansen', soort: 'bestaand' }),
      posten: [],
    };
    expect(problems(book).map((p) => `${p.position.sheet}/${p.position.column}`)).toEqual([
      'Analyse/indicatoren',
      'Prijslijst/actor',
      'Casussen/casus',
    ]);
  });
});

describe('positions in the reader’s words', () => {
  it('says blad/rij/kolom for XLSX and sectie/item/veld for YAML', async () => {
    const { formatPosition } = await import('./social-return-reasons.ts');
    const position = { sheet: 'Posten', row: 7, column: 'aantal' };
    expect(formatPosition(position, 'xlsx')).toBe('blad Posten, rij 7, kolom aantal');
    expect(formatPosition(position, 'yaml')).toBe('sectie posten, item 7, veld aantal');
  });
});

describe('goal-tree effects named in doelboom', () => {
  const tree = {
    version: 3,
    nodes: new Map([
      ['minder-schulden', { kind: 'effect', title: 'Minder inwoners met problematische schulden' }],
      ['doel-1', { kind: 'goal', title: 'Iedereen doet mee' }],
    ]),
  };
  const withGoals = (doelboom: string) => ({
    ...base(),
    analyse: rows({ naam: 'test', titel: 'Test', soort: 'casusanalyse', prijsjaar: 2019, doelboom }),
  });

  it('keeps effects of the current tree', () => {
    const outcome = normaliseWorkbook(withGoals('minder-schulden'), new Set(), undefined, tree);
    expect(outcome.ok && outcome.document.goalNodes).toEqual(['minder-schulden']);
  });

  it('refuses an unknown node and a node that is not an effect, naming sheet, row and column', () => {
    const outcome = normaliseWorkbook(
      withGoals('minder-schulden, bestaat-niet, doel-1'),
      new Set(),
      undefined,
      tree,
    );
    expect(outcome.ok ? [] : outcome.problems).toEqual([
      {
        position: { sheet: 'Analyse', row: 2, column: 'doelboom' },
        reason:
          'onbekende knoop bestaat-niet: staat niet in de huidige doelenboom (versie 3); zie msd goals show',
      },
      {
        position: { sheet: 'Analyse', row: 2, column: 'doelboom' },
        reason:
          'knoop doel-1 is een hoofddoel; een aanpak dient een maatschappelijk effect (een knoop onder effects)',
      },
    ]);
  });

  it('refuses any node when no goal tree is loaded', () => {
    const outcome = normaliseWorkbook(withGoals('minder-schulden'), new Set(), undefined, {
      version: null,
      nodes: new Map(),
    });
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.reason)).toEqual([
      'knoop minder-schulden kan niet worden gekoppeld: er is nog geen doelenboom (msd goals init --template … of msd goals import)',
    ]);
  });
});
