/** @module Test helper: a multipart/form-data body as a browser sends it (fields, then files), for `inject` and `fetch`. */

export interface MultipartFile {
  readonly name: string;
  readonly content: Buffer | string;
  readonly field?: string;
}

export function multipartBody(
  files: readonly MultipartFile[],
  fields: Record<string, string> = {},
): { payload: Buffer; contentType: string } {
  const boundary = '----msd-test-boundary-7f3a';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'bestanden'}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
