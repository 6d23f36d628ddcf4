/** @module `msd targets set`: the target (streefwaarde; for a cost indicator the budget) of an indicator in the goal tree for a year or another period. */
import { auditCli } from '../cli-audit.ts';
import { createApp } from '../../app.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { formatDutch } from '../../domain/dutch-number.ts';
import * as R from '../../domain/goal-reasons.ts';
import { CliError } from '../../errors.ts';
import { setIndicatorTarget } from '../../steering/goal-tree-service.ts';
import { t as msg } from '../../views/messages.ts';
import type { CliIo } from '../cli-output.ts';
import { goalTreeCliError } from './goals-command.ts';

export interface TargetsSetOptions {
  data: string;
  year?: number;
  period?: string;
  value: number;
  treeVersion?: number;
}

export async function runTargetsSet(indicator: string, options: TargetsSetOptions, io: CliIo): Promise<void> {
  if ((options.year === undefined) === (options.period === undefined)) throw new CliError(R.yearOrPeriod, 2);
  const period = options.period ?? String(options.year);
  const app = await createApp({ dataDir: options.data });
  try {
    const catalogue = await loadCatalogue(app.store);
    const result = await setIndicatorTarget(
      app.store,
      {
        indicator,
        period,
        value: options.value,
        by: app.actor,
        ...(options.treeVersion !== undefined ? { version: options.treeVersion } : {}),
      },
      catalogue,
    );
    await auditCli(app.store, 'target.change', `${indicator} ${result.period}: ${options.value}`);
    io.out(
      msg('targetSet', {
        indicator,
        period: result.period,
        value: formatDutch(options.value),
        version: result.version,
        nodes: result.nodes.join(', '),
      }),
    );
  } catch (error) {
    throw goalTreeCliError(error);
  } finally {
    app.close();
  }
}
