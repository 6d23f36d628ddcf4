/** @module `msd users add|list|disable|enable|reset|set-role`, `msd tokens create` and `msd audit export`: accounts, API tokens and the audit trail from the command line; every change is audited. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createApp, type App } from '../../app.ts';
import { createApiToken } from '../../access/api-token.ts';
import { audit, cliActor, listAudit } from '../../access/audit-log.ts';
import { generatePassword } from '../../access/password-hash.ts';
import { addUser, listUsers, setDisabled, setPassword, setRole, type User } from '../../access/user-store.ts';
import { CliError, isAccessError } from '../../errors.ts';
import { dutchCsv } from '../../views/csv-export-writer.ts';
import { t } from '../../views/messages.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

/**
 * Reads a password from standard input: everything up to the first line end (a trailing newline is not part of
 * it). A command handed to the server brings the CLI's standard input in `io.stdin`.
 */
export async function readPasswordFromStdin(
  io: CliIo,
  stream: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  let text = io.stdin ?? '';
  if (io.stdin === undefined) {
    if ('isTTY' in stream && stream.isTTY) throw new CliError(t('accessNoPasswordOnStdin'));
    for await (const chunk of stream) text += String(chunk);
  }
  const password = text.split(/\r?\n/)[0] ?? '';
  if (password === '') throw new CliError(t('accessNoPasswordOnStdin'));
  return password;
}

/** Runs `work` on the data folder, turning a refused account operation into a one-line CLI error (exit 2). */
async function withApp<T>(data: string, work: (app: App) => Promise<T>): Promise<T> {
  const app = await createApp({ dataDir: data });
  try {
    return await work(app);
  } catch (error) {
    if (isAccessError(error)) throw new CliError(error.message);
    throw error;
  } finally {
    app.close();
  }
}

export interface UsersAddOptions {
  data: string;
  username: string;
  role: string;
  passwordStdin?: boolean;
}

export async function runUsersAdd(
  o: UsersAddOptions,
  io: CliIo,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<void> {
  // Read before opening the database: a missing password changes nothing.
  const password = o.passwordStdin ? await readPasswordFromStdin(io, stdin) : generatePassword();
  await withApp(o.data, async (app) => {
    const user = await addUser(app.store, { username: o.username, role: o.role, password });
    await audit(app.store, { ...cliActor(), action: 'user.add', object: `${user.username} (${user.role})` });
    io.out(t('accessUserAdded', { username: user.username, role: user.role }));
    if (!o.passwordStdin) io.out(t('accessUserReset', { username: user.username, password }));
  });
}

const statusText = (u: User) => (u.disabled ? t('accessDisabled') : t('accessActive'));

export async function runUsersList(o: { data: string; format: 'table' | 'json' }, io: CliIo): Promise<void> {
  const app = await createApp({ dataDir: o.data, readOnly: true });
  try {
    const users = await listUsers(app.store);
    if (o.format === 'json') {
      io.out(JSON.stringify(users, null, 2));
      return;
    }
    if (users.length === 0) {
      io.out(t('accessNoUsers'));
      return;
    }
    const rows = users.map((u) => ({
      username: u.username,
      role: u.role,
      status: statusText(u),
      created: u.createdAt.slice(0, 10),
    }));
    io.out(formatTable(rows, ['username', 'role', 'status', 'created'], t('accessUsersHeader').split('\t')));
  } finally {
    app.close();
  }
}

export async function runUsersSetDisabled(
  username: string,
  disabled: boolean,
  o: { data: string },
  io: CliIo,
): Promise<void> {
  await withApp(o.data, async (app) => {
    const user = await setDisabled(app.store, username, disabled);
    await audit(app.store, {
      ...cliActor(),
      action: disabled ? 'user.disable' : 'user.enable',
      object: user.username,
    });
    io.out(t(disabled ? 'accessUserDisabled' : 'accessUserEnabled', { username: user.username }));
  });
}

export async function runUsersReset(
  username: string,
  o: { data: string; passwordStdin?: boolean },
  io: CliIo,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<void> {
  const password = o.passwordStdin ? await readPasswordFromStdin(io, stdin) : generatePassword();
  await withApp(o.data, async (app) => {
    await setPassword(app.store, username, password);
    await audit(app.store, { ...cliActor(), action: 'user.reset', object: username });
    io.out(
      o.passwordStdin
        ? t('accessUserResetStdin', { username })
        : t('accessUserReset', { username, password }),
    );
  });
}

export async function runUsersSetRole(
  username: string,
  role: string,
  o: { data: string },
  io: CliIo,
): Promise<void> {
  await withApp(o.data, async (app) => {
    const { before, after } = await setRole(app.store, username, role);
    await audit(app.store, {
      ...cliActor(),
      action: 'role.change',
      object: `${username}: ${before} → ${after}`,
    });
    io.out(t('accessRoleSet', { username, before, after }));
  });
}

export async function runTokensCreate(
  o: { data: string; username: string; label?: string },
  io: CliIo,
): Promise<void> {
  await withApp(o.data, async (app) => {
    const label = o.label ?? 'api';
    const token = await createApiToken(app.store, o.username.trim().toLowerCase(), label);
    await audit(app.store, { ...cliActor(), action: 'token.create', object: `${o.username} (${label})` });
    io.out(t('accessTokenCreated', { username: o.username, token }));
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `msd audit export --from --to [--out]`: the entries of the range as CSV (oldest first), to a file or the screen. */
export async function runAuditExport(
  o: { data: string; from?: string; to?: string; out?: string },
  io: CliIo,
): Promise<void> {
  for (const [option, value] of [
    ['--from', o.from],
    ['--to', o.to],
  ] as const) {
    if (value !== undefined && !DATE.test(value)) throw new CliError(t('accessBadDate', { option, value }));
  }
  const app = await createApp({ dataDir: o.data, readOnly: true });
  try {
    const entries = (
      await listAudit(app.store, {
        ...(o.from ? { from: o.from } : {}),
        ...(o.to ? { to: o.to } : {}),
      })
    ).reverse();
    const header = ['seq', 'at', 'actor', 'action', 'object', 'origin', 'outcome'];
    // A text cell starting with = + - @ would be a formula in a spreadsheet: prefixed with ' (CSV injection).
    const safe = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);
    const csv = dutchCsv(
      header,
      entries.map((e) => [e.seq, e.at, safe(e.actor), e.action, safe(e.object), safe(e.origin), e.outcome]),
    );
    if (o.out) {
      await writeFile(resolve(o.out), csv, { mode: 0o600 });
      io.err(t('accessAuditExported', { count: entries.length, file: resolve(o.out) }));
    } else io.out(csv.replace(/\r\n$/, ''));
  } finally {
    app.close();
  }
}
