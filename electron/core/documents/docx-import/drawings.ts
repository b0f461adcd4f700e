// Pictures as the body walk meets them: a DrawingML drawing (Word 2007 on),
// an old VML picture, or an embedded object's preview. The walk hands each
// part to onDrawingPart; when the drawing closes, picturesOf says what stood
// there: embedded pictures (by relationship), a linked picture, or a chart.
import { attribute } from '../../import/readers/xml';
import type { PictureReference } from './word-model';

/** What is known of the drawing being walked; `depth` counts nested drawing elements (an object holding a picture). */
export type Drawing = { depth: number; blips: string[]; widthPx: number | undefined; alt: string; isLinked: boolean; isChart: boolean };

const EMU_PER_PIXEL = 9525;

/** Follows a picture, chart or old-style (VML) shape through its parts. */
export function onDrawingPart(name: string, attributes: string, isSelfClosing: boolean, drawing: Drawing | undefined): Drawing | undefined {
  if (name === 'w:drawing' || name === 'w:pict' || name === 'w:object') {
    if (isSelfClosing) return drawing;
    const current = drawing ?? { depth: 0, blips: [], widthPx: undefined, alt: '', isLinked: false, isChart: false };
    current.depth += 1;
    return current;
  }
  if (drawing === undefined) return drawing;
  switch (name) {
    case 'wp:extent': {
      const width = Number(attribute(attributes, 'cx'));
      if (Number.isFinite(width) && width > 0) drawing.widthPx = Math.round(width / EMU_PER_PIXEL);
      break;
    }
    case 'wp:docPr':
    case 'pic:cNvPr':
      // Word writes the description on the drawing and again on the picture; some tools fill only one.
      drawing.alt ||= (attribute(attributes, 'descr') ?? '').trim() || (attribute(attributes, 'title') ?? '').trim();
      break;
    case 'a:graphicData':
      if (/\/(chart|chartex|diagram)$/i.test(attribute(attributes, 'uri') ?? '')) drawing.isChart = true;
      break;
    case 'a:blip':
    case 'v:imagedata': {
      const embedded = attribute(attributes, 'r:embed') ?? attribute(attributes, 'r:id');
      if (embedded !== undefined && embedded !== '') drawing.blips.push(embedded);
      else if (attribute(attributes, 'r:link') !== undefined) drawing.isLinked = true;
      if (name === 'v:imagedata' && drawing.alt === '') drawing.alt = (attribute(attributes, 'o:title') ?? '').trim();
      break;
    }
    case 'v:shape': {
      const points = /(?:^|;)\s*width:\s*([\d.]+)pt/i.exec(attribute(attributes, 'style') ?? '')?.[1];
      if (points !== undefined && drawing.widthPx === undefined) drawing.widthPx = Math.round((Number(points) * 96) / 72);
      break;
    }
    default:
      break;
  }
  return drawing;
}

/** The pictures a finished drawing stands for. */
export function picturesOf(drawing: Drawing): PictureReference[] {
  if (drawing.blips.length > 0) return drawing.blips.map((relationshipId) => ({ kind: 'embedded', relationshipId, widthPx: drawing.widthPx, alt: drawing.alt }));
  if (drawing.isChart) return [{ kind: 'chart' }];
  if (drawing.isLinked) return [{ kind: 'linked' }];
  return [];
}

