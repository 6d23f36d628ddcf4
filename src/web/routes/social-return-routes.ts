/** @module The `/rendement` routes: the list of analyses, one analysis (ledger, cases, tornado, assumptions, goal links) and its XLSX workbook. */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { HttpError } from '../../errors.ts';
import { currentGoalTreeNodes } from '../../ingest/social-return/current-goal-nodes.ts';
import type { SocialReturnDocument } from '../../social-return/social-return-model.ts';
import { indexedItems, socialReturnResult } from '../../social-return/social-return-result.ts';
import { listSocialReturnDocuments, readSocialReturnDocument } from '../../store/social-return-store.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { t } from '../../views/messages.ts';
import { socialReturnWorkbook } from '../../views/social-return-workbook.ts';
import { renderCaseDistributionChart } from '../../views/case-distribution-chart.ts';
import { renderTornadoChart } from '../../views/tornado-chart.ts';
import { SocialReturnDetailPage, SocialReturnListPage } from '../pages/social-return-page.tsx';
import { renderDocument } from '../render-page.ts';
import { auditRequest } from '../request-audit.ts';

/** Document names as the import accepts them; anything else cannot be stored, so it is not looked up (nor echoed). */
const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

async function documentOrNotFound(store: SqlStore, name: string): Promise<SocialReturnDocument> {
  if (!NAME.test(name)) throw new HttpError(404, t('srBadName'));
  const doc = await readSocialReturnDocument(store, name);
  if (doc === undefined) throw new HttpError(404, t('srUnknownName', { name }));
  return doc;
}

export function registerSocialReturnRoutes(app: FastifyInstance, store: SqlStore): void {
  app.get('/rendement', { config: { access: 'viewer' } }, async (_request, reply) => {
    const stored = await listSocialReturnDocuments(store);
    const rows = [];
    for (const row of stored) {
      const doc = await readSocialReturnDocument(store, row.name);
      if (doc) rows.push({ ...row, result: socialReturnResult(doc) });
    }
    return reply.type('text/html; charset=utf-8').send(renderDocument(h(SocialReturnListPage, { rows })));
  });

  app.get<{ Params: { name: string } }>(
    '/rendement/:name',
    { config: { access: 'viewer' } },
    async (request, reply) => {
      const doc = await documentOrNotFound(store, request.params.name);
      const result = socialReturnResult(doc);
      const [tree, catalogue] = await Promise.all([currentGoalTreeNodes(store), loadCatalogue(store)]);
      const names = new Map(catalogue.map((d) => [d.id, d.nameNl]));
      const chartSvg =
        result.kind === 'programma'
          ? await renderTornadoChart(result.sensitivity, result.title)
          : result.kind === 'casusanalyse' && result.perCase.length > 0
            ? await renderCaseDistributionChart(result)
            : null;
      return reply.type('text/html; charset=utf-8').send(
        renderDocument(
          h(SocialReturnDetailPage, {
            result,
            items: indexedItems(doc),
            note: doc.note,
            goalNodes: doc.goalNodes,
            tree,
            indicators: doc.indicators.map((id) => ({ id, name: names.get(id) ?? null })),
            chartSvg,
          }),
        ),
      );
    },
  );

  // The same workbook as `msd rendement export <name> --out <name>.xlsx`: input sheets (importable) and result sheets.
  app.get<{ Params: { name: string } }>(
    '/rendement/:name/werkmap.xlsx',
    { config: { access: 'viewer' } },
    async (request, reply) => {
      const doc = await documentOrNotFound(store, request.params.name);
      await auditRequest(store, request, 'download', `rendement:${doc.name}`);
      const bytes = await socialReturnWorkbook(doc, socialReturnResult(doc));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${doc.name}.xlsx"`)
        .send(bytes);
    },
  );
}
