/**
 * @module Work in the browser for policy users: `/bewerken/verhaal` (narratives: markdown, a server-rendered
 * "Voorbeeld", every version kept and shown) and `/bewerken/streefwaarde` (targets, every value kept and shown).
 * Both save through the same services as `msd narratives set` and `msd targets set` (goal-tree-service.ts), carry
 * the session's CSRF token (route-access.ts checks it) and write the same audit entries as the CLI.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Clock } from '../../access/clock.ts';
import { loadCatalogue } from '../../catalogue/local-catalogue.ts';
import { nodesById, type GoalTreeDocument } from '../../domain/goal-tree.ts';
import { isGoalTreeError } from '../../errors.ts';
import { requireTree, setIndicatorTarget, setNodeNarrative } from '../../steering/goal-tree-service.ts';
import { narrativeHtml } from '../../steering/narrative-markdown.ts';
import { defaultSteeringPeriod } from '../../steering/steering-period.ts';
import {
  narrativeHistory,
  NARRATIVE_STATUSES,
  targetHistory,
  type NarrativeStatus,
} from '../../store/goal-tree-tables.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { formatNumber, t } from '../../views/messages.ts';
import { NarrativeEditPage } from '../pages/narrative-edit-page.tsx';
import { NoGoalTreePage } from '../pages/no-goal-tree-page.tsx';
import { TargetEditPage } from '../pages/target-edit-page.tsx';
import { EDIT_ROLE } from '../edit-access.ts';
import { sendHtml } from '../render-page.ts';
import { auditRequest } from '../request-audit.ts';

export interface SteeringEditDeps {
  readonly store: SqlStore;
  readonly clock?: Clock;
}

type Fields = Record<string, string | undefined>;

/** A refusal of the goal tree services as one Dutch sentence (place: reason; …). */
const refusalText = (error: unknown): string | undefined =>
  isGoalTreeError(error)
    ? t('editRefused', {
        reason: error.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; '),
      })
    : undefined;

/** "12,5", "12.5", "1.250", "1.250,5" → 12.5 / 1250 / 1250.5 (dots in groups of three are thousands); else undefined. */
export function parseDutchNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(trimmed)) return undefined;
  const thousands = trimmed.includes(',') || /^-?\d{1,3}(\.\d{3})+$/.test(trimmed);
  const normalised = thousands ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  const value = Number(normalised);
  return Number.isFinite(value) && normalised !== '' ? value : undefined;
}

const nodeChoices = (tree: GoalTreeDocument) =>
  [...nodesById(tree).entries()].map(([id, node]) => ({
    id,
    title: 'title' in node.doc && node.doc.title ? node.doc.title : id,
  }));

export function registerSteeringEditRoutes(app: FastifyInstance, deps: SteeringEditDeps): void {
  const { store } = deps;

  /** No goal tree yet: the Dutch reason and what to do (GET 200, a refused POST 400), not an empty form. */
  const noTree = (reply: FastifyReply, status: number, title: string) =>
    sendHtml(reply, status, h(NoGoalTreePage, { title }));

  const narrativePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    fields: Fields,
    extra: { saved?: string; error?: string; preview?: boolean },
  ) => {
    const { tree } = await requireTree(store);
    const nodes = nodeChoices(tree);
    const node = fields.node && nodesById(tree).has(fields.node) ? fields.node : (nodes[0]?.id ?? '');
    const period = fields.period ?? (await defaultSteeringPeriod(store)) ?? '';
    const history = (await narrativeHistory(store, node, period)).reverse();
    const current = history[0];
    const text = fields.text ?? current?.text ?? '';
    const asked = fields.status ?? current?.status ?? 'concept';
    return sendHtml(
      reply,
      status,
      h(NarrativeEditPage, {
        csrfToken: request.identity?.csrfToken ?? '',
        nodes,
        node,
        period,
        text,
        status: asked === 'definitief' ? 'definitief' : 'concept',
        history: history.map((row) => ({ ...row, html: narrativeHtml(row.text) })),
        ...(extra.preview ? { previewHtml: narrativeHtml(text) } : {}),
        ...(extra.saved ? { saved: extra.saved } : {}),
        ...(extra.error ? { error: extra.error } : {}),
      }),
    );
  };

  app.get<{ Querystring: Fields }>(
    '/bewerken/verhaal',
    { config: { access: EDIT_ROLE } },
    async (request, reply) => {
      try {
        return await narrativePage(
          request,
          reply,
          200,
          { ...request.query, text: undefined, status: undefined },
          {},
        );
      } catch (error) {
        if (isGoalTreeError(error)) return noTree(reply, 200, t('editNarrativeTitle'));
        throw error;
      }
    },
  );

  app.post<{ Body: Fields }>(
    '/bewerken/verhaal',
    { config: { access: EDIT_ROLE } },
    async (request, reply) => {
      const body = request.body ?? {};
      const fields: Fields = {
        node: String(body.node ?? ''),
        period: String(body.period ?? '').trim(),
        text: String(body.text ?? '').replace(/\r\n/g, '\n'),
        status: String(body.status ?? 'concept'),
      };
      try {
        if (body.action === 'voorbeeld')
          return await narrativePage(request, reply, 200, fields, { preview: true });
        if (!(NARRATIVE_STATUSES as readonly string[]).includes(fields.status ?? ''))
          return await narrativePage(request, reply, 400, fields, {
            error: t('editRefused', { reason: t('editUnknownStatus', { status: fields.status ?? '' }) }),
          });
        const status = fields.status as NarrativeStatus;
        const result = await setNodeNarrative(store, {
          node: fields.node ?? '',
          period: fields.period ?? '',
          text: fields.text ?? '',
          status,
          author: request.identity?.username ?? 'anoniem',
        });
        await auditRequest(
          store,
          request,
          'narrative.change',
          `${fields.node} ${result.period} (${status}, versie ${result.id})`,
          deps.clock,
        );
        const saved = t('narrativeSaved', {
          node: fields.node ?? '',
          period: result.period,
          status,
          id: result.id,
          version: result.version,
        });
        return await narrativePage(
          request,
          reply,
          200,
          { node: fields.node, period: result.period },
          { saved },
        );
      } catch (error) {
        const reason = refusalText(error);
        if (reason === undefined) throw error;
        // The text the user wrote is shown again, so nothing typed is lost on a refusal.
        try {
          return await narrativePage(request, reply, 400, fields, { error: reason });
        } catch (inner) {
          if (isGoalTreeError(inner)) return noTree(reply, 400, t('editNarrativeTitle'));
          throw inner;
        }
      }
    },
  );

  const targetPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    fields: Fields,
    extra: { saved?: string; error?: string },
  ) => {
    const { version, tree } = await requireTree(store);
    const catalogue = await loadCatalogue(store);
    const byIndicator = new Map<string, string>();
    for (const node of tree.indicators)
      if (!byIndicator.has(node.indicator))
        byIndicator.set(
          node.indicator,
          node.title ?? catalogue.find((d) => d.id === node.indicator)?.nameNl ?? node.indicator,
        );
    const indicators = [...byIndicator].map(([id, title]) => ({ id, title }));
    const indicator =
      fields.indicator && byIndicator.has(fields.indicator) ? fields.indicator : (indicators[0]?.id ?? '');
    const nodes = tree.indicators.filter((n) => n.indicator === indicator).map((n) => n.id);
    return sendHtml(
      reply,
      status,
      h(TargetEditPage, {
        csrfToken: request.identity?.csrfToken ?? '',
        indicators,
        indicator,
        period: fields.period ?? (await defaultSteeringPeriod(store)) ?? '',
        value: fields.value ?? '',
        history: await targetHistory(store, version, nodes),
        ...(extra.saved ? { saved: extra.saved } : {}),
        ...(extra.error ? { error: extra.error } : {}),
      }),
    );
  };

  app.get<{ Querystring: Fields }>(
    '/bewerken/streefwaarde',
    { config: { access: EDIT_ROLE } },
    async (request, reply) => {
      try {
        return await targetPage(
          request,
          reply,
          200,
          { indicator: request.query.indicator, period: request.query.period },
          {},
        );
      } catch (error) {
        if (isGoalTreeError(error)) return noTree(reply, 200, t('editTargetTitle'));
        throw error;
      }
    },
  );

  app.post<{ Body: Fields }>(
    '/bewerken/streefwaarde',
    { config: { access: EDIT_ROLE } },
    async (request, reply) => {
      const body = request.body ?? {};
      const fields: Fields = {
        indicator: String(body.indicator ?? ''),
        period: String(body.period ?? '').trim(),
        value: String(body.value ?? ''),
      };
      try {
        const value = parseDutchNumber(fields.value ?? '');
        if (value === undefined)
          return await targetPage(request, reply, 400, fields, {
            error: t('editRefused', { reason: t('editBadValue', { value: fields.value ?? '' }) }),
          });
        const result = await setIndicatorTarget(
          store,
          {
            indicator: fields.indicator ?? '',
            period: fields.period ?? '',
            value,
            by: request.identity?.username ?? 'anoniem',
          },
          await loadCatalogue(store),
        );
        await auditRequest(
          store,
          request,
          'target.change',
          `${fields.indicator} ${result.period}: ${value}`,
          deps.clock,
        );
        const saved = t('targetSet', {
          indicator: fields.indicator ?? '',
          period: result.period,
          value: formatNumber(value),
          version: result.version,
          nodes: result.nodes.join(', '),
        });
        return await targetPage(
          request,
          reply,
          200,
          { indicator: fields.indicator, period: result.period },
          { saved },
        );
      } catch (error) {
        const reason = refusalText(error);
        if (reason === undefined) throw error;
        try {
          return await targetPage(request, reply, 400, fields, { error: reason });
        } catch (inner) {
          if (isGoalTreeError(inner)) return noTree(reply, 400, t('editTargetTitle'));
          throw inner;
        }
      }
    },
  );
}
