/** @module Dutch reasons of iJw / iWmo problems (quarantined records and rejected files); element names, code lists and the XML scanner's and XSD validator's own messages stay as they are. */

/** Record level: the record is quarantined. */
export const RECORD = {
  missing: (element: string) => `${element} ontbreekt`,
  bsnFailsElevenTest: (bsn: string) => `BSN ${bsn} voldoet niet aan de elfproef`,
  notRealDate: (element: string, value: string) => `${element} is geen geldige datum: ${value}`,
  notInCodeList: (element: string, value: string, list: string) =>
    `${element} ${value} staat niet in codelijst ${list}`,
  notWholeNumber: (element: string, value: string) => `${element} ${value} is geen geheel getal`,
  notNumber: (element: string, value: string) => `${element} ${value} is geen getal`,
  lineOutsideClient: 'Prestatie buiten een Declaratie/Clienten/Client',
  bsnMissingBeforeLines: 'Bsn ontbreekt vóór de Prestaties',
  totalMismatch: (total: number, sum: number) =>
    `TotaalIngediendBedrag ${total} wijkt af van de som van de Prestaties ${sum}`,
};

/** File level: the file is rejected. */
export const FILE = {
  wrongMessageCode: (code: string, expected: string) =>
    `BerichtCode ${code || '(ontbreekt)'} past niet bij de namespace (verwacht ${expected})`,
  notIstandaard: (root: string) => `rootelement ${root} is geen iJw- of iWmo 3.2-bericht`,
  doctype: "een DOCTYPE is niet toegestaan (geen DTD's, geen entiteiten)",
  /** `detail` is the XML scanner's message with file and line:column. */
  notWellFormed: (detail: string) => `XML is niet goed gevormd: ${detail}`,
  notUtf8: 'het bestand is geen geldige UTF-8',
  tooDeep: (depth: number) => `elementen zijn dieper genest dan ${depth} niveaus`,
  truncated: 'het bericht eindigt voordat het rootelement is gesloten',
  noElement: 'het bestand bevat geen XML-element',
  noHeader: 'het bericht heeft geen Header',
  /** `errors` are the XSD validator's messages. */
  notValidXsd: (errors: string) => `voldoet niet aan de XSD: ${errors}`,
  tooLarge: (name: string, maxBytes: number) => `${name} is groter dan ${maxBytes} bytes`,
  inflatedSize: (name: string, inflated: number, declared: number) =>
    `${name}: uitgepakte grootte ${inflated} wijkt af van de opgegeven ${declared}`,
  xsdNotFound: (file: string, folder: string) => `${file} niet gevonden in ${folder}`,
};
