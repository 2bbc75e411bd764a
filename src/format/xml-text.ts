/**
 * Text made safe for XML 1.0. Characters XML 1.0 forbids outright (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) cannot even be written as
 * references, so they become U+FFFD.
 */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function replaceInvalid(text: string): string {
  return text.replace(INVALID_XML_CHARS, '\uFFFD');
}

/** For element content: `]]>` is harmless once `>` is escaped. */
export function escapeXmlText(text: string): string {
  return replaceInvalid(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** For a double-quoted attribute: line breaks and tabs as references, or parsers turn them into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');
}
