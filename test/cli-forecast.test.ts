/**
 * @module `msd forecast`: JSON rows in the contract shape for an imported survey series, the backtest summary or
 * the reason for no forecast on stderr, and wrong input refused with exit 2 and a Dutch message.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { msd } from './helpers/run-cli.ts';

const LOCAL_INDICATORS = new URL('./fixtures/aggregates/local-indicators.json', import.meta.url).pathname;
let data: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'msd-forecast-'));
  data = join(dir, 'data');
  expect((await msd('init', '--data', data, '--gemeente', 'GM0637')).code).toBe(0);
  expect((await msd('indicators', 'define', '--data', data, LOCAL_INDICATORS)).code).toBe(0);
  const survey = [44, 45, 44.5, 46, 45.5, 46.5, 47, 46.5];
  await writeFile(
    join(dir, 'survey.csv'),
    [
      'indicator;period;area;value;numerator;denominator;unit;source;status',
      ...survey.map(
        (v, i) => `local.loneliness.pct;${2017 + i};GM0637;${String(v).replace('.', ',')};;;%;Enquête;final`,
      ),
      'local.loneliness.pct;2023;WK063700;50;;;%;Enquête;final',
      'local.loneliness.pct;2024;WK063700;52;;;%;Enquête;final',
      '',
    ].join('\n'),
  );
  expect((await msd('values', 'import', '--data', data, join(dir, 'survey.csv'))).code).toBe(0);
});

describe('msd forecast', () => {
  it('gives history and three forecast years with 80 % and 95 % limits for an imported series', async () => {
    const result = await msd('forecast', 'local.loneliness.pct', '--data', data, '--format', 'json');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.out) as Array<Record<string, number | string | null>>;
    expect(rows.map((r) => r.period)).toEqual([
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
    ]);
    expect(rows[0]).toEqual({
      indicator: 'local.loneliness.pct',
      area: 'GM0637',
      period: '2017',
      value: 44,
      forecast: null,
      lower80: null,
      upper80: null,
      lower95: null,
      upper95: null,
      method: null,
    });
    const next = rows[8];
    expect(next?.value).toBeNull();
    expect(Object.keys(next ?? {})).toEqual([
      'indicator',
      'area',
      'period',
      'value',
      'forecast',
      'lower80',
      'upper80',
      'lower95',
      'upper95',
      'method',
    ]);
    const [f, l80, u80, l95, u95] = ['forecast', 'lower80', 'upper80', 'lower95', 'upper95'].map((k) =>
      Number(next?.[k]),
    );
    expect(l95).toBeLessThan(l80 ?? 0);
    expect(l80).toBeLessThan(f ?? 0);
    expect(f).toBeLessThan(u80 ?? 0);
    expect(u80).toBeLessThan(u95 ?? 0);
    expect(f).toBeGreaterThan(44);
    expect(f).toBeLessThan(50);
    expect(result.err).toMatch(
      /^msd: methode [^,]+ \(\S+\), gekozen op de kleinste fout in een terugtoets over \d+ eerdere voorspellingen/,
    );
  });

  it('says why a wijk with two years gets no forecast', async () => {
    const result = await msd(
      'forecast',
      'local.loneliness.pct',
      '--data',
      data,
      '--area',
      'WK063700',
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as unknown[]).length).toBe(2);
    expect(result.err).toBe(
      'msd: geen voorspelling: de reeks telt 2 jaren op rij met een getoonde waarde (na de laatste geheime waarde); nodig zijn er minstens 3',
    );
  });

  it('says so when the area has no values, and refuses a period kind the indicator lacks', async () => {
    expect(await msd('forecast', 'local.loneliness.pct', '--data', data, '--area', 'WK063701')).toEqual({
      code: 0,
      out: '',
      err: 'msd: geen voorspelling: local.loneliness.pct heeft voor Meerzicht geen waarden per jaar',
    });
    expect(await msd('forecast', 'local.loneliness.pct', '--data', data, '--period-kind', 'month')).toEqual({
      code: 2,
      out: '',
      err: 'msd: local.loneliness.pct kent geen --period-kind month; kies uit: year',
    });
  });

  it('refuses an unknown indicator and a bad horizon with exit 2', async () => {
    const unknown = await msd('forecast', 'local.nothing', '--data', data);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^msd: onbekende indicator "local.nothing"; kies uit: /);
    expect((await msd('forecast', 'local.loneliness.pct', '--data', data, '--horizon', '0')).code).toBe(2);
  });

  it('prints a Dutch table', async () => {
    const result = await msd('forecast', 'local.loneliness.pct', '--data', data, '--horizon', '1');
    expect(result.out.split('\n')[0]).toMatch(
      /^periode\s+waarde\s+verwacht\s+80 %-band\s+95 %-band\s+methode$/,
    );
    expect(result.out).toMatch(/\n2025\s+4\d,\d\s+4\d,\d – 4\d,\d/);
  });
});
