/** @module iJw / iWmo 3.2 message vocabulary: message types, namespaces, BerichtCodes and which messages carry records. */

/** The 3.2 messages the parser recognises (JW/WMO + number). */
export const MESSAGE_TYPES = [
  '301',
  '302',
  '305',
  '306',
  '307',
  '308',
  '315',
  '316',
  '317',
  '318',
  '319',
  '320',
  '323',
  '325',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Messages whose records the monitor ingests; every other recognised message is reported as skipped. */
export const RECORD_MESSAGE_TYPES = ['301', '305', '307', '323'] as const;
export type RecordMessageType = (typeof RECORD_MESSAGE_TYPES)[number];

/** The laws covered by iStandaarden messages (Participatiewet has none). */
export const ISTANDAARD_LAWS = ['youth', 'support'] as const;
export type IstandaardLaw = (typeof ISTANDAARD_LAWS)[number];

export const isMessageType = (value: string): value is MessageType =>
  (MESSAGE_TYPES as readonly string[]).includes(value);

export const isRecordMessageType = (value: string): value is RecordMessageType =>
  (RECORD_MESSAGE_TYPES as readonly string[]).includes(value);

/** BerichtCode (COD002-VEKTIS) per message, youth (JW) and support (WMO). */
export const BERICHT_CODES: Record<IstandaardLaw, Partial<Record<MessageType, string>>> = {
  youth: { '301': '436', '302': '437', '305': '438', '306': '439', '307': '440', '308': '441', '323': '490' },
  support: {
    '301': '414',
    '302': '415',
    '305': '418',
    '306': '419',
    '307': '420',
    '308': '421',
    '323': '484',
  },
};

const STANDARD_OF: Record<IstandaardLaw, { standard: string; prefix: string }> = {
  youth: { standard: 'ijw', prefix: 'jw' },
  support: { standard: 'iwmo', prefix: 'wmo' },
};

/** Namespace URI of a message, e.g. `http://www.istandaarden.nl/ijw/3_2/jw301/schema`. */
export function messageNamespace(law: IstandaardLaw, type: MessageType): string {
  const { standard, prefix } = STANDARD_OF[law];
  return `http://www.istandaarden.nl/${standard}/3_2/${prefix}${type}/schema`;
}

/** Namespace URI of the shared types (basisschema) of a law. */
export function basisNamespace(law: IstandaardLaw): string {
  return `http://www.istandaarden.nl/${STANDARD_OF[law].standard}/3_2/basisschema/schema`;
}

/** File name of a message's XSD in the official distribution, e.g. `JW301.xsd` / `WMO301.xsd`. */
export function xsdFileName(law: IstandaardLaw, type: MessageType): string {
  return `${STANDARD_OF[law].prefix.toUpperCase()}${type}.xsd`;
}

const NAMESPACE_PATTERN = /^http:\/\/www\.istandaarden\.nl\/(ijw|iwmo)\/3_2\/(jw|wmo)(\d{3})\/schema$/;

/** Law and message type from a root namespace URI, or null for anything that is not a 3.2 iJw/iWmo message. */
export function parseMessageNamespace(uri: string): { law: IstandaardLaw; messageType: MessageType } | null {
  const match = NAMESPACE_PATTERN.exec(uri);
  if (!match) return null;
  const [, standard, prefix, number] = match;
  const law: IstandaardLaw | null =
    standard === 'ijw' && prefix === 'jw'
      ? 'youth'
      : standard === 'iwmo' && prefix === 'wmo'
        ? 'support'
        : null;
  if (law === null || number === undefined || !isMessageType(number)) return null;
  return { law, messageType: number };
}
