/**
 * @module Strict, streaming, namespace-aware XML 1.0 tokenizer for iStandaarden messages (elements, attributes,
 * text, CDATA, comments, processing instructions, the five predefined entities and character references): refuses a
 * DOCTYPE before buffering it and every not-well-formed input with its line:column; memory bounded per construct.
 */
import {
  ASCII_NAME,
  XML_NAMESPACE,
  XMLNS_NAMESPACE,
  checkDeclaration,
  isNameChar,
  isNameStartChar,
  predefinedEntity,
} from './xml-chars.ts';

/** Receives the events of one document, in order. */
export interface XmlSink {
  /**
   * A start tag (also of `<x/>`) at `line:column` of its `<`: the namespace URI of its name ('' for none) and its
   * local name `source.slice(start, end)`. Returns that local name as a string (the sink may return an equal one it
   * keeps, which saves slicing and hashing a new string per element).
   */
  open(uri: string, source: string, start: number, end: number, line: number, column: number): string;
  /**
   * Character data of the innermost open element, entities decoded and line ends normalised, in one or more
   * pieces: `source.slice(start, end)`; `blank` when the piece is only XML whitespace.
   */
  characters(source: string, start: number, end: number, blank: boolean): void;
  /** The end of the innermost open element. */
  close(): void;
}

/** A not-well-formed document (or a DOCTYPE) at `line:column`. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly code: 'not-well-formed' | 'doctype',
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

/** Longest markup construct (tag, comment, CDATA section, processing instruction) held while its end is awaited. */
export const MAX_MARKUP = 1 << 20;
const TOO_LONG = `markup longer than ${MAX_MARKUP} characters`;

interface Binding {
  readonly prefix: string;
  readonly uri: string;
}

interface OpenElement {
  prefix: string;
  local: string;
  /** Surrogate pairs in the name: a column counts characters. */
  pairs: number;
  /** Length of the binding stack before this element's namespace declarations. */
  bindings: number;
}

/** An attribute that is not a namespace declaration, kept until the tag's declarations are all known. */
interface Attribute {
  readonly qname: string;
  readonly line: number;
  readonly column: number;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const AMP = 0x26;
const APOS = 0x27;
const SLASH = 0x2f;
const COLON = 0x3a;
const LT = 0x3c;
const EQ = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const BRACKET = 0x5d;
const BANG = 0x21;
const BOM = 0xfeff;
/** Returned by a markup reader when the construct continues in the next chunk. */
const MORE = -1;

const XML_BINDING: Binding = { prefix: 'xml', uri: XML_NAMESPACE };
const NO_NAMESPACE: Binding = { prefix: '', uri: '' };

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Feed chunks with {@link write}, then call {@link end}. Errors are thrown as {@link XmlSyntaxError}; whatever the
 * sink throws passes through. A construct cut by a chunk boundary (tag, entity, CR LF, surrogate pair, `]]>`) is
 * carried to the next chunk, so the events do not depend on where the chunks end.
 */
export class XmlScanner {
  /** Lines start at 1; `lineStart` is the index (in the current text) where the line starts. */
  line = 1;
  #lineStart = 0;
  /** Surrogate pairs since the line start: a column counts characters, not UTF-16 units. */
  #pairs = 0;
  #carry = '';
  #started = false;
  #rootSeen = false;
  #rootClosed = false;
  #depth = 0;
  readonly #open: OpenElement[] = [];
  readonly #bindings: Binding[] = [XML_BINDING];
  /** Set by #name: index of the name's colon, or -1. */
  #colon = -1;
  /** Set by #entity: the decoded text and the index after the `;`. */
  #entityText = '';

  constructor(private readonly sink: XmlSink) {}

  /** Whether the root element has started / has been closed. */
  get rootSeen(): boolean {
    return this.#rootSeen;
  }
  get rootClosed(): boolean {
    return this.#rootClosed;
  }

  /** Column of the first character not yet consumed. */
  get column(): number {
    return 1 - this.#lineStart - this.#pairs;
  }

  write(chunk: string): void {
    const text = this.#carry === '' ? chunk : this.#carry + chunk;
    this.#carry = '';
    this.#scan(text, false);
  }

  /** The input is complete: anything still open or carried is an error. */
  end(): void {
    const text = this.#carry;
    this.#carry = '';
    this.#scan(text, true);
    if (!this.#rootSeen) this.#fail(0, 'the document has no root element');
    if (this.#depth > 0) this.#fail(0, 'the document ends before its root element is closed');
  }

  #col(i: number): number {
    return i - this.#lineStart - this.#pairs + 1;
  }

  #fail(i: number, message: string): never {
    throw new XmlSyntaxError('not-well-formed', this.line, this.#col(i), message);
  }

  #failAt(line: number, column: number, message: string): never {
    throw new XmlSyntaxError('not-well-formed', line, column, message);
  }

  /** `line:column` just after the last character written (a construct carried to the next chunk included). */
  endPosition(): string {
    let line = this.line;
    let column = this.column;
    const carry = this.#carry;
    for (let i = 0; i < carry.length; i++) {
      const c = carry.charCodeAt(i);
      if (c === LF || (c === CR && carry.charCodeAt(i + 1) !== LF)) {
        line++;
        column = 1;
      } else if (c < 0xdc00 || c > 0xdfff) column++;
    }
    return `${line}:${column}`;
  }

  #newLine(next: number): void {
    this.line++;
    this.#lineStart = next;
    this.#pairs = 0;
  }

  #scan(text: string, final: boolean): void {
    const len = text.length;
    let i = 0;
    if (!this.#started && len > 0) {
      i = this.#prolog(text, len, final);
      if (i === MORE) {
        this.#carry = text;
        return;
      }
    }
    while (i < len) {
      if (text.charCodeAt(i) === LT) {
        const line = this.line;
        const lineStart = this.#lineStart;
        const pairs = this.#pairs;
        const next = this.#markup(text, i, len, final);
        if (next === MORE) return this.#hold(text, i, final, line, lineStart, pairs);
        // The same limit as for a construct that is held, so the result never depends on the chunks.
        if (next - i > MAX_MARKUP) this.#failAt(line, i - lineStart - pairs + 1, TOO_LONG);
        i = next;
      } else {
        const next = this.#depth > 0 ? this.#text(text, i, len, final) : this.#outside(text, i, len, final);
        if (next < len && text.charCodeAt(next) !== LT) {
          return this.#hold(text, next, final, this.line, this.#lineStart, this.#pairs);
        }
        i = next;
      }
    }
    this.#lineStart -= len;
  }

  /** Skips a byte-order mark and reads the XML declaration at the very start; MORE while it is incomplete. */
  #prolog(text: string, len: number, final: boolean): number {
    const i = text.charCodeAt(0) === BOM ? 1 : 0;
    const rest = text.slice(i, i + 6);
    if (!final && rest.length < 6 && '<?xml'.startsWith(rest.slice(0, 5))) return MORE;
    let next = i;
    if (rest.startsWith('<?xml') && (rest.length === 5 || rest.charCodeAt(5) <= SPACE)) {
      next = this.#declaration(text, i);
      if (next === MORE) {
        if (final) this.#fail(i, 'the document ends inside the XML declaration');
        if (len > MAX_MARKUP) this.#fail(i, TOO_LONG);
        return MORE;
      }
      if (next - i > MAX_MARKUP) this.#fail(i, TOO_LONG);
    }
    this.#started = true;
    this.#lineStart = i;
    return next;
  }

  /** Keeps `text` from `i` for the next chunk, with the position state at `i`. */
  #hold(text: string, i: number, final: boolean, line: number, lineStart: number, pairs: number): void {
    this.line = line;
    this.#lineStart = lineStart;
    this.#pairs = pairs;
    if (final) this.#fail(i, 'the document ends inside markup');
    if (text.length - i > MAX_MARKUP) this.#fail(i, TOO_LONG);
    this.#carry = text.slice(i);
    this.#lineStart -= i;
  }

  /** Whitespace between top-level constructs; anything else is text outside the root element. */
  #outside(text: string, i: number, len: number, final: boolean): number {
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === LT) return i;
      if (c === LF) this.#newLine(i + 1);
      else if (c === CR) {
        if (!final && i + 1 === len) return i; // CR LF may be split
        if (text.charCodeAt(i + 1) === LF) i++;
        this.#newLine(i + 1);
      } else if (c !== SPACE && c !== TAB) this.#fail(i, 'text outside the root element');
    }
    return len;
  }

  /** Character data inside the root element up to the next `<` (or a construct cut by the chunk's end). */
  #text(text: string, i: number, len: number, final: boolean): number {
    const sink = this.sink;
    let start = i;
    let blank = true;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c > GT) {
        if (c < 0xd800) {
          if (c === BRACKET) {
            if (text.charCodeAt(i + 1) === BRACKET && text.charCodeAt(i + 2) === GT)
              this.#fail(i, "']]>' is not allowed in text");
            if (!final && i + 2 >= len) break;
          }
          blank = false;
        } else {
          const next = this.#astral(text, i, len, final);
          if (next === MORE) break;
          blank = false;
          i = next;
        }
      } else if (c > SPACE) {
        if (c === LT) break;
        if (c === AMP) {
          if (i > start) sink.characters(text, start, i, blank);
          const next = this.#entity(text, i, len, final);
          if (next === MORE) return i;
          const decoded = this.#entityText;
          sink.characters(decoded, 0, decoded.length, false);
          start = next;
          blank = true;
          i = next - 1;
        } else blank = false;
      } else if (c === LF) this.#newLine(i + 1);
      else if (c === CR) {
        if (!final && i + 1 === len) break;
        if (i > start) sink.characters(text, start, i, blank);
        sink.characters('\n', 0, 1, true);
        if (text.charCodeAt(i + 1) === LF) i++;
        this.#newLine(i + 1);
        start = i + 1;
        blank = true;
      } else if (c !== SPACE && c !== TAB) this.#fail(i, `character ${hex(c)} is not allowed in XML`);
    }
    if (i > start) sink.characters(text, start, i, blank);
    return i;
  }

  /** Checks the character at `i` (≥ U+D800); returns the index of its last UTF-16 unit, or MORE when cut. */
  #astral(text: string, i: number, len: number, final: boolean): number {
    const c = text.charCodeAt(i);
    if (c <= 0xdbff) {
      if (i + 1 >= len) {
        if (final) this.#fail(i, 'the document ends inside a character');
        return MORE;
      }
      const low = text.charCodeAt(i + 1);
      if (low < 0xdc00 || low > 0xdfff) this.#fail(i, 'an unpaired surrogate is not allowed in XML');
      this.#pairs++;
      return i + 1;
    }
    if (c <= 0xdfff || c >= 0xfffe) this.#fail(i, `character ${hex(c)} is not allowed in XML`);
    return i;
  }

  /** Checks characters in `[from, to)` and counts their lines (comments, PIs, CDATA, attribute values). */
  #chars(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < SPACE) {
        if (c === LF) this.#newLine(i + 1);
        else if (c === CR) {
          if (text.charCodeAt(i + 1) === LF && i + 1 < to) i++;
          this.#newLine(i + 1);
        } else if (c !== TAB) this.#fail(i, `character ${hex(c)} is not allowed in XML`);
      } else if (c >= 0xd800) {
        if (c <= 0xdbff && i + 1 >= to) this.#fail(i, 'an unpaired surrogate is not allowed in XML');
        i = this.#astral(text, i, to, true);
      }
    }
  }

  /** `&…;` at `i`: sets #entityText and returns the index after it, or MORE when cut. */
  #entity(text: string, i: number, len: number, final: boolean): number {
    // The longest reference is `&#x10FFFF;`; a bounded look-ahead keeps stray ampersands linear.
    const limit = Math.min(len, i + 12);
    let semicolon = i + 1;
    while (semicolon < limit && text.charCodeAt(semicolon) !== 0x3b) semicolon++;
    if (semicolon === limit) {
      if (!final && limit === len) return MORE;
      this.#fail(i, "an '&' must start an entity or character reference ending in ';'");
    }
    const name = text.slice(i + 1, semicolon);
    let decoded: string | null;
    if (name.charCodeAt(0) === 0x23) {
      const hexadecimal = name.charCodeAt(1) === 0x78;
      const digits = name.slice(hexadecimal ? 2 : 1);
      const valid = hexadecimal ? /^[0-9A-Fa-f]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
      const code = valid ? parseInt(digits, hexadecimal ? 16 : 10) : -1;
      const allowed =
        code === TAB ||
        code === LF ||
        code === CR ||
        (code >= SPACE && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) this.#fail(i, `&${name}; is not a reference to a character allowed in XML`);
      decoded = String.fromCodePoint(code);
    } else {
      decoded = predefinedEntity(name);
      if (decoded === null) this.#fail(i, `undefined entity &${name};`);
    }
    this.#entityText = decoded;
    return semicolon + 1;
  }

  /** Skips XML whitespace (counting lines); returns the index of the next other character (or `len`). */
  #space(text: string, i: number, len: number): number {
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB) continue;
      if (c === LF) this.#newLine(i + 1);
      else if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        this.#newLine(i + 1);
      } else return i;
    }
    return len;
  }

  /** A name (QName: at most one colon, not first or last) at `i`; returns its end or MORE; sets #colon. */
  #name(text: string, i: number, len: number): number {
    const start = i;
    let colon = -1;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c === COLON) {
          if (colon >= 0 || i === start) this.#fail(i, 'a name has at most one colon, not at its start');
          colon = i;
        } else if ((ASCII_NAME[c] as number) < (i === start ? 2 : 1)) break;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        if (i + 1 >= len) return MORE;
        const code = text.codePointAt(i) ?? 0;
        if (code < 0x10000 || code > 0xeffff) this.#fail(i, `character ${hex(c)} in a name`);
        this.#pairs++;
        i++;
      } else if (!(i === start ? isNameStartChar(c) : isNameChar(c))) break;
    }
    if (i === len) return MORE;
    if (i === start) this.#fail(i, 'a name is expected here');
    if (colon >= 0) {
      if (colon === i - 1) this.#fail(colon, 'a name does not end with a colon');
      if (!isNameStartChar(text.codePointAt(colon + 1) ?? 0))
        this.#fail(colon + 1, 'a local name must start with a letter or underscore');
    }
    this.#colon = colon;
    return i;
  }

  /** A construct starting with `<` at `i`: returns the index after it, or MORE when it continues. */
  #markup(text: string, i: number, len: number, final: boolean): number {
    if (i + 1 >= len) return MORE;
    const c = text.charCodeAt(i + 1);
    if (c === SLASH) return this.#endTag(text, i, len);
    if (c === BANG) return this.#declarationOrComment(text, i, len, final);
    if (c === QUESTION) return this.#instruction(text, i, len);
    return this.#startTag(text, i, len);
  }

  #startTag(text: string, i: number, len: number): number {
    const line = this.line;
    const column = this.#col(i);
    if (this.#rootClosed) this.#fail(i, 'only one root element is allowed');
    const pairs = this.#pairs;
    const nameEnd = this.#name(text, i + 1, len);
    if (nameEnd === MORE) return MORE;
    const colon = this.#colon;
    const declared = this.#bindings.length;
    let attributes: Attribute[] | null = null;
    let names: string[] | null = null;
    let p = nameEnd;
    let empty = false;
    for (;;) {
      const before = p;
      p = this.#space(text, p, len);
      if (p >= len) return this.#undeclare(declared);
      const c = text.charCodeAt(p);
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH) {
        if (p + 1 >= len) return this.#undeclare(declared);
        if (text.charCodeAt(p + 1) !== GT) this.#fail(p, "'/' must be followed by '>'");
        p += 2;
        empty = true;
        break;
      }
      if (p === before) this.#fail(p, 'whitespace is required before an attribute');
      const attributeLine = this.line;
      const attributeColumn = this.#col(p);
      const attributeEnd = this.#name(text, p, len);
      if (attributeEnd === MORE) return this.#undeclare(declared);
      const qname = text.slice(p, attributeEnd);
      p = this.#space(text, attributeEnd, len);
      if (p >= len) return this.#undeclare(declared);
      if (text.charCodeAt(p) !== EQ) this.#fail(p, `attribute ${qname} has no '=' and value`);
      p = this.#space(text, p + 1, len);
      if (p >= len) return this.#undeclare(declared);
      const quote = text.charCodeAt(p);
      if (quote !== QUOTE && quote !== APOS) this.#fail(p, `the value of ${qname} must be quoted`);
      const close = text.indexOf(quote === QUOTE ? '"' : "'", p + 1);
      if (close < 0) return this.#undeclare(declared);
      const value = this.#attributeValue(text, p + 1, close);
      p = close + 1;
      if (names?.includes(qname))
        this.#failAt(attributeLine, attributeColumn, `attribute ${qname} appears twice`);
      (names ??= []).push(qname);
      if (qname === 'xmlns' || qname.startsWith('xmlns:')) {
        const problem = this.#declare(qname, value);
        if (problem !== null) this.#failAt(attributeLine, attributeColumn, problem);
      } else (attributes ??= []).push({ qname, line: attributeLine, column: attributeColumn });
    }
    if (p - i > MAX_MARKUP) this.#failAt(line, column, TOO_LONG);
    if (attributes !== null) this.#checkAttributes(attributes);
    const binding = this.#resolve(text, i + 1, colon, line, column);
    const local = this.sink.open(binding.uri, text, colon < 0 ? i + 1 : colon + 1, nameEnd, line, column);
    const frame = this.#open[this.#depth];
    const namePairs = this.#pairs === pairs ? 0 : this.#surrogatePairs(text, i + 1, nameEnd);
    if (frame === undefined)
      this.#open.push({ prefix: binding.prefix, local, pairs: namePairs, bindings: declared });
    else {
      frame.prefix = binding.prefix;
      frame.local = local;
      frame.pairs = namePairs;
      frame.bindings = declared;
    }
    this.#depth++;
    this.#rootSeen = true;
    if (empty) this.#pop();
    return p;
  }

  /** Surrogate pairs in `text[from, to)`. */
  #surrogatePairs(text: string, from: number, to: number): number {
    let pairs = 0;
    for (let i = from; i < to; i++) if ((text.charCodeAt(i) & 0xfc00) === 0xd800) pairs++;
    return pairs;
  }

  /** Undoes the namespace declarations of a tag that continues in the next chunk. */
  #undeclare(declared: number): number {
    this.#bindings.length = declared;
    return MORE;
  }

  #pop(): void {
    this.#depth--;
    const bindings = (this.#open[this.#depth] as OpenElement).bindings;
    if (this.#bindings.length !== bindings) this.#bindings.length = bindings;
    this.sink.close();
    if (this.#depth === 0) this.#rootClosed = true;
  }

  /** The binding of the prefix `text[start, colon)` of a name (the default namespace without colon). */
  #resolve(text: string, start: number, colon: number, line: number, column: number): Binding {
    const bindings = this.#bindings;
    const length = colon < 0 ? 0 : colon - start;
    for (let b = bindings.length - 1; b >= 0; b--) {
      const binding = bindings[b] as Binding;
      if (binding.prefix.length === length && (length === 0 || text.startsWith(binding.prefix, start))) {
        if (length > 0 && binding.uri === '') break;
        return binding;
      }
    }
    if (length === 0) return NO_NAMESPACE;
    return this.#failAt(line, column, `namespace prefix ${text.slice(start, colon)} is not declared`);
  }

  /** A namespace declaration `xmlns` / `xmlns:p` of the tag being read; returns what is wrong with it, or null. */
  #declare(qname: string, uri: string): string | null {
    const prefix = qname === 'xmlns' ? '' : qname.slice(6);
    if (prefix === 'xmlns') return 'the prefix xmlns cannot be declared';
    if (prefix === 'xml' ? uri !== XML_NAMESPACE : uri === XML_NAMESPACE)
      return `only the prefix xml is bound to ${XML_NAMESPACE}`;
    if (uri === XMLNS_NAMESPACE) return `no prefix can be bound to ${XMLNS_NAMESPACE}`;
    if (prefix !== '' && uri === '') return `the prefix ${prefix} cannot be undeclared`;
    this.#bindings.push({ prefix, uri });
    return null;
  }

  /** Prefixed attributes: their prefix is declared and no two have the same namespace and local name. */
  #checkAttributes(attributes: readonly Attribute[]): void {
    const expanded: string[] = [];
    for (const attribute of attributes) {
      const { qname, line, column } = attribute;
      const colon = qname.indexOf(':');
      if (colon < 0) continue;
      const { uri } = this.#resolve(qname, 0, colon, line, column);
      const name = `{${uri}}${qname.slice(colon + 1)}`;
      if (expanded.includes(name)) this.#failAt(line, column, `attribute ${name} appears twice`);
      expanded.push(name);
    }
  }

  /** Checks an attribute value in `[from, to)` and returns it normalised (entities decoded, whitespace as spaces). */
  #attributeValue(text: string, from: number, to: number): string {
    let plain = true;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === LT) this.#fail(i, "'<' is not allowed in an attribute value");
      if (c === AMP || c < SPACE) plain = false;
    }
    if (plain) {
      this.#chars(text, from, to);
      return text.slice(from, to);
    }
    let value = '';
    let start = from;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === AMP) {
        this.#chars(text, start, i);
        value += text.slice(start, i).replace(/\r\n|[\t\n\r]/g, ' ');
        const next = this.#entity(text, i, to, true);
        value += this.#entityText;
        start = next;
        i = next - 1;
      }
    }
    this.#chars(text, start, to);
    return value + text.slice(start, to).replace(/\r\n|[\t\n\r]/g, ' ');
  }

  #endTag(text: string, i: number, len: number): number {
    if (this.#depth === 0) this.#fail(i, 'an end tag without a start tag');
    const frame = this.#open[this.#depth - 1] as OpenElement;
    const { prefix, local, pairs } = frame;
    const localStart = i + 2 + (prefix === '' ? 0 : prefix.length + 1);
    const nameEnd = localStart + local.length;
    // Fast path: `</prefix:local>` exactly.
    if (
      text.charCodeAt(nameEnd) === GT &&
      text.startsWith(local, localStart) &&
      (prefix === '' || (text.charCodeAt(localStart - 1) === COLON && text.startsWith(prefix, i + 2)))
    ) {
      this.#pairs += pairs;
      this.#pop();
      return nameEnd + 1;
    }
    const end = this.#name(text, i + 2, len);
    if (end === MORE) return MORE;
    const p = this.#space(text, end, len);
    if (p >= len) return MORE;
    if (text.charCodeAt(p) !== GT) this.#fail(p, "an end tag ends with '>'");
    const expected = prefix === '' ? local : `${prefix}:${local}`;
    if (text.slice(i + 2, end) !== expected)
      this.#fail(i, `the end tag does not match the start tag <${expected}>`);
    this.#pop();
    return p + 1;
  }

  /** `<!--`, `<![CDATA[` or a refused `<!DOCTYPE` at `i`. */
  #declarationOrComment(text: string, i: number, len: number, final: boolean): number {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('--', i + 4);
      if (end < 0 || end + 2 >= len) return MORE;
      if (text.charCodeAt(end + 2) !== GT) this.#fail(end, "'--' is not allowed inside a comment");
      this.#chars(text, i + 4, end);
      return end + 3;
    }
    if (text.startsWith('<![CDATA[', i)) {
      if (this.#depth === 0) this.#fail(i, 'a CDATA section outside the root element');
      const end = text.indexOf(']]>', i + 9);
      if (end < 0) return MORE;
      this.#cdata(text, i + 9, end);
      return end + 3;
    }
    if (text.startsWith('<!DOCTYPE', i)) {
      throw new XmlSyntaxError(
        'doctype',
        this.line,
        this.#col(i),
        'a DOCTYPE is not allowed (no DTDs, no entities)',
      );
    }
    const seen = text.slice(i, i + 9);
    if (!final && seen.length < 9 && ['<!--', '<![CDATA[', '<!DOCTYPE'].some((s) => s.startsWith(seen)))
      return MORE;
    return this.#fail(i, "'<!' starts neither a comment nor a CDATA section");
  }

  /** The text of a CDATA section in `[from, to)`, delivered with normalised line ends. */
  #cdata(text: string, from: number, to: number): void {
    const line = this.line;
    this.#chars(text, from, to);
    let value = text.slice(from, to);
    if (line !== this.line) value = value.replace(/\r\n?/g, '\n');
    let blank = true;
    for (let i = 0; i < value.length && blank; i++) {
      const c = value.charCodeAt(i);
      blank = c === SPACE || c === TAB || c === LF;
    }
    if (value.length > 0) this.sink.characters(value, 0, value.length, blank);
  }

  /** A processing instruction `<?target …?>` other than the XML declaration. */
  #instruction(text: string, i: number, len: number): number {
    const nameEnd = this.#name(text, i + 2, len);
    if (nameEnd === MORE) return MORE;
    if (this.#colon >= 0) this.#fail(this.#colon, 'a processing instruction target has no colon');
    if (text.slice(i + 2, nameEnd).toLowerCase() === 'xml')
      this.#fail(i, 'the XML declaration is allowed only at the start of the document');
    const end = text.indexOf('?>', nameEnd);
    if (end < 0) return MORE;
    const c = text.charCodeAt(nameEnd);
    if (end !== nameEnd && c !== SPACE && c !== TAB && c !== LF && c !== CR)
      this.#fail(nameEnd, 'whitespace is required after a processing instruction target');
    this.#chars(text, nameEnd, end);
    return end + 2;
  }

  /** The XML declaration `<?xml …?>` at the start of the document. */
  #declaration(text: string, i: number): number {
    const end = text.indexOf('?>', i + 5);
    if (end < 0) return MORE;
    const content = text.slice(i + 5, end);
    const problem = checkDeclaration(content);
    if (problem !== null) this.#fail(i, problem);
    this.#chars(text, i + 5, end);
    return end + 2;
  }
}
