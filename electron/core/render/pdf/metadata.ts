// Document information and its XMP copy. pdfkit pastes Title, Author and
// Subject into the XMP packet without escaping, so "Children & Families"
// would make the metadata stream invalid XML; we escape them for the XMP
// only, leaving the Info dictionary (a PDF string) as typed.
import type { DocumentInfo } from '../../documents/model';
import type { PdfDoc } from './pdfkit-types';
import { escapeXml } from '../xml';

const PRODUCT = 'Scrutiny Pack Builder';

/** The Info dictionary of a rendered document; both dates fixed by the caller so output is reproducible. */
export function documentInfo(info: DocumentInfo, createdAt: Date): Record<string, string | Date> {
  return {
    Title: clean(info.title) || 'Untitled document',
    Author: clean(info.author),
    Subject: clean(info.subject),
    Creator: PRODUCT,
    Producer: PRODUCT,
    CreationDate: createdAt,
    ModDate: createdAt,
  };
}

/** Makes pdfkit write the XMP packet from XML-escaped copies of the text fields. */
export function escapeXmpOnWrite(doc: PdfDoc): void {
  const addInfo = doc._addInfo.bind(doc);
  doc._addInfo = () => {
    const original = doc.info;
    const escaped: Record<string, unknown> = { ...original };
    for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer', 'Keywords']) {
      const value = original[key];
      if (typeof value === 'string') escaped[key] = escapeXml(value);
    }
    doc.info = escaped;
    try {
      addInfo();
    } finally {
      doc.info = original;
    }
  };
}

// Control characters are not allowed in XML at all, and line breaks do not belong in a title.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
