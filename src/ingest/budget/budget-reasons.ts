/** @module Dutch reasons of `msd budget import`: a budget file is refused whole when any line is unusable, each problem with its line (or spreadsheet row) and column. */
import { shown } from '../field-reasons.ts';

/** Reasons about one cell of a budget line; the column is named in the message. */
export const BUDGET_LINE = {
  yearEmpty: 'kolom jaar is leeg',
  notAYear: (text: string) => `kolom jaar: ${shown('period', text)} is geen jaar (gebruik bijvoorbeeld 2026)`,
  domainEmpty: 'kolom domein is leeg',
  unknownDomain: (text: string) =>
    `kolom domein: ${shown('identifier', text)} is onbekend (gebruik jeugd, wmo of participatie)`,
  badCategory: (text: string) =>
    `kolom categorie: ${shown('identifier', text)} is geen productcategorie (twee cijfers, bijvoorbeeld 45 of 02; leeg = het hele domein)`,
  categoryOfOtherDomain: (category: string, domain: string) =>
    `kolom categorie: ${category} is geen productcategorie van ${domain} (jeugd: 40–55, wmo: 01–18; participatie heeft geen categorieën)`,
  badTaakveld: (text: string) =>
    `kolom taakveld: ${shown('identifier', text)} is geen Iv3-taakveld (bijvoorbeeld 6.72 of 6.71a)`,
  kindEmpty: 'kolom soort is leeg',
  unknownKind: (text: string) =>
    `kolom soort: ${shown('identifier', text)} is onbekend (gebruik begroting of begrotingswijziging)`,
  amountEmpty: 'kolom bedrag is leeg',
  /** The cell's text is not shown: a number field may hold a mistyped BSN. */
  notAnAmount:
    'kolom bedrag is geen bedrag in euro’s (cijfers met hooguit twee decimalen na een komma of punt, zonder duizendtallen)',
  negativeBudget: 'kolom bedrag: een begroting is niet negatief (een verlaging is een begrotingswijziging)',
  extraFields: 'meer velden dan de kopregel kolommen heeft',
  duplicate: (line: number) =>
    `dezelfde begroting (jaar, domein, categorie, taakveld) staat al op regel ${line}; een tweede bedrag is een begrotingswijziging`,
};

/** Reasons that refuse the whole file. */
export const BUDGET_FILE = {
  expected: 'jaar;domein;categorie;taakveld;soort;bedrag;omschrijving',
  noLines: 'het bestand heeft geen begrotingsregels onder de kopregel',
  notCsvOrXlsx: 'een begroting is een .csv- of .xlsx-bestand',
  moreProblems: (count: number) => `en nog ${count} ${count === 1 ? 'probleem' : 'problemen'}`,
};
