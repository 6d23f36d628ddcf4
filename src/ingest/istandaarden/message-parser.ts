/**
 * @module Streaming, namespace-aware parser for iJw / iWmo 3.2 messages (on xml-scanner.ts): yields header, record,
 * problem and end events with bounded memory; refuses DTDs and entities (no XXE, no entity expansion).
 */
import { isUtf8 } from 'node:buffer';
import { ClaimMessageHandler } from './claim-message-handler.ts';
import { ClientMessageHandler } from './client-message-handler.ts';
import type { IstandaardEvent, Position, ProblemCode } from './istandaard-events.ts';
import { FILE } from './istandaard-reasons.ts';
import {
  basisNamespace,
  isRecordMessageType,
  messageNamespace,
  parseMessageNamespace,
} from './message-types.ts';
import type { HandlerContext, MessageHandler } from './record-check.ts';
import { XmlScanner, XmlSyntaxError } from './xml-scanner.ts';

/** Deeper nesting than any 3.2 message has (about 8 levels) means hostile or wrong input. */
const MAX_DEPTH = 32;
/** Longest text kept per element; the longest iStandaarden value (Commentaar) is 4000 characters. */
const MAX_TEXT = 8192;

/** One element path below the root, shared by all messages so equal paths are one string object (cheap to compare and hash). */
interface PathNode {
  readonly path: string;
  readonly local: string;
  /** Whether the element is in the basisschema namespace. */
  readonly inBasis: boolean;
  /** Guesses (checked before use): the first child seen, and the sibling seen after this element. */
  first: PathNode | null;
  after: PathNode | null;
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
  /** The last child opened in this element (interned), to guess the next one. */
  last: PathNode | null;
}

/** Most interned element paths: a hostile file with endless distinct element names falls back to concatenation. */
const MAX_INTERNED_PATHS = 4096;
const ROOT: PathNode = {
  path: '',
  local: 'Bericht',
  inBasis: false,
  first: null,
  after: null,
  message: new Map(),
  basis: new Map(),
};
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
    local,
    inBasis: basis,
    first: null,
    after: null,
    message: new Map(),
    basis: new Map(),
  };
  children.set(local, node);
  internedPaths++;
  return node;
}

/** Thrown inside scanner callbacks to stop parsing at once; never escapes this module. */
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
  let headerSeen = false;
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
      return scanner.endPosition();
    },
    openRoot(uri: string, local: string, position: Position): MessageHandler | null {
      const parsed = parseMessageNamespace(uri);
      if (parsed === null || local !== 'Bericht') {
        return fn.fatal(position, local, 'unknown-namespace', FILE.notIstandaard(`{${uri}}${local}`));
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
    /** Runs one scanner step; a syntax error becomes the fatal problem. */
    scan(text: string | null): void {
      try {
        if (text === null) scanner.end();
        else scanner.write(text);
      } catch (error) {
        if (!(error instanceof XmlSyntaxError)) throw error;
        const position = `${error.line}:${error.column}`;
        if (error.code === 'doctype') fn.fatal(position, '!DOCTYPE', 'doctype', FILE.doctype);
        fn.fatal(
          position,
          '',
          'not-well-formed',
          FILE.notWellFormed(`${fileName}:${position}: ${error.message}`),
        );
      }
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
        return fn.fatal(fn.here(), '', 'encoding', FILE.notUtf8);
      }
    },
  };

  const scanner = new XmlScanner({
    open(uri: string, source: string, start: number, end: number, line: number, column: number): string {
      if (depth === 0) {
        const local = source.slice(start, end);
        handler = fn.openRoot(uri, local, `${line}:${column}`);
        enter('', ROOT);
        return local;
      }
      if (depth >= MAX_DEPTH) {
        const local = source.slice(start, end);
        fn.fatal(`${line}:${column}`, local, 'too-deep', FILE.tooDeep(MAX_DEPTH));
      }
      const parent = stack[depth - 1] as Frame;
      const inMessage = uri === messageNs;
      let node: PathNode | null = null;
      let local: string;
      const parentNode = parent.node;
      if (parentNode !== null && (inMessage || uri === basisNs)) {
        // Messages repeat their structure: the element that followed the previous sibling last time is checked
        // first, without slicing the name (hot path).
        const last = parent.last;
        const guess = last === null ? parentNode.first : last.after;
        if (
          guess !== null &&
          guess.inBasis !== inMessage &&
          guess.local.length === end - start &&
          source.startsWith(guess.local, start)
        ) {
          node = guess;
          local = guess.local;
        } else {
          local = source.slice(start, end);
          node = childNode(parentNode, !inMessage, local);
          if (node !== null) {
            if (last === null) parentNode.first = node;
            else last.after = node;
          }
        }
        parent.last = node;
      } else local = source.slice(start, end);
      let path: string;
      if (node !== null) path = node.path;
      else {
        const key = inMessage ? local : uri === basisNs ? `b:${local}` : `{${uri}}${local}`;
        path = parent.path === '' ? key : `${parent.path}/${key}`;
      }
      enter(path, node);
      handler?.open(path, line, column);
      return local;
    },
    characters(source: string, start: number, end: number, blank: boolean): void {
      const frame = stack[depth - 1];
      if (frame === undefined) return;
      const length = frame.text.length;
      // Leading whitespace is trimmed at the close anyway.
      if ((blank && length === 0) || length >= MAX_TEXT) return;
      frame.text += source.slice(start, Math.min(end, start + MAX_TEXT - length));
    },
    close(): void {
      depth--;
      if (depth === 0) return;
      const frame = stack[depth] as Frame;
      handler?.close(frame.path, frame.text.length === 0 ? '' : frame.text.trim());
    },
  });

  /** Opens a frame (reused across elements) for the element at `depth`. */
  function enter(path: string, node: PathNode | null): void {
    const frame = stack[depth];
    if (frame === undefined) stack.push({ path, node, text: '', last: null });
    else {
      frame.path = path;
      frame.node = node;
      frame.text = '';
      frame.last = null;
    }
    depth++;
  }

  let decoder: TextDecoder | null = null;
  let decoded = false;

  try {
    for await (const chunk of chunks) {
      try {
        fn.scan(fn.decode(chunk, false));
      } catch (error) {
        if (error !== STOP) throw error;
      }
      if (queue.length > 0) yield* queue.splice(0);
      if (done) return;
    }
    try {
      fn.scan(fn.decode(Buffer.alloc(0), true));
      if (!scanner.rootClosed) {
        fn.fatal(
          fn.here(),
          (depth > 0 ? stack[depth - 1]?.path : undefined) ?? '',
          'truncated',
          scanner.rootSeen ? FILE.truncated : FILE.noElement,
        );
      }
      fn.scan(null);
      // Without a Header the message cannot be identified, so its records cannot be ingested idempotently.
      if (!headerSeen) fn.fatal(fn.here(), 'Header', 'missing-element', FILE.noHeader);
    } catch (error) {
      if (error !== STOP) throw error;
    }
    if (queue.length > 0) yield* queue.splice(0);
    if (!done) yield { kind: 'end', records, problems };
  } finally {
    queue.length = 0;
  }
}
