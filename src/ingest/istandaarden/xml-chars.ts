/** @module XML 1.0 (fifth edition) character classes, predefined entities and the XML declaration check used by xml-scanner.ts. */

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** ASCII name characters: 2 = may start a name, 1 = may continue one (the colon is handled by the scanner). */
export const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  const other = (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
  ASCII_NAME[c] = letter ? 2 : other ? 1 : 0;
}

/** NameStartChar without the colon (a code point). */
export function isNameStartChar(code: number): boolean {
  if (code < 0x80) return ASCII_NAME[code] === 2;
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    (code >= 0x200c && code <= 0x200d) ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0xeffff)
  );
}

/** NameChar without the colon (a code point). */
export function isNameChar(code: number): boolean {
  if (code < 0x80) return ASCII_NAME[code] !== 0;
  return (
    isNameStartChar(code) ||
    code === 0xb7 ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x203f && code <= 0x2040)
  );
}

/** The text of one of the five predefined entities, or null (no other entity exists without a DTD). */
export function predefinedEntity(name: string): string | null {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'apos':
      return "'";
    case 'quot':
      return '"';
    default:
      return null;
  }
}

const S = '[ \\t\\r\\n]';
const DECLARATION = new RegExp(
  `^${S}+version${S}*=${S}*(?:"1\\.[0-9]+"|'1\\.[0-9]+')` +
    `(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?` +
    `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*$`,
);

/** What is wrong with the content of an XML declaration (between `<?xml` and `?>`), or null. */
export function checkDeclaration(content: string): string | null {
  return DECLARATION.test(content) ? null : 'the XML declaration is malformed';
}
