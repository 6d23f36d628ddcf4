/**
 * @module Ingests one iJw / iWmo message file, folder entry or zip archive as one batch: parse (streaming), optional
 * XSD check, pseudonymise at once, stage, load, rebuild the affected provisions. Fatal problems reject the file.
 */
import { basename } from 'node:path';
import { IngestError } from '../../errors.ts';
import type { SqlParam, SqlStore } from '../../store/sql-store.ts';
import type { BatchCounts, ReplacedVersion } from '../batch.ts';
import { conflictingResend } from '../batch-reasons.ts';
import type { Pseudonymiser } from '../pseudonymise.ts';
import { storedBirthDate } from './birth-date.ts';
import { scrubDigits } from '../field-reasons.ts';
import { POSITION } from '../ingest-reasons.ts';
import type { ClientFields, HeaderEvent, IstandaardEvent } from './istandaard-events.ts';
import { FILE } from './istandaard-reasons.ts';
import { KEYS_TABLE, loadStagedMessages } from './message-record-loader.ts';
import { parseIstandaardMessage } from './message-parser.ts';
import {
  classifyKnownMessages,
  dropStagedMessages,
  MessageContent,
  recordMessageHashes,
  removeEarlierVersions,
  REPLACED_KEYS_TABLE,
} from './message-resend.ts';
import { listMessageEntries, type MessageEntry } from './message-source.ts';
import { parseMessageNamespace } from './message-types.ts';
import { rebuildProvisions } from './provision-rebuild.ts';
import { acceptedGemeenten, quarantineOtherGemeente } from './recipient-check.ts';
import { quarantineBeforeCutoff } from './retention-check.ts';
import { readRetentionRule } from '../../retention/retention-cutoff.ts';
import { RecordStage, STAGES, type StageSink, type StageTable } from './record-stage-loader.ts';
import { validateAgainstXsd } from './xsd-validator.ts';

export interface IstandaardIngestContext {
  readonly store: SqlStore;
  readonly pseudonymiser: Pseudonymiser;
  readonly gemeente: string;
  /** Folder with the official XSDs: every message is validated before it is parsed. */
  readonly xsdDir?: string | undefined;
}

export const MESSAGE_COUNT_KEYS = [
  'read',
  'stored',
  'replaced',
  'skipped',
  'quarantined',
  'duplicate',
] as const;
export type MessageTypeCounts = Record<(typeof MESSAGE_COUNT_KEYS)[number], number>;

/** Batch counts plus a summary per message (`JW301`, `WMO323`, `JW302`, ...). */
export interface IstandaardCounts extends BatchCounts {
  messages: Record<string, MessageTypeCounts>;
  /** Earlier quarantined versions of messages this batch's corrected resends replaced. */
  replaces?: ReplacedVersion[];
}

const messageName = (law: string, type: string): string => `${law === 'youth' ? 'JW' : 'WMO'}${type}`;

/** Law and message type of a message from its root element, for choosing the XSD (null when not iJw/iWmo 3.2). */
export function sniffMessageType(xml: string): ReturnType<typeof parseMessageNamespace> {
  const root = /<([A-Za-z_][\w.-]*:)?Bericht[\s>]/.exec(xml);
  if (!root) return null;
  const prefix = root[1]?.slice(0, -1);
  const attribute = prefix ? `xmlns:${prefix}` : 'xmlns';
  const ns = new RegExp(`${attribute}\\s*=\\s*["']([^"']+)["']`).exec(
    xml.slice(root.index, root.index + 4096),
  );
  return ns?.[1] ? parseMessageNamespace(ns[1]) : null;
}

async function readAll(entry: MessageEntry): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of entry.read()) parts.push(chunk);
  return Buffer.concat(parts);
}

async function checkXsd(xsdDir: string, name: string, xml: string): Promise<void> {
  const kind = sniffMessageType(xml);
  // Not an iJw/iWmo message: the parser rejects it with a precise reason.
  if (kind === null) return;
  const result = await validateAgainstXsd(xml, kind.messageType, kind.law, xsdDir);
  if (!result.valid) {
    throw new IngestError(name, POSITION.xsd, FILE.notValidXsd(result.errors.slice(0, 3)));
  }
}

/** Reads every message of `path` into the stage tables; returns the counts (before loading). */
async function stageMessages(
  ctx: MessageParseContext,
  path: string,
  stage: StageSink,
  counts: IstandaardCounts,
): Promise<StagedMessage[]> {
  const { pseudonymiser } = ctx;
  const isArchive = /\.zip$/i.test(path);
  const seen = new Set<string>();
  const messages: StagedMessage[] = [];
  let msg = -1;
  let seq = 0;
  // The content hash of the message being read (records as parsed, not bytes: layout and whitespace do not count).
  let content: MessageContent | null = null;
  const add = (table: StageTable, row: SqlParam[]): Promise<void> | undefined => {
    content?.add(table, row);
    return stage.add(table, row);
  };
  const client = (c: ClientFields): [string, string | null, string] => [
    pseudonymiser.personId(c.bsn),
    storedBirthDate(c.birthDate.date, c.birthDate.usage),
    c.gender,
  ];
  for await (const entry of listMessageEntries(path)) {
    const name = isArchive ? `${basename(path)}/${entry.name}` : basename(path);
    let chunks: AsyncIterable<Buffer> | Iterable<Buffer> = entry.read();
    if (ctx.xsdDir !== undefined) {
      const bytes = await readAll(entry);
      await checkXsd(ctx.xsdDir, name, bytes.toString('utf8'));
      chunks = [bytes];
    }
    content = null;
    let header: HeaderEvent | null = null;
    let duplicate = false;
    let tally: MessageTypeCounts | null = null;
    const tallyOf = (law: string, type: string): MessageTypeCounts => {
      const key = messageName(law, type);
      return (counts.messages[key] ??= Object.fromEntries(
        MESSAGE_COUNT_KEYS.map((k) => [k, 0]),
      ) as MessageTypeCounts);
    };
    let pending: Promise<void> | undefined;
    for await (const event of parseIstandaardMessage(chunks, name) as AsyncIterable<IstandaardEvent>) {
      if (pending !== undefined) {
        await pending;
        pending = undefined;
      }
      if (event.kind === 'problem') {
        if (event.fatal) {
          const element = event.element === '' ? '' : `${event.element}: `;
          throw new IngestError(name, event.position, `${element}${event.reason}`);
        }
        if (duplicate) continue;
        counts.read++;
        counts.quarantined++;
        if (tally) {
          tally.read++;
          tally.quarantined++;
        }
        const info = messages[msg];
        if (info && header) {
          info.read++;
          info.quarantined++;
        }
        pending = add('_istd_stage_quarantine', [
          header ? msg : null,
          name,
          header?.messageId ?? null,
          `${event.position} ${event.element}`.trim(),
          // Reasons carry no identifying values (field-reasons.ts); the scrub is defence in depth.
          scrubDigits(event.reason),
        ]);
        continue;
      }
      if (event.kind === 'skipped') {
        counts.skipped++;
        tallyOf(event.law, event.messageType).skipped++;
        continue;
      }
      if (event.kind === 'header') {
        header = event;
        tally = tallyOf(event.law, event.messageType);
        const key = [event.law, event.messageType, event.sender, event.messageId].join('\u0000');
        // Duplicates of earlier batches are removed after staging, in one query (see removeKnownMessages).
        duplicate = seen.has(key);
        seen.add(key);
        if (duplicate) tally.duplicate++;
        else {
          content = new MessageContent();
          msg = messages.push({ tally, read: 0, quarantined: 0 }) - 1;
          pending = add('_istd_stage_message', [
            msg,
            name,
            event.law,
            event.messageType,
            event.messageId,
            event.sender,
            event.receiver,
            event.date,
          ]);
        }
        continue;
      }
      if (event.kind === 'end' || event.kind === 'declaration' || duplicate || header === null) continue;
      counts.read++;
      if (tally) tally.read++;
      const info = messages[msg];
      if (info) info.read++;
      seq++;
      const law = header.law;
      if (event.kind === 'allocation') {
        const address = event.residenceAddress;
        pending = add('_istd_stage_allocation', [
          msg,
          seq,
          header.date,
          law,
          event.allocationNo,
          ...client(event),
          event.category,
          event.productCode,
          header.receiver,
          event.allocationDate,
          event.startDate,
          event.endDate,
          event.changeReason,
          address?.postcode ?? null,
          address ? pseudonymiser.householdKey(address) : null,
        ]);
      } else if (event.kind === 'start' || event.kind === 'stop') {
        const common = [
          msg,
          seq,
          header.date,
          law,
          event.allocationNo,
          ...client(event),
          event.category,
          event.productCode,
          header.sender,
          event.startDate,
        ];
        if (event.kind === 'start') pending = add('_istd_stage_start', [...common, event.status]);
        else pending = add('_istd_stage_stop', [...common, event.endDate, event.endReason, event.status]);
      } else {
        pending = add('_istd_stage_claim', [
          msg,
          seq,
          law,
          pseudonymiser.personId(event.bsn),
          event.allocationNo,
          event.category,
          event.productCode,
          header.sender,
          event.periodStart,
          event.periodEnd,
          event.volume,
          event.unit,
          event.amountCents,
          event.declarationNo,
          event.referenceNo,
          event.declarationDate,
        ]);
      }
    }
    if (pending !== undefined) await pending;
    // One message per file or zip entry: its hash, unless it repeated a message of this same file.
    if (header !== null && !duplicate && content !== null)
      await stage.add('_istd_stage_message_hash', [msg, content.digest()]);
  }
  return messages;
}

/** What was counted for one staged message, to undo when it turns out to be known already. */
export interface StagedMessage {
  readonly tally: MessageTypeCounts;
  read: number;
  quarantined: number;
}

/**
 * Settles the staged messages an earlier batch stored already (message-resend.ts): copies and conflicts are dropped
 * (their counts undone; a conflict is quarantined with its reason), corrected resends replace their earlier version.
 * Returns the earlier versions replaced.
 */
async function settleKnownMessages(
  store: SqlStore,
  messages: readonly StagedMessage[],
  counts: IstandaardCounts,
): Promise<ReplacedVersion[]> {
  const known = await classifyKnownMessages(store);
  if (known.length === 0) return [];
  const dropped = known.filter((k) => k.kind !== 'correction');
  await dropStagedMessages(
    store,
    Object.keys(STAGES),
    dropped.map((k) => k.msg),
  );
  for (const k of dropped) {
    const info = messages[k.msg];
    if (info === undefined) continue;
    info.tally.read -= info.read;
    info.tally.quarantined -= info.quarantined;
    counts.read -= info.read;
    counts.quarantined -= info.quarantined;
    if (k.kind === 'duplicate') {
      info.tally.duplicate++;
      continue;
    }
    info.tally.quarantined++;
    counts.quarantined++;
    await store.run('INSERT INTO _istd_stage_quarantine VALUES (?, ?, ?, ?, ?)', [
      k.msg,
      k.file,
      k.messageId,
      'Header/BerichtIdentificatie',
      conflictingResend(k.messageId, k.sender, k.earlierBatch),
    ]);
  }
  const corrections = known.filter((k) => k.kind === 'correction');
  await removeEarlierVersions(store, corrections);
  return corrections.map((k) => ({
    batch: k.earlierBatch,
    file: k.earlierFile,
    was: 'quarantined',
    message: k.messageId,
  }));
}

/** A file's messages parsed into a stage (its rows in memory when parsed ahead, see message-prefetch.ts). */
export interface ParsedMessages {
  readonly stage: RecordStage;
  readonly messages: StagedMessage[];
  readonly counts: IstandaardCounts;
}

/** A file parsed ahead: its messages, the error that rejects it, or null when it is to be parsed in its batch. */
export type ParsedAhead = { readonly parsed: ParsedMessages } | { readonly error: unknown } | null;

/** How a batch meets parsing ahead: the result for this file, and a call once this file is parsed (start the next). */
export interface ParseAhead {
  readonly parsed?: Promise<ParsedAhead> | undefined;
  readonly onParsed?: (() => void) | undefined;
}

/** What parsing needs (no database: a worker thread parses too). */
export type MessageParseContext = Pick<IstandaardIngestContext, 'pseudonymiser' | 'xsdDir'>;

/** A file's messages parsed, without the place their rows went. */
export type ParsedMessageCounts = Omit<ParsedMessages, 'stage'>;

/** Parses every message of `path` into `sink` (a stage that appends to DuckDB as it fills, or rows held in memory). */
export async function parseMessagesInto(
  ctx: MessageParseContext,
  path: string,
  sink: StageSink,
): Promise<ParsedMessageCounts> {
  const counts: IstandaardCounts = {
    read: 0,
    stored: 0,
    replaced: 0,
    skipped: 0,
    quarantined: 0,
    messages: {},
  };
  const messages = await stageMessages(ctx, path, sink, counts);
  return { messages, counts };
}

/** Parses every message of `path` into `stage` (which appends to DuckDB as it fills, unless it holds its rows). */
export async function parseMessages(
  ctx: MessageParseContext,
  path: string,
  stage: RecordStage,
): Promise<ParsedMessages> {
  return { stage, ...(await parseMessagesInto(ctx, path, stage)) };
}

/** The file's messages staged in DuckDB: parsed ahead (appended now) or parsed here. */
async function stagedFile(
  ctx: IstandaardIngestContext,
  path: string,
  ahead: ParseAhead,
): Promise<ParsedMessages> {
  const early = ahead.parsed === undefined ? null : await ahead.parsed;
  if (early !== null && 'error' in early) throw early.error;
  const stage = early?.parsed.stage ?? new RecordStage(ctx.store);
  await stage.create();
  try {
    const parsed = early?.parsed ?? (await parseMessages(ctx, path, stage));
    ahead.onParsed?.();
    await stage.flush();
    return parsed;
  } catch (error) {
    await stage.drop();
    throw error;
  }
}

/**
 * Ingests one `.xml` file or `.zip` archive inside the caller's batch transaction. With `ahead`, the file may have
 * been parsed while the previous batch was loading, and the next file may be parsed while this one loads.
 */
export async function ingestIstandaardFile(
  ctx: IstandaardIngestContext,
  path: string,
  batch: number,
  ahead: ParseAhead = {},
): Promise<IstandaardCounts> {
  const { store } = ctx;
  const { stage, messages, counts } = await stagedFile(ctx, path, ahead);
  try {
    const replaces = await settleKnownMessages(store, messages, counts);
    await quarantineOtherGemeente(store, await acceptedGemeenten(store, ctx.gemeente), counts);
    await quarantineBeforeCutoff(store, (await readRetentionRule(store))?.cutoff ?? null, counts);
    const loaded = await loadStagedMessages({ store, batch, gemeente: ctx.gemeente });
    await recordMessageHashes(store, batch);
    for (const [type, { stored, replaced }] of Object.entries(loaded)) {
      for (const law of ['youth', 'support']) {
        const tally = counts.messages[messageName(law, type)];
        counts.stored += stored[law] ?? 0;
        counts.replaced += replaced[law] ?? 0;
        if (tally === undefined) continue;
        tally.stored += stored[law] ?? 0;
        tally.replaced += replaced[law] ?? 0;
      }
    }
    if (replaces.length > 0) {
      // The allocations of replaced earlier records are rebuilt too (a correction may have dropped one).
      await store.run(
        `INSERT INTO ${KEYS_TABLE} SELECT DISTINCT law, allocation_no FROM ${REPLACED_KEYS_TABLE}`,
      );
    }
    await rebuildProvisions(store, KEYS_TABLE);
    return replaces.length > 0 ? { ...counts, replaces } : counts;
  } finally {
    await stage.drop();
    await store.run(`DROP TABLE IF EXISTS ${KEYS_TABLE}; DROP TABLE IF EXISTS ${REPLACED_KEYS_TABLE}`);
  }
}
