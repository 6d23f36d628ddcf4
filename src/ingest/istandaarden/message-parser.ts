/**
 * @module Streaming, namespace-aware parser for iJw / iWmo 3.2 messages (saxes): yields header, record, problem
 * and end events with bounded memory; refuses DTDs and entities (no XXE, no entity expansion).
 */
import { isUtf8 } from 'node:buffer';
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { ClaimMessageHandler } from './claim-message-handler.ts';
import { ClientMessageHandler } from './client-message-handler.ts';
import type { IstandaardEvent, Position, ProblemCode } from './istandaard-events.ts';
import {
  basisNamespace,
  isRecordMessageType,
  messageNamespace,
  parseMessageNamespace,
} from './message-types.ts';
import type { HandlerContext, MessageHandler } from './record-check.ts';

/** Deeper nesting than any 3.2 message has (about 8 levels) means hostile or wrong input. */
const MAX_DEPTH = 32;
/** Longest text kept per element; the longest iStandaarden value (Commentaar) is 4000 characters. */
const MAX_TEXT = 8192;

/** One element path below the root, shared by all messages so equal paths are one string object (cheap to compare and hash). */
interface PathNode {
  readonly path: string;
  /** Children in the message namespace, by local name. */
  readonly message: Map<string, PathNode>;
  /** Children in the basisschema namespace (`b:` paths), by local name. */
  readonly basis: Map<string, PathNode>;
}

interface Frame {
  path: string;
  /** The interned node of `path`, or null for a path that was not interned (foreign namespace, too many paths). */
  node: PathNode | null;
  text: string;
}

/** Most interned element paths: a hostile file with endless distinct element names falls back to concatenation. */
const MAX_INTERNED_PATHS = 4096;
const ROOT: PathNode = { path: '', message: new Map(), basis: new Map() };
let internedPaths = 0;

/** The interned child `local` of `parent` in one namespace, created on first sight while there is room. */
function childNode(parent: PathNode, basis: boolean, local: string): PathNode | null {
  const children = basis ? parent.basis : parent.message;
  const known = children.get(local);
  if (known !== undefined) return known;
  if (internedPaths >= MAX_INTERNED_PATHS) return null;
  const key = basis ? `b:${local}` : local;
  const node: PathNode = {
    path: parent.path === '' ? key : `${parent.path}/${key}`,
    message: new Map(),
    basis: new Map(),
  };
  children.set(local, node);
  internedPaths++;
  return node;
}

/** Thrown inside saxes callbacks to stop parsing at once; never escapes this module. */
class StopParsing {}
const STOP = new StopParsing();

/**
 * Parses one message from a stream of chunks. Events arrive in document order: `header`, then records
 * (`allocation` | `start` | `stop` | `declaration` + `claimLine`) interleaved with record-level `problem`s, then
 * `end`. A recognised message the monitor does not ingest yields only `skipped`. A fatal `problem` (not
 * well-formed, truncated, DOCTYPE, unknown namespace, wrong BerichtCode) ends the stream: the consumer must then
 * discard everything it received for this file.
 */
export async function* parseIstandaardMessage(
  chunks: AsyncIterable<string | Buffer> | Iterable<string | Buffer>,
  fileName: string,
): AsyncGenerator<IstandaardEvent, void, undefined> {
  const queue: IstandaardEvent[] = [];
  /** Frames by depth, reused across elements: `depth` of them are open. */
  const stack: Frame[] = [];
  let depth = 0;
  let records = 0;
  let problems = 0;
  let done = false;
  let rootSeen = false;
  let rootClosed = false;
  let headerSeen = false;
  let tagLine = 1;
  let tagColumn = 1;
  let handler: MessageHandler | null = null;
  let messageNs = '';
  let basisNs = '';

  // Per-message helpers as methods of one object: the `const f = () => …` closures cost a name definition each
  // under tsx/esbuild keepNames (≈ 200,000 small messages in a demo).
  const fn = {
    push(event: IstandaardEvent): void {
      if (event.kind === 'header') headerSeen = true;
      if (event.kind === 'problem') problems++;
      else if (event.kind !== 'header' && event.kind !== 'declaration') records++;
      queue.push(event);
    },
    fatal(position: Position, element: string, code: ProblemCode, reason: string): never {
      fn.push({ kind: 'problem', position, element, code, reason, fatal: true });
      done = true;
      throw STOP;
    },
    here(): Position {
      return `${parser.line}:${parser.column + 1}`;
    },
    enter(path: string, node: PathNode | null): void {
      const frame = stack[depth];
      if (frame === undefined) stack.push({ path, node, text: '' });
      else {
        frame.path = path;
        frame.node = node;
        frame.text = '';
      }
      depth++;
    },
    onText(text: string): void {
      fn.flushClose();
      const frame = stack[depth - 1];
      if (frame !== undefined && frame.text.length < MAX_TEXT) frame.text += text;
    },
    flushClose(): void {
      const frame = pendingClose;
      if (frame === null) return;
      pendingClose = null;
      if (depth === 0) rootClosed = true;
      else handler?.close(frame.path, frame.text.length === 0 ? '' : frame.text.trim());
    },
    openRoot(tag: SaxesTagNS, position: Position): MessageHandler | null {
      const parsed = parseMessageNamespace(tag.uri);
      if (parsed === null || tag.local !== 'Bericht') {
        return fn.fatal(
          position,
          tag.local,
          'unknown-namespace',
          `root element {${tag.uri}}${tag.local} is not an iJw or iWmo 3.2 message`,
        );
      }
      const { law, messageType } = parsed;
      if (!isRecordMessageType(messageType)) {
        fn.push({ kind: 'skipped', law, messageType });
        done = true;
        throw STOP;
      }
      messageNs = messageNamespace(law, messageType);
      basisNs = basisNamespace(law);
      const ctx: HandlerContext = { law, messageType, emit: fn.push, fatal: fn.fatal };
      return messageType === '323'
        ? new ClaimMessageHandler(ctx)
        : new ClientMessageHandler(ctx, messageType);
    },
    feed(text: string): void {
      if (!rootSeen) {
        // Refuse a DTD before saxes buffers it: a huge internal subset must not cost memory.
        const window = carry + text;
        if (window.includes('<!DOCTYPE')) {
          fn.fatal(
            `${parser.line}:${parser.column + 1}`,
            '!DOCTYPE',
            'doctype',
            'a DOCTYPE is not allowed (no DTDs, no entities)',
          );
        }
        carry = window.slice(-8);
      }
      try {
        parser.write(text);
      } catch (error) {
        if (error === STOP) throw error;
        fn.fatal(fn.here(), '', 'not-well-formed', error instanceof Error ? error.message : String(error));
      }
      fn.flushClose();
    },
    decode(chunk: string | Buffer, final: boolean): string {
      if (typeof chunk === 'string') return chunk;
      if (decoder === null) {
        // Fast path: a chunk of whole, valid UTF-8 (no sequence cut at its end) decodes without the streaming
        // decoder (a leading BOM is left to it, which drops it). Once a chunk needs the decoder, every later
        // chunk goes through it; one that starts after decoded text keeps a BOM as text, as one decoder would.
        if (!final && (decoded || chunk[0] !== 0xef) && isUtf8(chunk)) {
          decoded ||= chunk.length > 0;
          return chunk.toString('utf8');
        }
        if (final) return '';
        decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: decoded });
      }
      try {
        return decoder.decode(chunk, { stream: !final });
      } catch {
        return fn.fatal(fn.here(), '', 'encoding', 'the file is not valid UTF-8');
      }
    },
  };

  // Six handlers at most: each `on()` adds a property to the parser, and a seventh tips V8 into slow
  // dictionary-mode properties (measured: 4× slower). Errors therefore arrive as exceptions, not via 'error'.
  const parser = new SaxesParser({ xmlns: true, position: true, fileName });
  parser.on('doctype', () =>
    fn.fatal(fn.here(), '!DOCTYPE', 'doctype', 'a DOCTYPE is not allowed (no DTDs, no entities)'),
  );
  parser.on('opentagstart', (tag) => {
    fn.flushClose();
    // saxes has read `<name` and one more character.
    tagLine = parser.line;
    tagColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (depth === 0) {
      rootSeen = true;
      handler = fn.openRoot(tag, `${tagLine}:${tagColumn}`);
      fn.enter('', ROOT);
      return;
    }
    if (depth >= MAX_DEPTH)
      fn.fatal(`${tagLine}:${tagColumn}`, tag.local, 'too-deep', `elements nested deeper than ${MAX_DEPTH}`);
    const uri = tag.uri;
    const parent = stack[depth - 1] as Frame;
    const inMessage = uri === messageNs;
    const node =
      parent.node !== null && (inMessage || uri === basisNs)
        ? childNode(parent.node, !inMessage, tag.local)
        : null;
    let path: string;
    if (node !== null) path = node.path;
    else {
      const key = inMessage ? tag.local : uri === basisNs ? `b:${tag.local}` : `{${uri}}${tag.local}`;
      path = parent.path === '' ? key : `${parent.path}/${key}`;
    }
    fn.enter(path, node);
    handler?.open(path, tagLine, tagColumn);
  });
  parser.on('text', (text) => fn.onText(text));
  parser.on('cdata', (text) => fn.onText(text));
  // saxes calls the closetag handler *before* it reports a mismatched end tag, so a closed element is handled
  // only at the next parser event (or after the chunk): by then a mismatch has been reported as fatal.
  let pendingClose: Frame | null = null;
  parser.on('closetag', () => {
    fn.flushClose();
    if (depth === 0) return;
    depth--;
    pendingClose = stack[depth] ?? null;
  });

  let decoder: TextDecoder | null = null;
  let decoded = false;
  let carry = '';

  try {
    for await (const chunk of chunks) {
      try {
        fn.feed(fn.decode(chunk, false));
      } catch (error) {
        if (error !== STOP) throw error;
      }
      if (queue.length > 0) yield* queue.splice(0);
      if (done) return;
    }
    try {
      fn.feed(fn.decode(Buffer.alloc(0), true));
      if (!rootClosed) {
        fn.fatal(
          fn.here(),
          (depth > 0 ? stack[depth - 1]?.path : undefined) ?? '',
          'truncated',
          rootSeen
            ? 'the message ends before its root element is closed'
            : 'the file contains no XML element',
        );
      }
      try {
        parser.close();
      } catch (error) {
        if (error === STOP) throw error;
        fn.fatal(fn.here(), '', 'not-well-formed', error instanceof Error ? error.message : String(error));
      }
      // Without a Header the message cannot be identified, so its records cannot be ingested idempotently.
      if (!headerSeen) fn.fatal(fn.here(), 'Header', 'missing-element', 'the message has no Header');
    } catch (error) {
      if (error !== STOP) throw error;
    }
    if (queue.length > 0) yield* queue.splice(0);
    if (!done) yield { kind: 'end', records, problems };
  } finally {
    queue.length = 0;
  }
}
