/** @module Tests for reading messages from a file, a folder and a zip archive. */
import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IstandaardEvent } from './istandaard-events.ts';
import { listMessageEntries, parseIstandaardFile } from './message-source.ts';
import { parseIstandaardMessage } from './message-parser.ts';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'istandaarden');

async function kinds(events: AsyncIterable<IstandaardEvent>): Promise<string[]> {
  const all: string[] = [];
  for await (const event of events) all.push(event.kind);
  return all;
}

describe('listMessageEntries', () => {
  it('yields the .xml entries of a zip archive with their names, readable one after the other', async () => {
    const seen: [string, number, string[]][] = [];
    for await (const entry of listMessageEntries(join(FIXTURES, 'messages.zip'))) {
      seen.push([entry.name, entry.size, await kinds(parseIstandaardMessage(entry.read(), entry.name))]);
    }
    expect(seen.map(([name]) => name)).toEqual([
      'batch/impossible-date-305.xml',
      'batch/unknown-category-wmo323.xml',
    ]);
    expect(seen[0]?.[1]).toBeGreaterThan(1000);
    expect(seen[0]?.[2]).toEqual(['header', 'problem', 'start', 'end']);
    expect(seen[1]?.[2]).toEqual([
      'header',
      'declaration',
      'claimLine',
      'problem',
      'claimLine',
      'problem',
      'end',
    ]);
  });

  it('yields the .xml files of a folder in name order, ignoring other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msd-msgs-'));
    copyFileSync(join(FIXTURES, 'invalid-bsn-301.xml'), join(dir, 'b.xml'));
    copyFileSync(join(FIXTURES, 'truncated-323.xml'), join(dir, 'a.XML'));
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const names: string[] = [];
    for await (const entry of listMessageEntries(dir)) names.push(entry.name);
    expect(names).toEqual(['a.XML', 'b.xml']);
  });

  it('treats a single file as one entry and refuses entries above the size limit', async () => {
    const file = join(FIXTURES, 'invalid-bsn-301.xml');
    const entries: string[] = [];
    for await (const entry of listMessageEntries(file)) entries.push(entry.name);
    expect(entries).toEqual(['invalid-bsn-301.xml']);
    const tooBig = async () => {
      for await (const entry of listMessageEntries(join(FIXTURES, 'messages.zip'), { maxEntryBytes: 100 }))
        void entry;
    };
    await expect(tooBig()).rejects.toThrow(/^batch\/impossible-date-305\.xml is groter dan 100 bytes$/);
  });
});

describe('parseIstandaardFile', () => {
  it('streams a file from disk', async () => {
    expect(await kinds(parseIstandaardFile(join(FIXTURES, 'invalid-bsn-301.xml')))).toEqual([
      'header',
      'problem',
      'end',
    ]);
  });
});
