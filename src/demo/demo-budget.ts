/** @module The demo's budget: a begroting for the running year from the year before's declared costs (a few percent up or down per domain and for two youth care categories, plus one begrotingswijziging), written as a budget file and read in through `msd budget import`'s own path — so the year-end projection has something to stand against. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runningYear } from '../engine/budget-projection-service.ts';
import { importBudget, type BudgetImportResult } from '../ingest/budget/budget-import.ts';
import { BUDGET_FILE } from '../ingest/budget/budget-reasons.ts';
import type { SqlStore } from '../store/sql-store.ts';

/** The demo budget's lines: factor on the year before's declared cost of the domain or category. */
const DEMO_BUDGET: readonly {
  domain: 'jeugd' | 'wmo';
  law: 'youth' | 'support';
  category: string;
  taakveld: string;
  factor: number;
  kind: 'begroting' | 'begrotingswijziging';
  description: string;
}[] = [
  {
    domain: 'jeugd',
    law: 'youth',
    category: '',
    taakveld: '6.72',
    factor: 1.02,
    kind: 'begroting',
    description: 'Maatwerkdienstverlening 18-',
  },
  {
    domain: 'jeugd',
    law: 'youth',
    category: '',
    taakveld: '6.72',
    factor: 0.015,
    kind: 'begrotingswijziging',
    description: 'Voorjaarsnota: loon- en prijsbijstelling',
  },
  {
    domain: 'jeugd',
    law: 'youth',
    category: '43',
    taakveld: '6.72',
    factor: 0.97,
    kind: 'begroting',
    description: 'Jeugdhulp met verblijf',
  },
  {
    domain: 'jeugd',
    law: 'youth',
    category: '45',
    taakveld: '6.72',
    factor: 1.04,
    kind: 'begroting',
    description: 'Jeugdhulp ambulant',
  },
  {
    domain: 'wmo',
    law: 'support',
    category: '',
    taakveld: '6.71',
    factor: 1.06,
    kind: 'begroting',
    description: 'Maatwerkdienstverlening 18+',
  },
];

/** The demo budget file's name, in `<data>/demo-begroting/` (outside the source folder the demo ingests). */
export const DEMO_BUDGET_FILE = 'begroting.csv';

/**
 * Writes and imports the demo budget unless a budget for the running year is stored already. Returns the import's
 * result, or undefined when nothing was done (no claims, or a budget present).
 */
export async function loadDemoBudget(
  store: SqlStore,
  dataDir: string,
): Promise<BudgetImportResult | undefined> {
  const year = await runningYear(store);
  if (year === undefined) return undefined;
  const present = await store.all<{ n: number }>(
    'SELECT count(*)::INTEGER AS n FROM budget_line WHERE year = ?',
    [year],
  );
  if ((present[0]?.n ?? 0) > 0) return undefined;
  const costs = await store.all<{ law: string; category: string; euros: number }>(
    `SELECT law, category, sum(amount_cents)::DOUBLE / 100 AS euros FROM claim
     WHERE year(period_start) = ? GROUP BY ALL`,
    [year - 1],
  );
  const costOf = (law: string, category: string): number =>
    costs
      .filter((c) => c.law === law && (category === '' || c.category === category))
      .reduce((a, c) => a + c.euros, 0);
  const lines = DEMO_BUDGET.filter((b) => costOf(b.law, b.category) > 0).map((b) =>
    [
      year,
      b.domain,
      b.category,
      b.taakveld,
      b.kind,
      Math.round(costOf(b.law, b.category) * b.factor),
      b.description,
    ].join(';'),
  );
  if (lines.length === 0) return undefined;
  const dir = join(dataDir, 'demo-begroting');
  await mkdir(dir, { recursive: true });
  const file = join(dir, DEMO_BUDGET_FILE);
  await writeFile(file, `${BUDGET_FILE.expected}\n${lines.join('\n')}\n`);
  return importBudget(store, file);
}
