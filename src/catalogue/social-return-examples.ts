/** @module The shipped social-return examples (YAML beside this module in `social-return/`) and the template's starting document. */
import { fileURLToPath } from 'node:url';
import type {
  CaseAnalysisDocument,
  ProgrammeDocument,
  SocialReturnDocument,
} from '../social-return/social-return-model.ts';

export const EXAMPLES = ['overbetuwe', 'zoetermeer', 'prijslijst'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

const FILES: Record<ExampleName, readonly string[]> = {
  // The seed publishes two summaries (21 existing and 4 new cases): two analyses.
  overbetuwe: ['overbetuwe-bestaand.yaml', 'overbetuwe-nieuw.yaml'],
  zoetermeer: ['zoetermeer-proeftuinen.yaml'],
  prijslijst: ['prijslijst-voorbeeld.yaml'],
};

/** Absolute paths of an example's files. */
export const exampleFiles = (name: ExampleName): string[] =>
  FILES[name].map((file) => fileURLToPath(new URL(`./social-return/${file}`, import.meta.url)));

/** The path of the example price list, the template's starting point. */
export const examplePriceListFile = (): string => exampleFiles('prijslijst')[0]!;

/** A small document to fill in: the example price list with two example cases, or one cost and one result. */
export function templateDocument(
  priceList: SocialReturnDocument,
  kind: 'casusanalyse' | 'programma',
): SocialReturnDocument {
  const header = {
    title: kind === 'casusanalyse' ? 'Nieuwe casusanalyse' : 'Nieuw programma',
    priceYear: priceList.priceYear,
    note: 'Vervang de voorbeeldregels door uw eigen casussen of resultaten; de casus is een pseudoniem of casusnummer, nooit een naam.',
    goalNodes: [],
    indicators: [],
    priceList: priceList.priceList,
  };
  if (kind === 'casusanalyse') {
    const doc: CaseAnalysisDocument = {
      ...header,
      kind,
      name: 'nieuwe-casusanalyse',
      cases: [
        {
          id: 'C-001',
          kind: 'bestaand',
          wellbeingBefore: 3,
          wellbeingAfter: 7,
          lines: {
            huidig: [{ code: 'wmo-begeleiding-uur', hundredths: 10400 }],
            zonder: [
              { code: 'wmo-begeleiding-uur', hundredths: 15600 },
              { code: 'crisisopvang-nacht', hundredths: 1000 },
            ],
            na: [{ code: 'wmo-begeleiding-uur', hundredths: 2600 }],
            eenmalig: [{ code: 'mdo', hundredths: 100 }],
          },
        },
        {
          id: 'C-002',
          kind: 'nieuw',
          wellbeingBefore: null,
          wellbeingAfter: null,
          lines: {
            huidig: [],
            zonder: [{ code: 'bijstand-maand', hundredths: 1200 }],
            na: [{ code: 'bijstand-maand', hundredths: 600 }],
            eenmalig: [{ code: 'mdo', hundredths: 200 }],
          },
        },
      ],
    };
    return doc;
  }
  const doc: ProgrammeDocument = {
    ...header,
    kind,
    name: 'nieuw-programma',
    horizonYears: 5,
    discountRate: 0.0225,
    costs: [{ label: 'Inzet programma', kind: 'jaarlijks', amountCents: 10000000, actor: 'gemeente' }],
    results: [
      {
        label: 'Uitstroom naar werk',
        code: 'uitstroom-werk',
        count: 10,
        indicator: null,
        countFrom: null,
        durationYears: 3,
        deadweight: 0.25,
        attribution: 0.5,
        displacement: 0,
        dropOff: 0.2,
        municipalShare: null,
        firstYearShare: 0.2,
      },
    ],
    ranges: [],
  };
  return doc;
}
