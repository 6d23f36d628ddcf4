/** @module Dutch reasons of iJw / iWmo problems (quarantined records and rejected files); element names, code lists and the XML scanner's and XSD validator's own messages stay as they are (the validator's without the values it quotes). */
import { scrubDigits, shown } from '../field-reasons.ts';

/**
 * An XSD validator's message without the values it quotes (`The value '…'`, `'…' is not a valid value`): element
 * and type names stay, a field's content never appears.
 */
export const withoutQuotedValues = (message: string): string =>
  scrubDigits(
    message
      .replace(/(value\s+)'[^'\n]*'/gi, "$1'…'")
      .replace(/'[^'\n]*'(\s+is not (?:a valid value|accepted|facet-valid))/g, "'…'$1"),
  );

/**
 * Record level: the record is quarantined. Rules are Dutch predicates; the reason is built by `fieldReason`
 * (../field-reasons.ts), which names the field and echoes its value only when that is safe.
 */
export const RECORD = {
  missing: (element: string) => `${element} ontbreekt`,
  bsnFailsElevenTest: 'BSN voldoet niet aan de elfproef',
  notRealDate: 'is geen geldige datum',
  notInCodeList: (list: string) => `staat niet in codelijst ${list}`,
  notWholeNumber: 'is geen geheel getal',
  notNumber: 'is geen getal',
  lineOutsideClient: 'Prestatie buiten een Declaratie/Clienten/Client',
  bsnMissingBeforeLines: 'Bsn ontbreekt vóór de Prestaties',
  /** No amounts in the reason: a mistyped amount may be a BSN. */
  totalMismatch: 'TotaalIngediendBedrag wijkt af van de som van de Prestaties',
  /** The message's gemeente (Ontvanger, or Afzender of a 301) is not this deployment's nor one of its region. */
  otherGemeente: (code: string, own: string, role: 'Ontvanger' | 'Afzender') =>
    role === 'Ontvanger'
      ? `bericht is gericht aan gemeente ${code}, niet aan ${own}`
      : `bericht komt van gemeente ${code}, niet van ${own}`,
};

/** File level: the file is rejected. */
export const FILE = {
  /** The code is shown only when shaped like a code (it may be anything the sender typed). */
  wrongMessageCode: (code: string, expected: string) =>
    `BerichtCode ${code === '' ? '(ontbreekt)' : shown('code', code)} past niet bij de namespace (verwacht ${expected})`,
  notIstandaard: (root: string) => `rootelement ${root} is geen iJw- of iWmo 3.2-bericht`,
  doctype: "een DOCTYPE is niet toegestaan (geen DTD's, geen entiteiten)",
  /** `detail` is the XML scanner's message with file and line:column. */
  notWellFormed: (detail: string) => `XML is niet goed gevormd: ${detail}`,
  notUtf8: 'het bestand is geen geldige UTF-8',
  tooDeep: (depth: number) => `elementen zijn dieper genest dan ${depth} niveaus`,
  truncated: 'het bericht eindigt voordat het rootelement is gesloten',
  noElement: 'het bestand bevat geen XML-element',
  noHeader: 'het bericht heeft geen Header',
  /** `errors` are the XSD validator's messages, without the values they quote. */
  notValidXsd: (errors: readonly string[]) =>
    `voldoet niet aan de XSD: ${errors.map(withoutQuotedValues).join('; ')}`,
  tooLarge: (name: string, maxBytes: number) => `${name} is groter dan ${maxBytes} bytes`,
  inflatedSize: (name: string, inflated: number, declared: number) =>
    `${name}: uitgepakte grootte ${inflated} wijkt af van de opgegeven ${declared}`,
  xsdNotFound: (file: string, folder: string) => `${file} niet gevonden in ${folder}`,
};
