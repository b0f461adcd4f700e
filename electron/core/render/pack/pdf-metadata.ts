// The pack's metadata: document information, the language, the title shown
// in the viewer's title bar, and the same facts as XMP (which PDF/UA asks
// for). Values are XML-escaped: a title such as "Schools & Academies" must
// not break the metadata stream.
import { PDFName, type PDFDocument } from 'pdf-lib';
import { escapeXml } from '../xml';

export type PackMetadata = {
  title: string;
  author: string;
  subject: string;
  createdAt: Date;
  /** Claim PDF/UA-1 only when every page's content is tagged by us. */
  isPdfUa: boolean;
};

const APP = 'Scrutiny Pack Builder';

/** Sets document information, language and XMP metadata on a pack. */
export function writeMetadata(pack: PDFDocument, metadata: PackMetadata): void {
  pack.setTitle(metadata.title, { showInWindowTitleBar: true });
  pack.setAuthor(metadata.author);
  pack.setSubject(metadata.subject);
  pack.setCreator(APP);
  pack.setProducer(APP);
  pack.setCreationDate(metadata.createdAt);
  pack.setModificationDate(metadata.createdAt);
  pack.setLanguage('en-GB');
  // As UTF-8 bytes: given a string, pdf-lib keeps only the low byte of each character, which turned
  // the en dash of every pack title into a control character and made the whole packet unreadable.
  const xmp = pack.context.stream(new TextEncoder().encode(xmpPacket(metadata)), { Type: 'Metadata', Subtype: 'XML' });
  pack.catalog.set(PDFName.of('Metadata'), pack.context.register(xmp));
}

function xmpPacket(metadata: PackMetadata): string {
  const date = metadata.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const ua = metadata.isPdfUa ? `\n   <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>` : '';
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
   <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:format>application/pdf</dc:format>
    <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(metadata.title)}</rdf:li></rdf:Alt></dc:title>
    <dc:creator><rdf:Seq><rdf:li>${escapeXml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>
    <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(metadata.subject)}</rdf:li></rdf:Alt></dc:description>
    <dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>
   </rdf:Description>
   <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
    <xmp:CreatorTool>${APP}</xmp:CreatorTool>
    <xmp:CreateDate>${date}</xmp:CreateDate>
    <xmp:ModifyDate>${date}</xmp:ModifyDate>
    <pdf:Producer>${APP}</pdf:Producer>
   </rdf:Description>${ua}
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

