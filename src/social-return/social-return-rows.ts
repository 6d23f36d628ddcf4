/** @module A document back as rows of named cells per sheet (the inverse of the normaliser), for XLSX and YAML export and the template. */
import type { SheetKey } from './social-return-sheets.ts';
import { PERCENT_ASSUMPTIONS, type SocialReturnDocument } from './social-return-model.ts';

export type Cell = string | number | null;
export type SheetRows = Partial<Record<SheetKey, Record<string, Cell>[]>>;

const euros = (cents: number): number => cents / 100;
/** Fractions back to percentages, without floating-point tails (0.390476 → 39.0476). */
const percent = (fraction: number): number => Number((fraction * 100).toFixed(6));

export function documentRows(doc: SocialReturnDocument): SheetRows {
  const sheets: SheetRows = {
    analyse: [
      {
        naam: doc.name,
        titel: doc.title,
        soort: doc.kind,
        prijsjaar: doc.priceYear,
        toelichting: doc.note,
        doelboom: doc.goalNodes.join(', '),
        indicatoren: doc.indicators.join(', '),
        horizon: doc.kind === 'programma' ? doc.horizonYears : null,
        disconteringsvoet: doc.kind === 'programma' ? percent(doc.discountRate) : null,
      },
    ],
    prijslijst: doc.priceList.items.map((item) => ({
      code: item.code,
      omschrijving: item.description,
      eenheid: item.unit,
      prijs: euros(item.priceCents),
      prijsjaar: item.priceYear,
      actor: item.actor,
      bron: item.source,
    })),
    indexcijfers: [...doc.priceList.index].map(([jaar, index]) => ({ jaar, index })),
  };
  if (doc.kind === 'casusanalyse') {
    sheets.casussen = doc.cases.map((c) => ({
      casus: c.id,
      soort: c.kind,
      welbevinden_voor: c.wellbeingBefore,
      welbevinden_na: c.wellbeingAfter,
    }));
    sheets.posten = doc.cases.flatMap((c) =>
      (Object.keys(c.lines) as (keyof typeof c.lines)[]).flatMap((situation) =>
        c.lines[situation].map((line) => ({
          casus: c.id,
          situatie: situation,
          code: line.code,
          aantal: line.hundredths / 100,
        })),
      ),
    );
  }
  if (doc.kind === 'programma') {
    sheets.kosten = doc.costs.map((c) => ({
      omschrijving: c.label,
      soort: c.kind,
      bedrag: euros(c.amountCents),
      actor: c.actor,
    }));
    sheets.resultaten = doc.results.map((r) => ({
      resultaat: r.label,
      code: r.code,
      // A count read from the cube is exported as the number it was, with where it came from beside it.
      aantal: r.count,
      indicator: r.indicator,
      periode: r.countFrom?.period ?? null,
      gebied: r.countFrom?.area ?? null,
      looptijd: r.durationYears,
      deadweight: percent(r.deadweight),
      toerekening: percent(r.attribution),
      verplaatsing: percent(r.displacement),
      afname: percent(r.dropOff),
      aandeel_gemeente: r.municipalShare === null ? null : percent(r.municipalShare),
      aandeel_eerste_jaar: r.firstYearShare === null ? null : percent(r.firstYearShare),
    }));
    sheets.gevoeligheid = doc.ranges.map((range) => {
      const key = range.assumption.split(':')[0] ?? '';
      const shown = (v: number) =>
        PERCENT_ASSUMPTIONS.includes(key) ? percent(v) : key === 'kosten' ? euros(v) : v;
      return { aanname: range.assumption, laag: shown(range.low), hoog: shown(range.high) };
    });
  }
  return sheets;
}
