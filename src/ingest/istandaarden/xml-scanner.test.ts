/**
 * @module Tests for the XML scanner: the element stream and parser events recorded from the saxes-based parser on
 * real messages, the same events whatever the chunk boundaries, and each refusal with its code and position.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { needsShared, sharedPath } from '../../../test/helpers/shared-folder.ts';
import type { IstandaardEvent, ProblemEvent } from './istandaard-events.ts';
import { parseIstandaardMessage } from './message-parser.ts';
import { MAX_MARKUP, XmlScanner, XmlSyntaxError } from './xml-scanner.ts';

const SAMPLES = sharedPath('istandaarden', 'jw', 'berichten');
const samples = needsShared(
  'the official iJw samples recorded in xml-scanner.golden.json (istandaarden/jw/berichten)',
);
const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/istandaarden/', import.meta.url));
/** The project's own valid iJw and iWmo messages (not in the golden file: checked against their own one-chunk run). */
const MESSAGES = join(FIXTURES, 'berichten');
/** Golden documents that are official samples (JWnnn.xml), read only from ../shared. */
const isOfficial = (name: string): boolean => /^JW\d{3}\.xml$/.test(name);

/**
 * Recorded with saxes 6 (the parser before ADR 0004): `documents` made for this test, `traces` the element stream
 * of each document (`< {uri}local @line:column` at a start tag, `> "text"` with the element's own text at its
 * end), `events` what parseIstandaardMessage yielded for each file.
 */
interface Golden {
  readonly documents: Record<string, string>;
  readonly traces: Record<string, string[]>;
  readonly events: Record<string, IstandaardEvent[]>;
}
const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, 'xml-scanner.golden.json'), 'utf8'),
) as Golden;

/** The document `name`: made for this test, an official sample (null without ../shared), or a test fixture. */
function documentBytes(name: string): Buffer | null {
  const made = golden.documents[name];
  if (made !== undefined) return Buffer.from(made);
  if (isOfficial(name)) return samples.absent ? null : readFileSync(join(SAMPLES, name));
  return existsSync(join(FIXTURES, name)) ? readFileSync(join(FIXTURES, name)) : null;
}

/** The scanner's element stream in the golden format, for text fed in `chunks` (throws what the scanner throws). */
function trace(chunks: readonly string[]): string[] {
  const out: string[] = [];
  const texts: string[] = [];
  const scanner = new XmlScanner({
    open(uri, source, start, end, line, column) {
      const local = source.slice(start, end);
      out.push(`< {${uri}}${local} @${line}:${column}`);
      texts.push('');
      return local;
    },
    characters(source, start, end) {
      texts.push(`${texts.pop() ?? ''}${source.slice(start, end)}`);
    },
    close() {
      out.push(`> ${JSON.stringify(texts.pop())}`);
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return out;
}

async function collect(events: AsyncIterable<IstandaardEvent>): Promise<IstandaardEvent[]> {
  const all: IstandaardEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

/** A small seeded generator (mulberry32): the same splits on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `whole` cut at random places into pieces of 1 to `longest` units. */
function split<T extends string | Buffer>(whole: T, next: () => number, longest: number): T[] {
  const pieces: T[] = [];
  for (let at = 0; at < whole.length;) {
    const end = Math.min(whole.length, at + 1 + Math.floor(next() * longest));
    pieces.push((typeof whole === 'string' ? whole.slice(at, end) : whole.subarray(at, end)) as T);
    at = end;
  }
  return pieces;
}

/** Where the events differ from those recorded, on purpose. */
const IMPROVED: Record<string, (events: IstandaardEvent[]) => IstandaardEvent[]> = {
  // saxes was asked to refuse a DOCTYPE before it saw it, at the position of the chunk that contained it (1:1);
  // the scanner reports where `<!DOCTYPE` starts.
  'billion-laughs.xml': (events) => events.map((e) => ({ ...e, position: '3:1' })),
};
/** The recorded (English) problem reasons and the Dutch reasons the parser gives now. */
const DUTCH_REASONS: Record<string, string> = {
  'a DOCTYPE is not allowed (no DTDs, no entities)':
    "een DOCTYPE is niet toegestaan (geen DTD's, geen entiteiten)",
  'Begindatum 2027-06-31 is not a real calendar date': 'Begindatum is geen geldige datum: 2027-06-31',
  'BSN 999900007 fails the eleven-test': 'BSN voldoet niet aan de elfproef',
  'the message ends before its root element is closed':
    'het bericht eindigt voordat het rootelement is gesloten',
  'ProductCategorie 45 is not in code list WMO020': 'ProductCategorie staat niet in codelijst WMO020: 45',
  'TotaalIngediendBedrag 48000 differs from the sum of the Prestaties 108000':
    'TotaalIngediendBedrag wijkt af van de som van de Prestaties',
  'root element {http://www.istandaarden.nl/ijw/3_1/jw301/schema}Bericht is not an iJw or iWmo 3.2 message':
    'rootelement {http://www.istandaarden.nl/ijw/3_1/jw301/schema}Bericht is geen iJw- of iWmo 3.2-bericht',
};
const inDutch = (event: IstandaardEvent): IstandaardEvent =>
  event.kind === 'problem' ? { ...event, reason: DUTCH_REASONS[event.reason] ?? event.reason } : event;
const expectedEvents = (name: string): IstandaardEvent[] => {
  const recorded = (golden.events[name] ?? []).map(inDutch);
  return IMPROVED[name]?.(recorded) ?? recorded;
};

const traced = Object.keys(golden.traces).filter((name) => documentBytes(name) !== null);
const parsed = Object.keys(golden.events).filter((name) => documentBytes(name) !== null);

describe('XmlScanner on real messages', () => {
  it('reads every document made for this test and every recorded test fixture', () => {
    const recorded = [...new Set([...Object.keys(golden.traces), ...Object.keys(golden.events)])];
    const missing = recorded.filter((name) => documentBytes(name) === null);
    // Only the official samples may be missing, and only when ../shared is absent.
    expect(missing).toEqual(samples.absent ? recorded.filter(isOfficial) : []);
    expect(traced).toEqual(expect.arrayContaining(Object.keys(golden.documents)));
  });

  it.skipIf(samples.absent)(
    samples.title('reads the 12 official samples recorded in the golden file'),
    () => {
      expect(traced.filter(isOfficial)).toHaveLength(12);
      expect(parsed.filter(isOfficial)).toHaveLength(12);
    },
  );

  it.each(traced)('gives the element stream saxes gave for %s', (name) => {
    const text = (documentBytes(name) as Buffer).toString('utf8');
    expect(trace([text])).toEqual(golden.traces[name]);
  });

  it.each(parsed)('makes the parser yield the events recorded before for %s', async (name) => {
    const events = await collect(parseIstandaardMessage([documentBytes(name) as Buffer], name));
    expect(events).toEqual(expectedEvents(name));
  });
});

describe('XmlScanner on chunks cut anywhere', () => {
  it.each(traced)('gives the same element stream for 25 random string splits of %s', (name) => {
    const text = (documentBytes(name) as Buffer).toString('utf8');
    const next = random(name.length);
    for (let run = 0; run < 25; run++) {
      expect(trace(split(text, next, 1 + run * 3))).toEqual(golden.traces[name]);
    }
  });

  it.each(parsed)('yields the same events for 25 random byte splits of %s', async (name) => {
    const bytes = documentBytes(name) as Buffer;
    const next = random(bytes.length);
    for (let run = 0; run < 25; run++) {
      const events = await collect(parseIstandaardMessage(split(bytes, next, 1 + run * 3), name));
      expect(events).toEqual(expectedEvents(name));
    }
  });

  it('keeps a CR LF, a surrogate pair, an entity and a "]]>" check intact across every string boundary', () => {
    const text = '<a>x\r\ny😀&amp;]]]&#x42;</a>';
    const whole = trace([text]);
    expect(whole).toEqual(['< {}a @1:1', '> "x\\ny😀&]]]B"']);
    for (let at = 1; at < text.length; at++) {
      expect(trace([text.slice(0, at), text.slice(at)])).toEqual(whole);
    }
  });
});

const own = readdirSync(MESSAGES).sort();

describe("XmlScanner on the project's own iJw and iWmo messages", () => {
  it.each(own)('gives the element stream of %s in one chunk, rooted in its namespace', (name) => {
    const whole = trace([readFileSync(join(MESSAGES, name), 'utf8')]);
    const [, law, type] = /^(JW|WMO)(\d{3})\.xml$/.exec(name) ?? [];
    const uri = law === 'JW' ? `ijw/3_2/jw${type}` : `iwmo/3_2/wmo${type}`;
    // Line 1 is the XML declaration, then the explaining comment, then the root element.
    expect(whole[0]).toMatch(
      new RegExp(`^< \\{http://www\\.istandaarden\\.nl/${uri}/schema\\}Bericht @\\d+:1$`),
    );
    expect(whole.filter((step) => step.startsWith('<'))).toHaveLength(whole.length / 2);
  });

  it.each(own)('gives the same element stream for 25 random string splits of %s', (name) => {
    const text = readFileSync(join(MESSAGES, name), 'utf8');
    const whole = trace([text]);
    const next = random(name.length);
    for (let run = 0; run < 25; run++) expect(trace(split(text, next, 1 + run * 3))).toEqual(whole);
  });

  it.each(own)('yields the same events for 25 random byte splits of %s', async (name) => {
    const bytes = readFileSync(join(MESSAGES, name));
    const whole = await collect(parseIstandaardMessage([bytes], name));
    expect(whole.filter((e) => e.kind === 'problem')).toEqual([]);
    const next = random(bytes.length);
    for (let run = 0; run < 25; run++) {
      expect(await collect(parseIstandaardMessage(split(bytes, next, 1 + run * 3), name))).toEqual(whole);
    }
  });
});

/** The element stream, or the error with its position. */
function outcome(chunks: readonly string[]): string[] | string {
  try {
    return trace(chunks);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return `${error.code} at ${error.line}:${error.column}: ${error.message}`;
  }
}

/** Fragments that make a real message not well-formed, or well-formed in another way, when inserted. */
const MUTATIONS = [
  '<',
  '>',
  '&',
  ';',
  '"',
  "'",
  '/',
  '=',
  ':',
  '!',
  '-',
  ']',
  ']]>',
  'x',
  ' ',
  '\r',
  '\n',
  '&amp;',
  '&#65;',
  '&#0;',
  '<!--',
  '-->',
  '<![CDATA[',
  '<?',
  '?>',
  'xmlns:q="urn:q"',
  'q:',
  '\u0001',
  '😀',
  'é',
  '<a>',
  '</a>',
  '<!DOCTYPE a>',
  'xmlns=""',
  'a="1"',
];

describe('XmlScanner on mutated messages', () => {
  it('gives the same element stream, or the same error at the same position, whatever the chunks (3,000 mutants)', () => {
    const next = random(4242);
    // The recorded documents (without ../shared: no official samples) and the project's own messages.
    const documents = [
      ...traced.map((name) => (documentBytes(name) as Buffer).toString('utf8')),
      ...own.map((name) => readFileSync(join(MESSAGES, name), 'utf8')),
    ];
    let refused = 0;
    for (let run = 0; run < 3000; run++) {
      let text = documents[Math.floor(next() * documents.length)] as string;
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * text.length);
        const kind = next();
        if (kind < 0.35) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
        else if (kind < 0.85)
          text =
            text.slice(0, at) + (MUTATIONS[Math.floor(next() * MUTATIONS.length)] ?? '') + text.slice(at);
        else text = text.slice(0, at);
      }
      const whole = outcome([text]);
      if (typeof whole === 'string') refused++;
      expect(outcome(split(text, next, 8))).toEqual(whole);
    }
    // Most mutants are refused; the comparison above covered both kinds.
    expect(refused).toBeGreaterThan(2000);
    expect(refused).toBeLessThan(3000);
  });
});

const JW301 = 'xmlns:x="http://www.istandaarden.nl/ijw/3_2/jw301/schema"';
const ROOT = `<x:Bericht ${JW301}>`;

/** The one fatal problem of `xml` (fed in one chunk, or in the chunks given). */
async function fatal(xml: string | string[]): Promise<ProblemEvent> {
  const events = await collect(parseIstandaardMessage(typeof xml === 'string' ? [xml] : xml, 'bad.xml'));
  expect(events).toHaveLength(1);
  const [problem] = events;
  expect(problem).toMatchObject({ kind: 'problem', fatal: true });
  return problem as ProblemEvent;
}

describe('XmlScanner refusals', () => {
  it.each([
    ['a mismatched end tag', `${ROOT}<x:Header></x:Client></x:Bericht>`, '1:80', 'does not match'],
    ['an end tag with another prefix', `${ROOT}<x:Header></y:Header></x:Bericht>`, '1:80', 'does not match'],
    ['an end tag at the top', `</x:Bericht>`, '1:1', 'without a start tag'],
    ['an unquoted attribute value', `<x:Bericht ${JW301} a=1/>`, '1:72', 'must be quoted'],
    ['an attribute without value', `<x:Bericht ${JW301} a/>`, '1:71', "no '='"],
    ['attributes without whitespace', `<x:Bericht ${JW301} a="1"b="2"/>`, '1:75', 'whitespace is required'],
    ['a duplicate attribute', `<x:Bericht ${JW301} a="1" a="2"/>`, '1:76', 'appears twice'],
    [
      'a duplicate expanded attribute',
      `<x:Bericht ${JW301} xmlns:y="urn:y" xmlns:z="urn:y" y:a="1" z:a="2"/>`,
      '1:110',
      'appears twice',
    ],
    ["'<' in an attribute value", `<x:Bericht ${JW301} a="<"/>`, '1:73', "'<' is not allowed"],
    ['an undeclared element prefix', `${ROOT}<y:Header/></x:Bericht>`, '1:70', 'prefix y is not declared'],
    ['an undeclared attribute prefix', `<x:Bericht ${JW301} y:a="1"/>`, '1:70', 'prefix y is not declared'],
    ['a prefix declared empty', `<x:Bericht ${JW301} xmlns:y=""/>`, '1:70', 'cannot be undeclared'],
    ['the xml prefix rebound', `<x:Bericht ${JW301} xmlns:xml="urn:x"/>`, '1:70', 'only the prefix xml'],
    [
      'an undefined entity',
      `${ROOT}<x:Header>&nbsp;</x:Header></x:Bericht>`,
      '1:80',
      'undefined entity &nbsp;',
    ],
    ['a bare ampersand', `${ROOT}<x:Header>a & b</x:Header></x:Bericht>`, '1:82', "an '&' must start"],
    [
      'a reference to a forbidden character',
      `${ROOT}<x:Header>&#0;</x:Header></x:Bericht>`,
      '1:80',
      'not a reference',
    ],
    [
      'a control character',
      `${ROOT}<x:Header>\u0001</x:Header></x:Bericht>`,
      '1:80',
      'U+0001 is not allowed',
    ],
    ["']]>' in text", `${ROOT}<x:Header>a]]>b</x:Header></x:Bericht>`, '1:81', "']]>' is not allowed"],
    ["'--' in a comment", `${ROOT}<!-- a -- b --></x:Bericht>`, '1:77', "'--' is not allowed"],
    ['text before the root', `hello${ROOT}</x:Bericht>`, '1:1', 'text outside the root'],
    ['text after the root', `${ROOT}</x:Bericht>\n x`, '2:2', 'text outside the root'],
    ['a second root element', `${ROOT}</x:Bericht><x:Bericht/>`, '1:82', 'only one root element'],
    ['a CDATA section outside the root', `<![CDATA[x]]>${ROOT}</x:Bericht>`, '1:1', 'CDATA section outside'],
    [
      'an XML declaration after the start',
      ` <?xml version="1.0"?>${ROOT}</x:Bericht>`,
      '1:2',
      'only at the start',
    ],
    [
      'a malformed XML declaration',
      `<?xml encoding="UTF-8"?>${ROOT}</x:Bericht>`,
      '1:1',
      'declaration is malformed',
    ],
    ['a name with two colons', `${ROOT}<x:a:b/></x:Bericht>`, '1:74', 'at most one colon'],
    ['a name that starts with a digit', `${ROOT}<1a/></x:Bericht>`, '1:71', 'a name is expected'],
    [
      'an unpaired surrogate',
      `${ROOT}<x:Header>\ud800x</x:Header></x:Bericht>`,
      '1:80',
      'unpaired surrogate',
    ],
    ["'<!' that starts nothing known", `${ROOT}<!ELEMENT x></x:Bericht>`, '1:70', "'<!' starts neither"],
  ])('refuses %s as not well-formed, at its line:column', async (_what, xml, position, reason) => {
    const problem = await fatal(xml);
    expect(problem).toMatchObject({ code: 'not-well-formed', position });
    // The scanner's own (English) message, after a Dutch lead-in with file and position.
    expect(problem.reason.startsWith(`XML is niet goed gevormd: bad.xml:${position}: `)).toBe(true);
    expect(problem.reason).toContain(reason);
  });

  it('refuses a DOCTYPE at its position, also when it arrives one character at a time', async () => {
    const xml = `<?xml version="1.0"?>\n  <!DOCTYPE x [<!ENTITY a "${'b'.repeat(1000)}">]>${ROOT}</x:Bericht>`;
    const expected = {
      code: 'doctype',
      element: '!DOCTYPE',
      position: '2:3',
      reason: "een DOCTYPE is niet toegestaan (geen DTD's, geen entiteiten)",
    };
    expect(await fatal(xml)).toMatchObject(expected);
    expect(await fatal(xml.split(''))).toMatchObject(expected);
  });

  it('counts characters, not UTF-16 units, in columns and counts every kind of line end', async () => {
    const problem = await fatal(`${ROOT}\r\n<!-- 😀\r -->\n<x:Header>😀😀</y:Header></x:Bericht>`);
    expect(problem).toMatchObject({ code: 'not-well-formed', position: '4:13' });
  });

  it('counts a character outside the BMP in a name as one column, in start and end tags', () => {
    const text = '<a>\n<😀b></😀b><😀b/><c/>\n</a>';
    const expected = [
      '< {}a @1:1',
      '< {}😀b @2:1',
      '> ""',
      '< {}😀b @2:10',
      '> ""',
      '< {}c @2:15',
      '> ""',
      '> "\\n\\n"',
    ];
    expect(trace([text])).toEqual(expected);
    expect(trace(text.split(''))).toEqual(expected);
  });

  it('refuses markup longer than MAX_MARKUP instead of holding it, whatever the chunks', async () => {
    const value = 'v'.repeat(MAX_MARKUP + 10);
    const xml = `<x:Bericht ${JW301} a="${value}"/>`;
    const chunks = split(xml, random(1), 65536);
    const problem = await fatal(chunks);
    expect(problem).toMatchObject({ code: 'not-well-formed', position: '1:1' });
    expect(problem.reason).toContain('markup longer than');
    const comment = await fatal([ROOT, '<!--', ...split('c'.repeat(MAX_MARKUP + 10), random(2), 65536)]);
    expect(comment.reason).toContain('markup longer than');
  });

  it('streams a 20 MB text in bounded memory and keeps at most MAX_TEXT characters of it', async () => {
    const before = process.memoryUsage().heapUsed;
    const piece = 'a'.repeat(65536);
    async function* chunks(): AsyncGenerator<string> {
      yield `${ROOT}<x:Header><x:Afzender>`;
      for (let i = 0; i < 320; i++) yield piece;
      yield '</x:Afzender></x:Header></x:Bericht>';
    }
    const events = await collect(parseIstandaardMessage(chunks(), 'long.xml'));
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(40 * 1024 * 1024);
    expect(events.at(-1)).toMatchObject({ kind: 'problem', fatal: true });
  });

  it('matches elements on the namespace URI: a default namespace works like a prefix', async () => {
    const xml = '<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo302/schema"><Header/></Bericht>';
    expect(await collect(parseIstandaardMessage([xml], 'default.xml'))).toEqual([
      { kind: 'skipped', law: 'support', messageType: '302' },
    ]);
  });
});
