// Word files written part by part, so a test says exactly which XML Word
// would have written: the styles, lists and relationships a report uses,
// and the body under test.
import { makeZip, type ZipInput } from '../../helpers/files';

const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
].join(' ');

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Styles a report uses: headings, Title, a contents style, a bold paragraph style and a character style. */
export const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NAMESPACES}>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`;

/**
 * Lists: numId 1 is the report's numbering (1. / 1.1 / 1.1.1), 2 bullets, 3 and 5 an
 * ordered list sharing one definition ("1." then "(a)"), 4 the same restarted at 1.
 */
export const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NAMESPACES}>
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="30"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>`;

export type WordFileOptions = {
  /** Extra relationships of the main part: id → [type, target, isExternal]. */
  relationships?: Record<string, [string, string, boolean?]>;
  /** Files under word/media/. */
  media?: Record<string, Uint8Array>;
  /** The title in the file's properties. */
  propertiesTitle?: string;
  /** Entries declared larger than they are (a zip bomb's trick). */
  declaredSizes?: Record<string, number>;
};

/** A paragraph: text runs with an optional style and list place. */
export function para(text: string, options: { style?: string; numId?: number; level?: number; runProperties?: string } = {}): string {
  const properties = [
    options.style === undefined ? '' : `<w:pStyle w:val="${options.style}"/>`,
    options.numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${options.level ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>`,
  ].join('');
  const run = text === '' ? '' : `<w:r>${options.runProperties === undefined ? '' : `<w:rPr>${options.runProperties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}${run}</w:p>`;
}

/** A Word file whose body is `body` (XML inside w:body), with the styles and lists above. */
export function wordFile(body: string, options: WordFileOptions = {}): Buffer {
  const relationships = Object.entries({
    rIdStyles: [`${REL}/styles`, 'styles.xml'],
    rIdNumbering: [`${REL}/numbering`, 'numbering.xml'],
    ...options.relationships,
  } as Record<string, [string, string, boolean?]>)
    .map(([id, [type, target, isExternal]]) => `<Relationship Id="${id}" Type="${type.includes('/') ? type : `${REL}/${type}`}" Target="${target}"${isExternal === true ? ' TargetMode="External"' : ''}/>`)
    .join('');
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${options.propertiesTitle ?? ''}</dc:title><dc:creator>Castlemere Council</dc:creator></cp:coreProperties>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
  };
  for (const [name, data] of Object.entries(options.media ?? {})) files[`word/media/${name}`] = data;
  const entries: ZipInput[] = Object.entries(files).map(([name, content]) => ({ name, content, ...(options.declaredSizes?.[name] === undefined ? {} : { declaredSize: options.declaredSizes[name] }) }));
  return makeZip(entries);
}

/** An inline picture (DrawingML) pointing at a relationship, `widthPx` wide. */
export function picture(relationshipId: string, options: { widthPx?: number; alt?: string; isLinked?: boolean } = {}): string {
  const emu = (options.widthPx ?? 100) * 9525;
  const blip = options.isLinked === true ? `<a:blip r:link="${relationshipId}"/>` : `<a:blip r:embed="${relationshipId}"/>`;
  return `<w:r><w:drawing><wp:inline><wp:extent cx="${emu}" cy="${emu / 2}"/><wp:docPr id="1" name="Picture 1" descr="${options.alt ?? ''}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill>${blip}</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}
