/** @module Audit entries for command-line work: who (`cli:<os user>`), from where (`cli@<host>`), through the one `audit` function. */
import { audit, cliActor, type AuditAction } from '../access/audit-log.ts';
import { createApp } from '../app.ts';
import type { SqlStore } from '../store/sql-store.ts';

/** Appends an entry on an open, writable store. */
export async function auditCli(store: SqlStore, action: AuditAction, object: string): Promise<void> {
  await audit(store, { ...cliActor(), action, object });
}

/**
 * Appends an entry for a command that otherwise only reads (exact values, exports): opens the data folder for
 * writing just for this. Called before the answer is shown, so that an unrecordable view is refused (fail closed).
 */
export async function auditCliRead(dataDir: string, action: AuditAction, object: string): Promise<void> {
  const app = await createApp({ dataDir });
  try {
    await auditCli(app.store, action, object);
  } finally {
    app.close();
  }
}
