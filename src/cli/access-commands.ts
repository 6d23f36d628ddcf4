/** @module Declares `msd users`, `msd tokens` and `msd audit` on the program; their modules load only when one runs. */
import { Option, type Command } from 'commander';
import type { CliIo } from './cli-output.ts';
import type * as UsersCommand from './commands/users-command.ts';

type UsersModule = typeof UsersCommand;

/** Adds the access commands; `dataOption` is the program's shared `--data` option. */
export function registerAccessCommands(
  program: Command,
  io: CliIo,
  dataOption: () => Option,
  load: () => Promise<UsersModule>,
): void {
  const users = program.command('users').description('accounts and roles (admin, analyst, policy, viewer)');
  users
    .command('add')
    .description('add an account; without --password-stdin a password is generated and shown once')
    .addOption(dataOption())
    .requiredOption('--username <u>', 'login name (lower case)')
    .requiredOption('--role <r>', 'admin, analyst, policy or viewer')
    .option('--password-stdin', 'read the password from standard input (at least 12 characters)')
    .action(async (o: { data: string; username: string; role: string; passwordStdin?: boolean }) =>
      (await load()).runUsersAdd(o, io),
    );
  users
    .command('list')
    .description('list accounts with role and status')
    .addOption(dataOption())
    .addOption(new Option('--format <format>').choices(['table', 'json']).default('table'))
    .action(async (o: { data: string; format: 'table' | 'json' }) => (await load()).runUsersList(o, io));
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(name)
      .description(disabled ? 'disable an account and end its sessions' : 'enable a disabled account')
      .argument('<username>')
      .addOption(dataOption())
      .action(async (username: string, o: { data: string }) =>
        (await load()).runUsersSetDisabled(username, disabled, o, io),
      );
  }
  users
    .command('reset')
    .description('set a new password (generated and shown once, or from standard input); ends its sessions')
    .argument('<username>')
    .addOption(dataOption())
    .option('--password-stdin', 'read the new password from standard input')
    .action(async (username: string, o: { data: string; passwordStdin?: boolean }) =>
      (await load()).runUsersReset(username, o, io),
    );
  users
    .command('set-role')
    .description('change the role of an account')
    .argument('<username>')
    .argument('<role>', 'admin, analyst, policy or viewer')
    .addOption(dataOption())
    .action(async (username: string, role: string, o: { data: string }) =>
      (await load()).runUsersSetRole(username, role, o, io),
    );

  program
    .command('tokens')
    .description('personal API tokens (Authorization: Bearer on /api/)')
    .command('create')
    .description('create a token for an account; shown once, stored hashed')
    .addOption(dataOption())
    .requiredOption('--username <u>', 'the account the token acts as')
    .option('--label <text>', 'what the token is for', 'api')
    .action(async (o: { data: string; username: string; label?: string }) =>
      (await load()).runTokensCreate(o, io),
    );

  program
    .command('audit')
    .description('the audit trail (read only)')
    .command('export')
    .description('write the audit entries of a date range as CSV (oldest first)')
    .addOption(dataOption())
    .option('--from <date>', 'first day, e.g. 2026-01-01')
    .option('--to <date>', 'last day (inclusive), e.g. 2026-12-31')
    .option('--out <file>', 'CSV file (default: the screen)')
    .action(async (o: { data: string; from?: string; to?: string; out?: string }) =>
      (await load()).runAuditExport(o, io),
    );
}
