/** @module Named points at which a test makes this process die as if by `kill -9` (environment `MSD_CRASH_AT=name` or `name:n` for the n-th pass): the crash-recovery tests stop a command between its steps. */

const passes = new Map<string, number>();

/**
 * Kills the process with SIGKILL when `MSD_CRASH_AT` names this point (and this is its n-th pass, default the
 * first). Without the variable it only reads the environment: production runs never set it.
 */
export function crashPoint(name: string): void {
  const spec = process.env['MSD_CRASH_AT'];
  if (spec === undefined || spec === '') return;
  const [at, nth = '1'] = spec.split(':');
  if (at !== name) return;
  const pass = (passes.get(name) ?? 0) + 1;
  passes.set(name, pass);
  if (pass === Number(nth)) process.kill(process.pid, 'SIGKILL');
}
