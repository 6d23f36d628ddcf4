/** @module The `msd` command line: parses arguments (commander), runs a command, and turns errors into one line and a non-zero exit code. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { isCliError, isIngestError, isStoreError } from '../errors.ts';
import { DEFAULT_DEMO_OPTIONS, DEMO_SIZES, isDemoSize } from '../demo/demo-options.ts';
import { PRODUCT_VERSION } from '../version.ts';
import { processIo, type CliIo } from './cli-output.ts';
import { commandAndDataDir, handOff, HANDOFF_COMMANDS, runningServer } from './server-handoff.ts';
import { runDemo } from './commands/demo-command.ts';
import { runIngest } from './commands/ingest-command.ts';
import { runInit } from './commands/init-command.ts';
import { runServe } from './commands/serve-command.ts';
import { runAreasDefine, runAreasList } from './commands/areas-command.ts';
import { runBatches } from './commands/batches-command.ts';
import { runCbsImport } from './commands/cbs-command.ts';
import { runIndicatorsDefine } from './commands/indicators-define-command.ts';
import { runValuesImport } from './commands/values-command.ts';
import { runCompute } from './commands/compute-command.ts';
import { runIndicatorsList, runIndicatorsShow } from './commands/indicators-command.ts';

const DEFAULT_DATA = './data';

function integer(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

function demoSize(value: string) {
  const size = value.toUpperCase();
  if (!isDemoSize(size)) throw new InvalidArgumentError(`size must be one of ${DEMO_SIZES.join(', ')}.`);
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
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();

  program
    .command('init')
    .description('create the data folder (database, secret key); with --gemeente load its CBS areas')
    .addOption(dataOption())
    .option('--gemeente <code>', 'CBS gemeente code, e.g. GM0637')
    .option('--regio <codes>', 'other gemeenten whose iJw/iWmo messages are accepted too, e.g. GM0638,GM0639')
    .action((o: { data: string; gemeente?: string; regio?: string }) => runInit(o, io));

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
    .action((o) => runDemo(o, io, main));

  program
    .command('ingest')
    .description('ingest source files, folders and zip archives (iJw/iWmo XML, CSV exports) as batches')
    .addOption(dataOption())
    .option('--profile <file...>', 'mapping profile(s) (JSON) instead of detecting a shipped one')
    .option('--strict', 'reject a file when any of its records is quarantined')
    .option('--xsd-dir <dir>', 'validate every iJw/iWmo message against the official XSDs in this folder')
    .argument('<paths...>', 'files, folders or zip archives (CSV/XLSX exports, iJw/iWmo XML messages)')
    .action(async (paths: string[], o) => setExitCode(await runIngest(paths, o, io)));

  program
    .command('compute')
    .description('compute every catalogue indicator into the results cube')
    .addOption(dataOption())
    .action((o: { data: string }) => runCompute(o, io));

  const indicators = program.command('indicators').description('list and show indicators');
  indicators
    .command('list')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action((o: { data: string; format: 'table' | 'json' }) => runIndicatorsList(o, io));
  indicators
    .command('show')
    .argument('<id>', 'indicator id, e.g. youth.clients')
    .addOption(dataOption())
    .option('--period <p>', 'period: 2019, 2019-H1, 2019-Q3 or 2019-07')
    .option('--area <code>', 'area code, e.g. GM0637 or WK063706')
    .option('--breakdown <key>', 'breakdown key, e.g. careType')
    .option('--exact', 'exact values without disclosure control (trusted local use only)')
    .option(
      '--source <source>',
      "'computed', 'imported' or a source name (default: computed; imported for periods not computed)",
    )
    .addOption(new Option('--format <format>').choices(['table', 'json', 'csv']).default('table'))
    .action((id: string, o) => runIndicatorsShow(id, o, io));

  indicators
    .command('define')
    .description(
      'define local indicators from a JSON file (one definition or an array); re-defining an id replaces it',
    )
    .argument('<file>', 'definitions file (.json, .yaml or .yml)')
    .addOption(dataOption())
    .action((file: string, o: { data: string }) => runIndicatorsDefine(file, o, io));

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
      setExitCode(await runValuesImport(files, o, io)),
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
        setExitCode(await runCbsImport(file, o, io)),
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
    .action((file: string, o: { data: string }) => runAreasDefine(file, o, io));
  areas
    .command('list')
    .description('list the gemeente, its wijken and custom areas with their members')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action((o: { data: string; format: 'table' | 'json' }) => runAreasList(o, io));

  program
    .command('serve')
    .description('serve the dashboard over HTTP')
    .addOption(dataOption())
    .option('--port <n>', 'HTTP port', integer('port', 1, 65535), 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action((o: { data: string; port: number; host: string }) => runServe(o, io, main));

  program
    .command('batches')
    .description('list ingested batches and quarantine reasons (never personal data)')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action((o: { data: string; format: 'table' | 'json' }) => runBatches(o, io));

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
    io.err(`msd: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
