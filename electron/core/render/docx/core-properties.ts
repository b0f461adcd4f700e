// docProps/core.xml written by hand: docx stamps its own clock into
// dcterms:created and dcterms:modified, and a pack must carry the time it was
// built (and come out the same when built again from the same data).
import type { DocumentInfo } from '../../documents/model';
import { escapeXml } from './text';

/** The path of the core properties part inside the package. */
export const CORE_PROPERTIES_PATH = 'docProps/core.xml';

/** The core properties part: title, subject, creator and the build time. */
export function corePropertiesXml(info: DocumentInfo, createdAt: Date): string {
  const when = Number.isNaN(createdAt.getTime()) ? new Date(0) : createdAt;
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string): string => (value.trim() === '' ? '' : `<${name}>${escapeXml(value)}</${name}>`);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', info.title),
    element('dc:subject', info.subject),
    element('dc:creator', info.author),
    element('cp:lastModifiedBy', info.author),
    '<dc:language>en-GB</dc:language>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
