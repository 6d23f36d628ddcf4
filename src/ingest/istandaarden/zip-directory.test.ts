/** @module Tests for reading a zip archive's entries in memory. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeflateWorker } from '../../demo/deflate-worker.ts';
import { ZipFileWriter } from '../../demo/zip-file-writer.ts';
import { zipDirectory } from './zip-directory.ts';

const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'istandaarden');

async function writtenZip(entries: Record<string, string>): Promise<Buffer> {
  const path = join(mkdtempSync(join(tmpdir(), 'msd-zipdir-')), 'a.zip');
  const deflater = new DeflateWorker();
  const zip = new ZipFileWriter(path, deflater);
  for (const [name, text] of Object.entries(entries)) zip.add(name, text);
  await zip.close();
  await deflater.close();
  return readFileSync(path);
}

describe('zipDirectory', () => {
  it('lists the entries in archive order and inflates each to its original text', async () => {
    const big = '<a>'.padEnd(300_000, 'x');
    const entries = zipDirectory(await writtenZip({ 'one.xml': '<één/>', 'sub/two.xml': big }));
    expect(entries?.map((e) => [e.name, e.size])).toEqual([
      ['one.xml', Buffer.byteLength('<één/>')],
      ['sub/two.xml', 300_000],
    ]);
    expect(entries?.[0]?.inflate().toString('utf8')).toBe('<één/>');
    expect(entries?.[1]?.inflate().toString('utf8')).toBe(big);
  });

  it('reads the entries of an archive made by another zip tool', () => {
    const entries = zipDirectory(readFileSync(join(FIXTURES, 'messages.zip')));
    const xml = entries?.filter((e) => e.name.endsWith('.xml')) ?? [];
    expect(xml.map((e) => e.name)).toEqual([
      'batch/impossible-date-305.xml',
      'batch/unknown-category-wmo323.xml',
    ]);
    expect(xml[0]?.inflate().toString('utf8')).toContain('<?xml');
  });

  it('refuses an entry whose inflated size differs from the declared size', async () => {
    const zip = await writtenZip({ 'a.xml': '<a>hello</a>' });
    // Declared size in the central directory: lie by one byte.
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(zip.readUInt32LE(central + 24) + 1, central + 24);
    expect(() => zipDirectory(zip)?.[0]?.inflate()).toThrow(
      /^a\.xml: uitgepakte grootte 12 wijkt af van de opgegeven 13$/,
    );
  });

  it('leaves archives it cannot read exactly to the streaming reader (null)', async () => {
    const zip = await writtenZip({ 'a.xml': '<a/>' });
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(central + 8) | 1, central + 8);
    expect(zipDirectory(encrypted)).toBeNull();
    const otherMethod = Buffer.from(zip);
    otherMethod.writeUInt16LE(12, central + 10);
    expect(zipDirectory(otherMethod)).toBeNull();
    expect(zipDirectory(Buffer.from('not a zip at all, just some text'))).toBeNull();
  });
});
