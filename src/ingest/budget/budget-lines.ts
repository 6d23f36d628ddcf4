/** @module Reads the lines of a budget file (begroting and begrotingswijzigingen per year, domain and product category) into typed budget lines, or every problem with its line and column — pure, no I/O. */
import type { Law } from '../../domain/laws.ts';
import type { TextRecord } from '../aggregates/delimited-text.ts';
import { BUDGET_FILE, BUDGET_LINE } from './budget-reasons.ts';

/** The columns of a budget file; jaar, domein, soort and bedrag are required. */
export const BUDGET_COLUMNS = [
  'jaar',
  'domein',
  'categorie',
  'taakveld',
  'soort',
  'bedrag',
  'omschrijving',
] as const;
export const REQUIRED_BUDGET_COLUMNS = ['jaar', 'domein', 'soort', 'bedrag'] as const;

/** The domain words of a budget file and the law each stands for. */
export const BUDGET_DOMAINS = { jeugd: 'youth', wmo: 'support', participatie: 'participation' } as const;
/** The Dutch domain word of a law, as budget files and outputs write it. */
export const DOMAIN_WORD: Record<Law, keyof typeof BUDGET_DOMAINS> = {
  youth: 'jeugd',
  support: 'wmo',
  participation: 'participatie',
};

export const BUDGET_KINDS = ['begroting', 'begrotingswijziging'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

export interface BudgetLine {
  /** The file line (CSV) or worksheet row (XLSX) the line came from; the header is line 1. */
  readonly line: number;
  readonly year: number;
  readonly domain: Law;
  /** A product category (JZ020 for youth, WMO020 for support), '' for the whole domain. */
  readonly category: string;
  /** Iv3 taakveld (e.g. 6.72), '' when not given. */
  readonly taakveld: string;
  readonly kind: BudgetKind;
  /** In whole cents (euros × 100, rounded). */
  readonly amountCents: number;
  readonly description: string;
}

export interface BudgetProblem {
  readonly line: number;
  readonly reason: string;
}

export type BudgetReading =
  | { readonly ok: true; readonly lines: BudgetLine[] }
  | { readonly ok: false; readonly problems: BudgetProblem[] };

const YOUTH_CATEGORIES = /^(4\d|5[0-5])$/;
const SUPPORT_CATEGORIES = /^(0[1-9]|1[0-8])$/;

/** Euros with at most two decimals after a comma or point; no thousands separators (1.234 would be ambiguous). */
export function readEuroCents(text: string): number | undefined {
  const m = /^([-+]?)(\d+)(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

/** Reads one record, or returns its reasons (all of them, so a user fixes a line once). */
function readLine(record: TextRecord): BudgetLine | string[] {
  const f = (name: string): string => (record.fields[name] ?? '').trim();
  const reasons: string[] = [];
  if (record.fields['#extra'] !== undefined) reasons.push(BUDGET_LINE.extraFields);
  const yearText = f('jaar');
  const year = Number(yearText);
  if (yearText === '') reasons.push(BUDGET_LINE.yearEmpty);
  else if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2200)
    reasons.push(BUDGET_LINE.notAYear(yearText));
  const domainText = f('domein').toLowerCase();
  const domain = (BUDGET_DOMAINS as Record<string, Law>)[domainText];
  if (domainText === '') reasons.push(BUDGET_LINE.domainEmpty);
  else if (domain === undefined) reasons.push(BUDGET_LINE.unknownDomain(f('domein')));
  const category = f('categorie');
  if (category !== '') {
    if (!/^\d{2}$/.test(category)) reasons.push(BUDGET_LINE.badCategory(category));
    else if (
      domain !== undefined &&
      !(domain === 'youth' ? YOUTH_CATEGORIES : domain === 'support' ? SUPPORT_CATEGORIES : /^$/).test(
        category,
      )
    )
      reasons.push(BUDGET_LINE.categoryOfOtherDomain(category, domainText));
  }
  const taakveld = f('taakveld');
  if (taakveld !== '' && !/^\d\.\d{1,2}[a-z]?$/.test(taakveld))
    reasons.push(BUDGET_LINE.badTaakveld(taakveld));
  const kindText = f('soort').toLowerCase();
  const kind = (BUDGET_KINDS as readonly string[]).includes(kindText) ? (kindText as BudgetKind) : undefined;
  if (kindText === '') reasons.push(BUDGET_LINE.kindEmpty);
  else if (kind === undefined) reasons.push(BUDGET_LINE.unknownKind(f('soort')));
  const amountText = f('bedrag');
  const amountCents = readEuroCents(amountText);
  if (amountText === '') reasons.push(BUDGET_LINE.amountEmpty);
  else if (amountCents === undefined) reasons.push(BUDGET_LINE.notAnAmount);
  else if (kind === 'begroting' && amountCents < 0) reasons.push(BUDGET_LINE.negativeBudget);
  if (reasons.length > 0 || domain === undefined || kind === undefined || amountCents === undefined)
    return reasons;
  return {
    line: record.line,
    year,
    domain,
    category,
    taakveld,
    kind,
    amountCents,
    description: f('omschrijving'),
  };
}

/**
 * Reads every record of a budget file. One problem anywhere refuses the file: a budget is a whole, and half of it
 * would give a wrong over- or underspend. A second begroting for the same year, domain, category and taakveld is a
 * problem too (amendments are begrotingswijzigingen, which add up).
 */
export function readBudgetLines(records: readonly TextRecord[]): BudgetReading {
  const problems: BudgetProblem[] = [];
  const lines: BudgetLine[] = [];
  const firstBudget = new Map<string, number>();
  for (const record of records) {
    const read = readLine(record);
    if (Array.isArray(read)) {
      if (read.length > 0) problems.push({ line: record.line, reason: read.join('; ') });
      continue;
    }
    if (read.kind === 'begroting') {
      const key = `${read.year}|${read.domain}|${read.category}|${read.taakveld}`;
      const earlier = firstBudget.get(key);
      if (earlier !== undefined) {
        problems.push({ line: read.line, reason: BUDGET_LINE.duplicate(earlier) });
        continue;
      }
      firstBudget.set(key, read.line);
    }
    lines.push(read);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (lines.length === 0) return { ok: false, problems: [{ line: 2, reason: BUDGET_FILE.noLines }] };
  return { ok: true, lines };
}
