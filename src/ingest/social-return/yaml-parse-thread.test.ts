import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exampleFiles } from '../../catalogue/social-return-examples.ts';
import { parseYamlOffThread, WORKER_THRESHOLD_BYTES } from './yaml-parse-thread.ts';

describe('YAML parsed off the main thread', () => {
  it('gives a large example the same value as parsing it here', async () => {
    const text = await readFile(exampleFiles('overbetuwe')[0]!, 'utf8');
    expect(text.length).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    expect(await parseYamlOffThread(text)).toEqual(parse(text));
  });

  it('rejects unreadable YAML with the parser’s message, on the worker and on this thread', async () => {
    const bad = `analyse: [\n${'# vulling\n'.repeat(2000)}`;
    expect(bad.length).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    await expect(parseYamlOffThread(bad)).rejects.toThrow(/Missing closing|Unexpected|flow/i);
    await expect(parseYamlOffThread('analyse: [')).rejects.toThrow(/Missing closing|Unexpected|flow/i);
  });
});
