// Text as XML can hold it, for the parts of PDF and Word files we write by
// hand (XMP metadata, core properties). XML 1.0 forbids most control
// characters and lone surrogates; one of them makes a reader refuse the file.

const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with every character XML 1.0 cannot hold removed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHARACTER, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML element or attribute written by hand. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}
