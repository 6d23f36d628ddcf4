/**
 * @module Keeps serialised API answers for the current data version (ETag): an answer depends only on the address
 * and the data, so while the ETag holds, the same address gets the same bytes without reading the cube again
 * (`/api/v1/goals` computes every node's status, hundreds of milliseconds on demo S). A new ETag empties it; the
 * least recently used answers go first when the bytes exceed the limit.
 */

export class AnswerCache {
  private version = '';
  private bytes = 0;
  private readonly answers = new Map<string, string>();

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  /** The answer to `url` under data version `etag`, if kept. */
  get(etag: string, url: string): string | undefined {
    if (etag !== this.version) return undefined;
    const body = this.answers.get(url);
    if (body !== undefined) {
      // Most recently used last.
      this.answers.delete(url);
      this.answers.set(url, body);
    }
    return body;
  }

  set(etag: string, url: string, body: string): void {
    if (etag !== this.version) {
      this.answers.clear();
      this.bytes = 0;
      this.version = etag;
    }
    if (body.length > this.maxBytes) return;
    const old = this.answers.get(url);
    if (old !== undefined) this.bytes -= old.length;
    this.answers.set(url, body);
    this.bytes += body.length;
    for (const [key, value] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(key);
      this.bytes -= value.length;
    }
  }
}
