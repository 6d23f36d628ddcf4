/** @module Stores and reads social-return documents (one row each, replaced as a whole in one transaction). */
import { documentFromJson, documentToJson } from '../social-return/social-return-codec.ts';
import type { DocumentKind, SocialReturnDocument } from '../social-return/social-return-model.ts';
import type { SqlStore } from './sql-store.ts';

export interface StoredDocumentRow {
  readonly name: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly priceYear: number;
  readonly storedAt: string;
}

/** Stores documents all or none; returns per name whether it replaced an earlier one. */
export async function storeSocialReturnDocuments(
  store: SqlStore,
  docs: readonly SocialReturnDocument[],
  actor: string,
): Promise<{ name: string; replaced: boolean }[]> {
  return store.transaction(async () => {
    const outcome: { name: string; replaced: boolean }[] = [];
    for (const doc of docs) {
      const existing = await store.all('SELECT 1 AS x FROM social_return_document WHERE name = ?', [
        doc.name,
      ]);
      if (existing.length > 0)
        await store.run('DELETE FROM social_return_document WHERE name = ?', [doc.name]);
      await store.run('INSERT INTO social_return_document VALUES (?, ?, ?, ?, ?, current_timestamp, ?)', [
        doc.name,
        doc.kind,
        doc.title,
        doc.priceYear,
        documentToJson(doc),
        actor,
      ]);
      outcome.push({ name: doc.name, replaced: existing.length > 0 });
    }
    return outcome;
  });
}

export async function listSocialReturnDocuments(store: SqlStore): Promise<StoredDocumentRow[]> {
  const rows = await store.all<{
    name: string;
    kind: string;
    title: string;
    price_year: number;
    stored_at: string;
  }>(
    `SELECT name, kind, title, price_year, strftime(stored_at, '%Y-%m-%d %H:%M') AS stored_at
     FROM social_return_document ORDER BY kind, name`,
  );
  return rows.map((r) => ({
    name: r.name,
    kind: r.kind as DocumentKind,
    title: r.title,
    priceYear: r.price_year,
    storedAt: r.stored_at,
  }));
}

/** The document, or undefined when no document has that name. */
export async function readSocialReturnDocument(
  store: SqlStore,
  name: string,
): Promise<SocialReturnDocument | undefined> {
  const rows = await store.all<{ document_json: string }>(
    'SELECT document_json FROM social_return_document WHERE name = ?',
    [name],
  );
  const text = rows[0]?.document_json;
  return text === undefined ? undefined : documentFromJson(text);
}
