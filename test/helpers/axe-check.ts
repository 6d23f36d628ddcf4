/** @module Test helper: runs axe-core in a Playwright page against WCAG 2.1 A and AA and returns its violations as readable lines (rule, help, the elements). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets every browser test checks: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeCheck {
  /** One line per violated rule: `id: help (selector, selector…)`; empty when the page passes. */
  readonly violations: string[];
  /** How many rules passed (a page that checked nothing is suspicious). */
  readonly passes: number;
}

/**
 * Injects axe-core into the page and runs the WCAG 2.1 A/AA rules. The page's context needs `bypassCSP: true`,
 * since the strict CSP forbids the injected script; that only lets the test in, the page is still served with it.
 */
export async function axeCheck(page: Page): Promise<AxeCheck> {
  await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    (values) =>
      (globalThis as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
        runOnly: { type: 'tag', values },
      }),
    [...WCAG_TAGS],
  )) as AxeResults;
  return {
    violations: results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
    passes: results.passes.length,
  };
}

/** The violations only: `expect(await axeViolations(page)).toEqual([])`. */
export async function axeViolations(page: Page): Promise<string[]> {
  return (await axeCheck(page)).violations;
}
