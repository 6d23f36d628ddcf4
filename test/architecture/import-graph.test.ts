import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findCycles,
  importsBetween,
  importSpecifiers,
  readImportGraph,
  type ImportGraph,
} from './import-graph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('the import graph helpers', () => {
  it('read relative imports of every form, type-only and re-exports included, and skip packages', () => {
    const text = `import { a } from './a.ts';
import type { B } from '../b.ts';
import * as c from './c.ts';
export { d } from './d.ts';
export type { E } from './e.ts';
export * from './f.ts';
import './g.ts';
const h = await import('./h.ts');
import { z } from 'zod';
import {
  i,
  j,
} from './ij.ts';`;
    expect(importSpecifiers(text)).toEqual([
      './a.ts',
      '../b.ts',
      './c.ts',
      './d.ts',
      './e.ts',
      './f.ts',
      './g.ts',
      './h.ts',
      './ij.ts',
    ]);
  });

  it('find a cycle of three modules, a module importing itself, and none in a tree', () => {
    expect(findCycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles(graph({ a: ['a'] }))).toEqual([['a', 'a']]);
    expect(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('find the imports from one layer into another', () => {
    const g = graph({
      'src/engine/compile/x.ts': ['src/engine/run/y.ts', 'src/domain/z.ts'],
      'src/engine/run/y.ts': ['src/engine/compile/x.ts', 'src/store/s.ts'],
    });
    expect(importsBetween(g, ['src/engine/compile'], ['src/engine/run', 'src/store'])).toEqual([
      'src/engine/compile/x.ts → src/engine/run/y.ts',
    ]);
  });
});

describe('the source tree', () => {
  const sources = readImportGraph(ROOT);

  it('has modules and their imports', () => {
    expect(sources.get('src/engine/run/cube-builder.ts')).toContain(
      'src/engine/compile/indicator-compiler.ts',
    );
  });

  it('has no import cycle anywhere in src/', () => {
    expect(findCycles(sources)).toEqual([]);
  });

  it('keeps compilation pure: nothing in engine/compile imports engine/run or the store', () => {
    expect(importsBetween(sources, ['src/engine/compile'], ['src/engine/run', 'src/store'])).toEqual([]);
  });

  it('lets only src/store import the DuckDB driver', () => {
    const driver = [...sources.keys()].filter(
      (path) =>
        !path.startsWith('src/store/') && /@duckdb\/node-api/.test(readFileSync(`${ROOT}/${path}`, 'utf8')),
    );
    expect(driver).toEqual([]);
  });
});
