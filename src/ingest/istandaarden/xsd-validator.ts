/** @module Validates an iJw / iWmo message against the official XSDs in a user-given folder (xmllint-wasm, no network). */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { FILE } from './istandaard-reasons.ts';
import { xsdFileName } from './message-types.ts';
import type { IstandaardLaw, MessageType } from './message-types.ts';

export interface XsdValidationResult {
  readonly valid: boolean;
  /** xmllint messages with line numbers, e.g. `message.xml:12: element Bsn: Schemas validity error : …`. */
  readonly errors: string[];
}

const BASISSCHEMA = 'Basisschema.xsd';

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * The folder holding a law's XSDs: `xsdDir` itself, or the official distribution layout below it
 * (`jw/xsd`, `wmo/xsd`), so users can point at either.
 */
export async function resolveXsdFolder(
  xsdDir: string,
  law: IstandaardLaw,
  messageType: MessageType,
): Promise<string> {
  const file = xsdFileName(law, messageType);
  const candidates = [xsdDir, join(xsdDir, law === 'youth' ? 'jw' : 'wmo', 'xsd'), join(xsdDir, 'xsd')];
  for (const folder of candidates) if (await exists(join(folder, file))) return folder;
  throw new Error(FILE.xsdNotFound(file, xsdDir));
}

/** Validates one message text against `{JW|WMO}<type>.xsd` + `Basisschema.xsd` found in `xsdDir`. */
export async function validateAgainstXsd(
  xml: string,
  messageType: MessageType,
  law: IstandaardLaw,
  xsdDir: string,
): Promise<XsdValidationResult> {
  const folder = await resolveXsdFolder(xsdDir, law, messageType);
  const main = xsdFileName(law, messageType);
  const [schema, basis] = await Promise.all([
    readFile(join(folder, main), 'utf8'),
    readFile(join(folder, BASISSCHEMA), 'utf8'),
  ]);
  const result = await validateXML({
    xml: [{ fileName: 'message.xml', contents: xml }],
    schema: [{ fileName: main, contents: schema }],
    preload: [{ fileName: BASISSCHEMA, contents: basis }],
    // Large declarations need more than the 16 MiB default; 1 GiB is the ceiling.
    maxMemoryPages: 16384,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
