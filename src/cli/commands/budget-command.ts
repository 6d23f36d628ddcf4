/** @module `msd budget import|list|show`: reads a budget file (refused whole with every problem's position), lists the stored budget, and shows a year's budget with the year-end projection against it. */
import { createApp } from '../../app.ts';
import { LAW_NAMES_NL } from '../../domain/laws.ts';
import { projectBudget, readBudgetTotals, type BudgetTotal } from '../../engine/budget-projection-service.ts';
import { CliError } from '../../errors.ts';
import { importBudget } from '../../ingest/budget/budget-import.ts';
import { formatAmount, VERDICT_LABELS } from '../../outlook/budget-projection.ts';
import { formatNumber, t } from '../../views/messages.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

/** Imports one budget file; returns the exit code (1 when it was refused). */
export async function runBudgetImport(file: string, options: { data: string }, io: CliIo): Promise<number> {
  const app = await createApp({ dataDir: options.data });
  try {
    const result = await importBudget(app.store, file);
    if (!result.ok) {
      for (const p of result.problems) io.err(`msd: ${result.file} (${p.position}): ${p.reason}`);
      io.err(
        `msd: ${t('budgetRefused', {
          file: result.file,
          count: formatNumber(result.problems.length),
          problems: t(result.problems.length === 1 ? 'budgetProblemOne' : 'budgetProblemMany'),
        })}`,
      );
      return 1;
    }
    io.out(
      t('budgetImported', {
        file: result.file,
        lines: formatNumber(result.lines),
        years: result.years.join(', '),
        replaced: result.replaced > 0 ? t('budgetReplaced', { count: formatNumber(result.replaced) }) : '',
      }),
    );
    return 0;
  } finally {
    app.close();
  }
}

const BUDGET_HEADERS = ['jaar', 'domein', 'categorie', 'taakveld', 'begroting', 'wijzigingen', 'totaal'];

function budgetTable(totals: readonly BudgetTotal[]): string {
  const columns = ['year', 'domain', 'category', 'taakveld', 'begroting', 'wijzigingen', 'total'];
  return formatTable(
    totals.map((b) => ({
      year: b.year,
      domain: LAW_NAMES_NL[b.domain],
      category: b.category === '' ? 'alle' : b.category,
      taakveld: b.taakveld,
      begroting: formatAmount(b.begroting),
      wijzigingen: formatAmount(b.wijzigingen),
      total: formatAmount(b.total),
    })),
    columns,
    BUDGET_HEADERS,
  );
}

/** Every stored budget total (per year, domain, category, taakveld). */
export async function runBudgetList(
  options: { data: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const totals = await readBudgetTotals(app.store);
    if (options.format === 'json') io.out(JSON.stringify(totals, null, 2));
    else if (totals.length > 0) io.out(budgetTable(totals));
    if (totals.length === 0) io.err(`msd: ${t('budgetNone', { year: '' })}`);
  } finally {
    app.close();
  }
}

/** A year's budget and the year-end projection against it (default: the running year). */
export async function runBudgetShow(
  options: { data: string; year?: number; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const app = await createApp({ dataDir: options.data, readOnly: true });
  try {
    const projection = await projectBudget(app.store, options.year);
    const totals = await readBudgetTotals(app.store, projection.year);
    if (options.format === 'json') {
      io.out(
        JSON.stringify(
          {
            year: projection.year,
            asOf: projection.asOf,
            budget: totals,
            projection: projection.rows.map((r) => ({
              domain: r.domain,
              category: r.category,
              name: r.name,
              ...(r.projection ?? {}),
              sentence: r.sentence,
            })),
          },
          null,
          2,
        ),
      );
      return;
    }
    if (projection.rows.length === 0) throw new CliError(t('budgetNone', { year: '' }), 1);
    if (totals.length > 0) io.out(budgetTable(totals));
    else io.err(`msd: ${t('budgetNone', { year: t('budgetNoneYear', { year: projection.year }) })}`);
    io.out('');
    io.out(t('budgetAsOf', { year: projection.year, asOf: projection.asOf || '—' }));
    const columns = ['name', 'budget', 'expected', 'band', 'difference', 'verdict'];
    io.out(
      formatTable(
        projection.rows.map((r) => {
          const p = r.projection;
          return {
            name: r.name,
            budget: p?.budget === null || p === null ? '' : formatAmount(p.budget),
            expected: p === null ? '' : formatAmount(p.expected),
            band: p === null ? '' : `${formatAmount(p.lower80)} – ${formatAmount(p.upper80)}`,
            difference: p?.difference === null || p === null ? '' : formatAmount(p.difference),
            verdict: p === null ? 'geen prognose' : VERDICT_LABELS[p.verdict],
          };
        }),
        columns,
        ['domein / categorie', 'begroting', 'verwacht jaartotaal', '80 %-band', 'verschil', 'oordeel'],
      ),
    );
    io.out('');
    for (const r of projection.rows) io.out(r.sentence);
  } finally {
    app.close();
  }
}
