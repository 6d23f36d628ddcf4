/** @module `msd indicators define`: validates a file of local indicator definitions (JSON) and stores them; re-defining an id replaces it. */
import { auditCli } from '../cli-audit.ts';
import { createApp } from '../../app.ts';
import { defineIndicatorsFromFile, LocalDefinitionError } from '../../catalogue/local-catalogue.ts';
import { CliError } from '../../errors.ts';
import { t } from '../../views/messages.ts';
import type { CliIo } from '../cli-output.ts';

export async function runIndicatorsDefine(file: string, options: { data: string }, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: options.data });
  try {
    const result = await defineIndicatorsFromFile(app.store, file, app.actor);
    await auditCli(app.store, 'definition.change', [...result.created, ...result.replaced].join(', '));
    if (result.created.length > 0) io.out(t('cliDefined', { ids: result.created.join(', ') }));
    if (result.replaced.length > 0) io.out(t('cliReplaced', { ids: result.replaced.join(', ') }));
  } catch (error) {
    if (error instanceof LocalDefinitionError)
      throw new CliError(`${error.file}:\n  - ${error.problems.join('\n  - ')}`, 1);
    throw error;
  } finally {
    app.close();
  }
}
