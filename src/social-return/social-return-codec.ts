/** @module A validated social-return document to and from JSON text for storage (the price list's index map as pairs). */
import type { PriceList, SocialReturnDocument } from './social-return-model.ts';

interface StoredPriceList {
  readonly items: PriceList['items'];
  readonly index: [number, number][];
}

/** JSON text of a document; `documentFromJson(documentToJson(d))` equals `d`. */
export function documentToJson(doc: SocialReturnDocument): string {
  const priceList: StoredPriceList = { items: doc.priceList.items, index: [...doc.priceList.index] };
  return JSON.stringify({ ...doc, priceList });
}

/** The document back from text written by documentToJson (validated when it was stored). */
export function documentFromJson(text: string): SocialReturnDocument {
  const raw = JSON.parse(text) as SocialReturnDocument & { priceList: StoredPriceList };
  return { ...raw, priceList: { items: raw.priceList.items, index: new Map(raw.priceList.index) } };
}
