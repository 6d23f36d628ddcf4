/** @module The `msd` command line: parses arguments (commander), runs a command, and turns errors into one line and a non-zero exit code. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { isCliError, isIngestError, isStoreError } from '../errors.ts';
import { DEFAULT_DEMO_OPTIONS, DEMO_SIZES, isDemoSize } from '../demo/demo-options.ts';
import { PRODUCT_VERSION } from '../version.ts';
import { t } from '../views/messages.ts';
import { registerAccessCommands } from './access-commands.ts';
import { processIo, type CliIo } from './cli-output.ts';
import { dutchCommanderError } from './commander-messages.ts';
import { commandAndDataDir, handOff, HANDOFF_COMMANDS, runningServer } from './server-handoff.ts';

/**
 * Command modules load when their command runs, not before: they pull in DuckDB, the web server, charts and the
 * spreadsheet reader, which `--help`, `--version` and a command handed to a running server never need.
 */
const commands = {
  demo: () => import('./commands/demo-command.ts'),
  ingest: () => import('./commands/ingest-command.ts'),
  init: () => import('./commands/init-command.ts'),
  serve: () => import('./commands/serve-command.ts'),
  areas: () => import('./commands/areas-command.ts'),
  batches: () => import('./commands/batches-command.ts'),
  cbs: () => import('./commands/cbs-command.ts'),
  indicatorsDefine: () => import('./commands/indicators-define-command.ts'),
  values: () => import('./commands/values-command.ts'),
  compute: () => import('./commands/compute-command.ts'),
  indicators: () => import('./commands/indicators-command.ts'),
  users: () => import('./commands/users-command.ts'),
  report: () => import('./commands/report-command.ts'),
  budget: () => import('./commands/budget-command.ts'),
  forecast: () => import('./commands/forecast-command.ts'),
  purge: () => import('./commands/purge-command.ts'),
};

const DEFAULT_DATA = './data';

function integer(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(t('cliWholeNumber', { name, min, max }));
    return n;
  };
}

function decimal(value: string): number {
  const n = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`${value} is geen getal.`);
  return n;
}

function demoSize(value: string) {
  const size = value.toUpperCase();
  if (!isDemoSize(size)) throw new InvalidArgumentError(t('cliDemoSize', { sizes: DEMO_SIZES.join(', ') }));
  return size;
}

const dataOption = () =>
  new Option('--data <dir>', 'data folder (database, secret key)').default(DEFAULT_DATA);

/** Builds the program; `exitCode` collects the code a command wants to end with. */
export function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('msd')
    .description(
      'Monitor Sociaal Domein: steer the social domain (Jeugdwet, Wmo, Participatiewet) on outcomes',
    )
    .version(PRODUCT_VERSION)
    .showHelpAfterError()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: (s, write) => write(dutchCommanderError(s)),
    })
    .exitOverride();

  program
    .command('init')
    .description('create the data folder (database, secret key); with --gemeente load its CBS areas')
    .addOption(dataOption())
    .option('--gemeente <code>', 'CBS gemeente code, e.g. GM0637')
    .option('--regio <codes>', 'other gemeenten whose iJw/iWmo messages are accepted too, e.g. GM0638,GM0639')
    .action(async (o: { data: string; gemeente?: string; regio?: string }) =>
      (await commands.init()).runInit(o, io),
    );

  program
    .command('demo')
    .description('build the demo municipality (Zoetermeer, synthetic), ingest, compute and serve it')
    .addOption(dataOption())
    .option(
      '--size <S|M|L>',
      'S ≈ 25,000, M ≈ 128,000, L ≈ 900,000 inhabitants',
      demoSize,
      DEFAULT_DEMO_OPTIONS.size,
    )
    .option('--seed <n>', 'random seed', integer('seed', 0, 2 ** 31 - 1), DEFAULT_DEMO_OPTIONS.seed)
    .option('--emit <dir>', 'where to write the source files (default <data>/demo-bronbestanden)')
    .option(
      '--all-xml',
      'emit every claim as iJw/iWmo 323 XML (default: the last full year; earlier years as CSV history)',
    )
    .option('--no-serve', 'stop after computing')
    .option('--port <n>', 'HTTP port', integer('port', 1, 65535), 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--theme <dir>', "the municipality's look: theme.json and/or tokens.css (docs/theming.md)")
    .action(async (o) => (await commands.demo()).runDemo(o, io, main));

  program
    .command('ingest')
    .description('ingest source files, folders and zip archives (iJw/iWmo XML, CSV exports) as batches')
    .addOption(dataOption())
    .option('--profile <file...>', 'mapping profile(s) (JSON) instead of detecting a shipped one')
    .option('--strict', 'reject a file when any of its records is quarantined')
    .option('--xsd-dir <dir>', 'validate every iJw/iWmo message against the official XSDs in this folder')
    .argument('<paths...>', 'files, folders or zip archives (CSV/XLSX exports, iJw/iWmo XML messages)')
    .action(async (paths: string[], o) =>
      setExitCode(await (await commands.ingest()).runIngest(paths, o, io)),
    );

  program
    .command('compute')
    .description('compute every catalogue indicator into the results cube')
    .addOption(dataOption())
    .action(async (o: { data: string }) => (await commands.compute()).runCompute(o, io));

  const indicators = program.command('indicators').description('list and show indicators');
  indicators
    .command('list')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o: { data: string; format: 'table' | 'json' }) =>
      (await commands.indicators()).runIndicatorsList(o, io),
    );
  indicators
    .command('show')
    .argument('<id>', 'indicator id, e.g. youth.clients')
    .addOption(dataOption())
    .option('--period <p>', 'period: 2019, 2019-H1, 2019-Q3 or 2019-07')
    .option('--area <code|name>', 'area code or name, e.g. GM0637, WK063706 or Oosterheem')
    .option('--breakdown <key>', 'breakdown key, e.g. careType')
    .option('--exact', 'exact values without disclosure control (trusted local use only)')
    .option(
      '--source <source>',
      "'computed', 'imported' or a source name (default: computed; imported for periods not computed)",
    )
    .addOption(new Option('--format <format>').choices(['table', 'json', 'csv', 'xlsx']).default('table'))
    .option('--out <file>', 'write to this file instead of stdout (required for xlsx)')
    .action(async (id: string, o) => (await commands.indicators()).runIndicatorsShow(id, o, io));

  indicators
    .command('define')
    .description(
      'define local indicators from a JSON file (one definition or an array); re-defining an id replaces it',
    )
    .argument('<file>', 'definitions file (.json, .yaml or .yml)')
    .addOption(dataOption())
    .action(async (file: string, o: { data: string }) =>
      (await commands.indicatorsDefine()).runIndicatorsDefine(file, o, io),
    );

  const values = program
    .command('values')
    .description('imported aggregate figures (surveys, GGD, CBS-like tables)');
  values
    .command('import')
    .description('import figures: indicator;period;area;value;numerator;denominator;unit;source;status')
    .addOption(dataOption())
    .option('--source <name>', 'source for lines with an empty source cell')
    .argument('<files...>', 'CSV files (; or , separated)')
    .action(async (files: string[], o: { data: string; source?: string }) =>
      setExitCode(await (await commands.values()).runValuesImport(files, o, io)),
    );

  const cbs = program.command('cbs').description('CBS StatLine tables');
  cbs
    .command('import')
    .description("import a downloaded StatLine table (bulk CSV or OData JSON) for the deployment's gemeente")
    .addOption(dataOption())
    .option('--mapping <file>', 'mapping of CBS columns to indicators (default: a shipped mapping that fits)')
    .option('--period <p>', "period of the figures (default: the table's year in the mapping)")
    .option('--all-areas', "every gemeente, wijk and buurt in the table, not only the deployment's")
    .argument('<file>', 'the downloaded table')
    .action(
      async (file: string, o: { data: string; mapping?: string; period?: string; allAreas?: boolean }) =>
        setExitCode(await (await commands.cbs()).runCbsImport(file, o, io)),
    );

  const areas = program
    .command('areas')
    .description('areas of the deployment, custom areas (kernen, gebieden)');
  areas
    .command('define')
    .description(
      'define custom areas as sets of wijken/buurten of the gemeente (JSON, or CSV code;name;member)',
    )
    .addOption(dataOption())
    .argument('<file>', 'areas file')
    .action(async (file: string, o: { data: string }) =>
      (await commands.areas()).runAreasDefine(file, o, io),
    );
  areas
    .command('list')
    .description('list the gemeente, its wijken and custom areas with their members')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o: { data: string; format: 'table' | 'json' }) =>
      (await commands.areas()).runAreasList(o, io),
    );

  program
    .command('serve')
    .description('serve the dashboard over HTTP')
    .addOption(dataOption())
    .option('--port <n>', 'HTTP port', integer('port', 1, 65535), 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--behind-proxy <address>', 'TLS proxy address whose X-Forwarded-Proto/-For are trusted')
    .option('--theme <dir>', "the municipality's look: theme.json and/or tokens.css (docs/theming.md)")
    .action(async (o: { data: string; port: number; host: string; behindProxy?: string; theme?: string }) =>
      (await commands.serve()).runServe(o, io, main),
    );

  const batches = program
    .command('batches')
    .description('list ingested batches and quarantine reasons (never personal data)')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o: { data: string; format: 'table' | 'json' }) =>
      (await commands.batches()).runBatches(o, io),
    );
  batches
    .command('remove')
    .description('remove an aggregate batch (CBS table, values file): its figures and quarantine rows')
    .argument('<id>', 'batch id (see msd batches)', integer('id', 1, 2_147_483_647))
    // `--data` belongs to `batches` (commander reads a parent's options after the subcommand too).
    .action(async (id: number) =>
      (await commands.batches()).runBatchRemove(id, batches.opts<{ data: string }>(), io),
    );

  program
    .command('purge')
    .description(
      'remove record-level data older than the retention limit (keeps the figures); --dry-run only counts',
    )
    .addOption(dataOption())
    .requiredOption('--older-than <span>', 'retention limit in years or months, e.g. 7y or 84m')
    .option('--dry-run', 'count what would be removed, change nothing')
    .action(async (o: { data: string; olderThan: string; dryRun?: boolean }) =>
      (await commands.purge()).runPurge(o, io),
    );

  const goals = program
    .command('goals')
    .description('the goal tree (doelenboom): templates, statuses, export and import');
  goals
    .command('init')
    .description('load a shipped goal tree template as a new tree version')
    .addOption(dataOption())
    .requiredOption('--template <name>', 'voorschoten, zoetermeer-jeugd or dalfsen')
    .action(async (o: { data: string; template: string }) => {
      const { runGoalsInit } = await import('./commands/goals-command.ts');
      await runGoalsInit(o, io);
    });
  goals
    .command('show')
    .description('the goal tree with status, value, target, sentence and narrative per node')
    .addOption(dataOption())
    .option('--period <p>', 'period: 2024, 2024-H1, 2024-Q3 or 2024-07 (default: the latest final year)')
    .option('--area <code>', "area code (default: the deployment's gemeente)")
    .option(
      '--tree-version <v>',
      'tree version (default: the latest)',
      integer('tree-version', 1, 2 ** 31 - 1),
    )
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o) => {
      const { runGoalsShow } = await import('./commands/goals-command.ts');
      await runGoalsShow(o, io);
    });
  goals
    .command('export')
    .description('write a tree version as YAML (or JSON for a .json file); without --out to the screen')
    .addOption(dataOption())
    .option('--out <file>', 'file to write (tree.yaml or tree.json)')
    .option(
      '--tree-version <v>',
      'tree version (default: the latest)',
      integer('tree-version', 1, 2 ** 31 - 1),
    )
    .action(async (o: { data: string; out?: string; treeVersion?: number }) => {
      const { runGoalsExport } = await import('./commands/goals-command.ts');
      await runGoalsExport(o, io);
    });
  goals
    .command('import')
    .description('validate a goal tree (YAML or JSON) and store it as a new version (herijking)')
    .addOption(dataOption())
    .option('--note <text>', 'why this version (e.g. herijking 2017)')
    .argument('<file>', 'tree.yaml or tree.json')
    .action(async (file: string, o: { data: string; note?: string }) => {
      const { runGoalsImport } = await import('./commands/goals-command.ts');
      await runGoalsImport(file, o, io);
    });

  const targets = program.command('targets').description('targets (streefwaarden, budgets) in the goal tree');
  targets
    .command('set')
    .description('set the target of an indicator for a year or period (cost indicators: the budget)')
    .argument('<indicator>', 'indicator id, e.g. youth.inflow')
    .addOption(dataOption())
    .option('--year <year>', 'year of the target', integer('year', 1900, 2200))
    .option('--period <p>', 'period of the target instead of a year: 2025-H1, 2025-Q3, 2025-07')
    .requiredOption('--value <n>', 'the target value', decimal)
    .option(
      '--tree-version <v>',
      'tree version (default: the latest)',
      integer('tree-version', 1, 2 ** 31 - 1),
    )
    .action(async (indicator: string, o) => {
      const { runTargetsSet } = await import('./commands/targets-command.ts');
      await runTargetsSet(indicator, o, io);
    });

  const narratives = program
    .command('narratives')
    .description('the story behind the figures per goal, effect or indicator and period');
  narratives
    .command('set')
    .description('store a narrative (markdown) for a node and period; earlier versions stay in the history')
    .argument('<node>', 'node id in the goal tree, e.g. doel-2')
    .addOption(dataOption())
    .requiredOption('--period <p>', 'period, e.g. 2024')
    .requiredOption('--file <file>', 'markdown file with the text')
    .option('--final', 'status definitief (default: concept)')
    .option('--author <name>', 'author (default: the logged-in user)')
    .option(
      '--tree-version <v>',
      'tree version (default: the latest)',
      integer('tree-version', 1, 2 ** 31 - 1),
    )
    .action(async (node: string, o) => {
      const { runNarrativesSet } = await import('./commands/narratives-command.ts');
      await runNarrativesSet(node, o, io);
    });
  narratives
    .command('history')
    .description('every version of the narratives of a node')
    .argument('<node>', 'node id in the goal tree')
    .addOption(dataOption())
    .option('--period <p>', 'only this period')
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (node: string, o: { data: string; period?: string; format: 'table' | 'json' }) => {
      const { runNarrativesHistory } = await import('./commands/narratives-command.ts');
      await runNarrativesHistory(node, o, io);
    });

  const rendement = program
    .command('rendement')
    .description('social return: price lists, case analyses and programme cost-benefit with sensitivity');
  rendement
    .command('example')
    .description(
      'load a shipped example: overbetuwe (case analyses), zoetermeer (programme), prijslijst (price list)',
    )
    .addOption(dataOption())
    .argument('<which>', 'overbetuwe, zoetermeer or prijslijst')
    .action(async (which: string, o: { data: string }) => {
      const { runRendementExample } = await import('./commands/rendement-command.ts');
      await runRendementExample(which, o, io);
    });
  rendement
    .command('list')
    .description('list stored price lists, case analyses and programmes')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o: { data: string; format: 'table' | 'json' }) => {
      const { runRendementList } = await import('./commands/rendement-command.ts');
      await runRendementList(o, io);
    });
  rendement
    .command('import')
    .description(
      'validate and store a price list, case analysis or programme (XLSX from the template, or YAML)',
    )
    .addOption(dataOption())
    .argument('<file>', '.xlsx, .yaml or .yml')
    .action(async (file: string, o: { data: string }) => {
      const { runRendementImport } = await import('./commands/rendement-command.ts');
      await runRendementImport(file, o, io);
    });
  rendement
    .command('export')
    .description('write a stored document as XLSX (inputs and results) or YAML (inputs)')
    .addOption(dataOption())
    .argument('<name>', 'document name (msd rendement list)')
    .requiredOption('--out <file>', '.xlsx, .yaml or .yml')
    .action(async (name: string, o: { data: string; out: string }) => {
      const { runRendementExport } = await import('./commands/rendement-command.ts');
      await runRendementExport(name, o, io);
    });
  rendement
    .command('show')
    .description('the result: totals and per actor; for a programme also ratio, payback year and sensitivity')
    .addOption(dataOption())
    .argument('<name>', 'document name (msd rendement list)')
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (name: string, o: { data: string; format: 'table' | 'json' }) => {
      const { runRendementShow } = await import('./commands/rendement-command.ts');
      await runRendementShow(name, o, io);
    });
  rendement
    .command('template')
    .description('write an XLSX template to fill in (example price list and example rows)')
    .requiredOption('--out <file>', '.xlsx file')
    .addOption(new Option('--kind <kind>').choices(['casusanalyse', 'programma']).default('casusanalyse'))
    .action(async (o: { out: string; kind: 'casusanalyse' | 'programma' }) => {
      const { runRendementTemplate } = await import('./commands/rendement-command.ts');
      await runRendementTemplate(o, io);
    });

  const forecast = program
    .command('forecast')
    .description('forecast one indicator series h periods ahead with 80 % and 95 % intervals')
    .argument('<indicator>', 'indicator id (see msd indicators list)')
    .addOption(dataOption())
    .option('--area <code>', 'area code or name (default: the gemeente)')
    .addOption(new Option('--period-kind <kind>').choices(['year', 'quarter', 'month']).default('year'))
    .option('--horizon <n>', 'periods ahead', integer('horizon', 1, 60))
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(
      async (
        id: string,
        o: {
          data: string;
          area?: string;
          periodKind: 'year' | 'quarter' | 'month';
          horizon?: number;
          format: 'table' | 'json';
        },
      ) => (await commands.forecast()).runForecast(id, o, io),
    );
  forecast
    .command('track-record')
    .description('how often final outcomes fell inside the 80 % and 95 % bands of kept forecasts')
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    // `--data` belongs to `forecast` (commander reads a parent's options after the subcommand too).
    .action(async (o: { format: 'table' | 'json' }) =>
      (await commands.forecast()).runForecastTrackRecord(
        { ...o, data: forecast.opts<{ data: string }>().data },
        io,
      ),
    );

  const budget = program
    .command('budget')
    .description('the budget (begroting, begrotingswijzigingen) and the year-end projection against it');
  budget
    .command('import')
    .description(
      'validate and store a budget file (CSV or XLSX): jaar;domein;categorie;taakveld;soort;bedrag',
    )
    .addOption(dataOption())
    .argument('<file>', '.csv or .xlsx')
    .action(async (file: string, o: { data: string }) =>
      setExitCode(await (await commands.budget()).runBudgetImport(file, o, io)),
    );
  budget
    .command('list')
    .description('the stored budget per year, domain, category and taakveld')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o: { data: string; format: 'table' | 'json' }) =>
      (await commands.budget()).runBudgetList(o, io),
    );
  budget
    .command('show')
    .description("a year's budget and the expected year total against it (default: the running year)")
    .addOption(dataOption())
    .option('--year <year>', 'budget year', integer('year', 1900, 2200))
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o: { data: string; year?: number; format: 'table' | 'json' }) =>
      (await commands.budget()).runBudgetShow(o, io),
    );

  registerAccessCommands(program, io, dataOption, commands.users);
  program
    .command('report')
    .description(
      'the council report for a P&C moment as one self-contained HTML file or a PDF (stores a snapshot)',
    )
    .addOption(dataOption())
    .addOption(
      new Option('--moment <moment>').choices(['jaarrekening', 'voorjaarsnota', 'najaarsnota', 'halfjaar']),
    )
    .option('--period <p>', 'period: 2024, 2024-H1, 2024-Q3 or 2024-07')
    .option('--area <code|name>', 'area code or name (default: the gemeente)')
    .option(
      '--snapshot <hash>',
      'regenerate the report of a stored snapshot (full hash or at least 8 characters)',
    )
    .addOption(new Option('--format <format>').choices(['html', 'pdf']).default('html'))
    .requiredOption('--out <file>', 'the file to write')
    .option('--chromium <path>', 'Chromium executable for the PDF (default: chromium on PATH)')
    .action(async (o) => (await commands.report()).runReport(o, io));

  program
    .command('snapshots')
    .description('frozen report snapshots')
    .command('list')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o: { data: string; format: 'table' | 'json' }) =>
      (await commands.report()).runSnapshotsList(o, io),
    );

  return program;
}

/** Runs the CLI and returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const args = argv.slice(2);
  const { command, dataDir } = commandAndDataDir(args);
  if (command && (HANDOFF_COMMANDS as readonly string[]).includes(command)) {
    const server = runningServer(dataDir);
    if (server) return handOff(server, args, io);
  }
  let exitCode = 0;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    const e = error as { code?: string; exitCode?: number; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('commander.')) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (isCliError(error)) {
      io.err(`msd: ${error.message}`);
      return error.exitCode;
    }
    if (isStoreError(error) || isIngestError(error)) {
      io.err(`msd: ${error.message}`);
      return 1;
    }
    io.err(`msd: ${t('cliUnexpected', { detail: (error as Error).stack ?? String(error) })}`);
    return 1;
  }
}
