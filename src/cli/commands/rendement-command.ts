/** @module `msd rendement`: social return — shipped examples, import, list, show (table or JSON), export and the XLSX template. */
import { auditCli } from '../cli-audit.ts';
import { stringify as toYaml } from 'yaml';
import { createApp, type App } from '../../app.ts';
import { listLocalDefinitions } from '../../catalogue/local-catalogue.ts';
import { STANDARD_CATALOGUE } from '../../catalogue/standard-catalogue.ts';
import {
  EXAMPLES,
  examplePriceListFile,
  exampleFiles,
  templateDocument,
  type ExampleName,
} from '../../catalogue/social-return-examples.ts';
import { CliError, isSocialReturnError } from '../../errors.ts';
import { queryIndicatorValues } from '../../engine/indicator-query.ts';
import { currentGoalTreeNodes } from '../../ingest/social-return/current-goal-nodes.ts';
import { readSocialReturnFile, type CountReader } from '../../ingest/social-return/social-return-reader.ts';
import { countKey, countRequests } from '../../social-return/social-return-sheets.ts';
import { formatEuro } from '../../social-return/price-list.ts';
import { documentRows } from '../../social-return/social-return-rows.ts';
import type { GoalTreeNodes, SocialReturnDocument } from '../../social-return/social-return-model.ts';
import { ACTOR_LABELS } from '../../social-return/social-return-reasons.ts';
import { socialReturnResult, type SocialReturnResult } from '../../social-return/social-return-result.ts';
import {
  listSocialReturnDocuments,
  readSocialReturnDocument,
  storeSocialReturnDocuments,
} from '../../store/social-return-store.ts';
import { socialReturnWorkbook } from '../../views/social-return-workbook.ts';
import { writeFileAtomic } from '../atomic-file-writer.ts';
import { formatTable, type CliIo } from '../cli-output.ts';

async function withApp<T>(dataDir: string, work: (app: App) => Promise<T>): Promise<T> {
  const app = await createApp({ dataDir });
  try {
    return await work(app);
  } finally {
    app.close();
  }
}

/** Indicator ids a document may link to: the standard catalogue and the municipality's own definitions. */
async function knownIndicators(app: App): Promise<Set<string>> {
  const local = await listLocalDefinitions(app.store);
  return new Set([...STANDARD_CATALOGUE.map((d) => d.id), ...local.map((l) => l.definition.id)]);
}

/**
 * Reads the counts a workbook takes from the monitor: the exact value (not rounded for publication: a count to
 * compute with, kept inside the municipality) of each indicator, period and area, totals only.
 */
function cubeCounts(app: App): CountReader {
  return async (book) => {
    const requests = countRequests(book, '');
    if (requests.length === 0) return { values: new Map(), defaultArea: '' };
    const gemeente = await app.gemeente();
    const values = new Map<string, number | null>();
    for (const request of countRequests(book, gemeente)) {
      const rows = await queryIndicatorValues(app.store, {
        indicator: request.indicator,
        period: request.period,
        area: request.area,
        breakdown: '',
      });
      values.set(countKey(request.indicator, request.period, request.area), rows[0]?.value ?? null);
    }
    return { values, defaultArea: gemeente };
  };
}

/**
 * Validates every file first, then stores all documents in one transaction: nothing is half-stored. A user's file
 * must name only effects of the current goal tree (`strict`); a shipped example keeps the links its folder's tree
 * has and says which it left out, so it loads in a folder with another tree or none.
 */
async function importFiles(
  app: App,
  files: readonly string[],
  io: CliIo,
  goalLinks: 'strict' | 'keep-known' = 'strict',
): Promise<SocialReturnDocument[]> {
  const ids = await knownIndicators(app);
  const tree = await currentGoalTreeNodes(app.store);
  const docs: SocialReturnDocument[] = [];
  try {
    for (const file of files) {
      const doc = await readSocialReturnFile(
        file,
        ids,
        cubeCounts(app),
        goalLinks === 'strict' ? tree : undefined,
      );
      docs.push(goalLinks === 'strict' ? doc : withKnownEffects(doc, tree, io));
    }
  } catch (error) {
    // Refused as a whole (exit 1), every problem with sheet, row and column; nothing was stored.
    if (isSocialReturnError(error)) throw new CliError(`${error.message}\nNiets opgeslagen.`, 1);
    throw error;
  }
  const stored = await storeSocialReturnDocuments(app.store, docs, app.actor);
  for (const s of stored) io.out(`${s.replaced ? 'Vervangen' : 'Opgeslagen'}: ${s.name}`);
  return docs;
}

/** The document with only the goal-tree links that are effects of `tree`; the others are named on stderr. */
function withKnownEffects(doc: SocialReturnDocument, tree: GoalTreeNodes, io: CliIo): SocialReturnDocument {
  const kept = doc.goalNodes.filter((id) => tree.nodes.get(id)?.kind === 'effect');
  const left = doc.goalNodes.filter((id) => !kept.includes(id));
  if (left.length > 0)
    io.err(
      `${doc.name}: niet gekoppeld aan ${left.join(', ')}: ${
        tree.version === null
          ? 'er is nog geen doelenboom'
          : `geen effect in de huidige doelenboom (versie ${tree.version})`
      }.`,
    );
  return { ...doc, goalNodes: kept };
}

/** Loads one shipped example into an open app (also used by `msd demo`, so its `/rendement` page has content). */
export async function loadExample(app: App, which: ExampleName, io: CliIo): Promise<string[]> {
  return (await importFiles(app, exampleFiles(which), io, 'keep-known')).map((doc) => doc.name);
}

export async function runRendementExample(which: string, o: { data: string }, io: CliIo): Promise<void> {
  if (!(EXAMPLES as readonly string[]).includes(which))
    throw new CliError(`onbekend voorbeeld ${which}; kies uit: ${EXAMPLES.join(', ')}`);
  await withApp(o.data, (app) => loadExample(app, which as ExampleName, io));
}

export const runRendementImport = async (file: string, o: { data: string }, io: CliIo): Promise<void> => {
  await withApp(o.data, (app) => importFiles(app, [file], io));
};

export async function runRendementList(
  o: { data: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const rows = await withApp(o.data, (app) => listSocialReturnDocuments(app.store));
  if (o.format === 'json') return io.out(JSON.stringify(rows, null, 2));
  if (rows.length === 0)
    return io.err(
      'Er zijn nog geen prijslijsten, casusanalyses of programma’s. Laad een voorbeeld (msd rendement example overbetuwe) of importeer een bestand (msd rendement import).',
    );
  io.out(
    formatTable(
      rows as unknown as Record<string, string>[],
      ['name', 'kind', 'title', 'priceYear', 'storedAt'],
      ['naam', 'soort', 'titel', 'prijsjaar', 'opgeslagen'],
    ),
  );
}

async function documentNamed(app: App, name: string): Promise<SocialReturnDocument> {
  const doc = await readSocialReturnDocument(app.store, name);
  if (doc) return doc;
  const names = (await listSocialReturnDocuments(app.store)).map((r) => r.name);
  throw new CliError(
    names.length === 0
      ? `onbekende naam ${name}: er is nog niets opgeslagen (msd rendement example overbetuwe)`
      : `onbekende naam ${name}; kies uit: ${names.join(', ')}`,
  );
}

const TOTAL_LABELS: Record<string, string> = {
  currentYearlyCost: 'Huidige kosten op jaarbasis',
  costIfNothingDone: 'Kosten als we niks doen',
  oneOffCost: 'Eenmalige kosten',
  newYearlyCost: 'Nieuwe kosten op jaarbasis',
  differencePerYear: 'Verschil jaarlijkse kosten',
  differenceInclOneOff: 'Verschil inclusief eenmalige kosten',
  pvCosts: 'Contante waarde kosten',
  pvBenefits: 'Contante waarde baten',
  npv: 'Netto contante waarde',
};

const percent = (fraction: number): string =>
  `${(fraction * 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })} %`;

/** A Dutch text rendering of a result. */
export function resultTable(result: SocialReturnResult): string[] {
  const lines = [`${result.title} (${result.name}) — prijsjaar ${result.priceYear}`];
  if (result.kind === 'prijslijst') {
    lines.push(
      formatTable(
        result.items.map((i) => ({
          code: i.code,
          omschrijving: i.description,
          eenheid: i.unit,
          prijs: formatEuro(i.indexedCents),
          actor: ACTOR_LABELS[i.actor] ?? i.actor,
          bron: i.source,
        })),
        ['code', 'omschrijving', 'eenheid', 'prijs', 'actor', 'bron'],
      ),
    );
    return lines;
  }
  const measures = Object.keys(result.totals).filter((k) => k in TOTAL_LABELS);
  const actorRows = result.byActor as unknown as Record<string, number | string>[];
  const columns = ['maat', 'totaal', ...result.byActor.map((a) => a.actor)];
  const rows = measures.map((m) => ({
    maat: TOTAL_LABELS[m] ?? m,
    totaal: formatEuro((result.totals as unknown as Record<string, number>)[m] ?? 0),
    ...Object.fromEntries(actorRows.map((a) => [String(a['actor']), formatEuro(Number(a[m] ?? 0))])),
  }));
  lines.push(
    formatTable(rows, columns, [
      '',
      'Totaal',
      ...result.byActor.map((a) => ACTOR_LABELS[a.actor] ?? a.actor),
    ]),
  );
  if (result.kind === 'casusanalyse') {
    lines.push(`Casussen: ${result.caseCount}`);
    const w = result.wellbeing;
    lines.push(
      w.cases === 0
        ? 'Ervaren welbevinden: niet gemeten in deze casussen.'
        : `Ervaren welbevinden (${w.cases} casussen, schaal 1–10): ${w.meanBefore?.toFixed(1).replace('.', ',')} vóór → ${w.meanAfter?.toFixed(1).replace('.', ',')} na (gemiddelde verandering ${w.meanChange?.toFixed(1).replace('.', ',')}).`,
    );
    return lines;
  }
  const t = result.totals;
  lines.push(
    `Baten/kosten (SROI-ratio): ${t.ratio === null ? 'geen (geen kosten)' : t.ratio.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}; terugverdiend in jaar: ${t.paybackYear ?? `niet binnen de horizon van ${result.horizonYears} jaar`}.`,
    `Horizon ${result.horizonYears} jaar, disconteringsvoet ${percent(result.discountRate)}.`,
    'Gevoeligheid (netto contante waarde bij laag en hoog, grootste uitslag eerst):',
    formatTable(
      result.sensitivity.bars.slice(0, 12).map((b) => ({
        aanname: b.label,
        laag: formatEuro(b.resultLow),
        hoog: formatEuro(b.resultHigh),
        teken: b.decidesSign ? 'keert om' : '',
      })),
      ['aanname', 'laag', 'hoog', 'teken'],
    ),
    result.sensitivity.conclusion,
  );
  return lines;
}

export async function runRendementShow(
  name: string,
  o: { data: string; format: 'table' | 'json' },
  io: CliIo,
): Promise<void> {
  const result = await withApp(o.data, async (app) => socialReturnResult(await documentNamed(app, name)));
  if (o.format === 'json') return io.out(JSON.stringify(result, null, 2));
  for (const line of resultTable(result)) io.out(line);
}

/** `.xlsx`: input sheets plus result sheets; `.yaml`/`.yml`: the input sections (importable again). */
async function documentBytes(doc: SocialReturnDocument, out: string): Promise<string | Buffer> {
  if (/\.xlsx$/i.test(out)) return socialReturnWorkbook(doc, socialReturnResult(doc));
  if (/\.ya?ml$/i.test(out)) return toYaml(documentRows(doc));
  throw new CliError(`--out ${out}: kies een bestand op .xlsx, .yaml of .yml`);
}

export async function runRendementExport(
  name: string,
  o: { data: string; out: string },
  io: CliIo,
): Promise<void> {
  const doc = await withApp(o.data, async (app) => {
    const found = await documentNamed(app, name);
    await auditCli(app.store, 'export', `rendement ${name} → ${o.out}`);
    return found;
  });
  await writeFileAtomic(o.out, await documentBytes(doc, o.out));
  io.out(`Geschreven: ${o.out}`);
}

export async function runRendementTemplate(
  o: { out: string; kind: 'casusanalyse' | 'programma' },
  io: CliIo,
): Promise<void> {
  if (!/\.xlsx$/i.test(o.out)) throw new CliError(`--out ${o.out}: het sjabloon is een .xlsx-bestand`);
  const priceList = await readSocialReturnFile(examplePriceListFile(), new Set());
  await writeFileAtomic(o.out, await socialReturnWorkbook(templateDocument(priceList, o.kind)));
  io.out(`Sjabloon geschreven: ${o.out} (vul de bladen in en lees het in met msd rendement import ${o.out})`);
}
