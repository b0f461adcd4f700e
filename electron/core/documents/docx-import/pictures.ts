// The report's pictures, read once the text is known: PNG and JPEG go in as
// data URLs at the width the author gave them; anything else (EMF, WMF, GIF,
// SVG, a chart drawn by Word, a picture linked to a file elsewhere) leaves a
// note in the text where it stood, so nothing vanishes unremarked. Pictures
// share what room the document has left after its text, in reading order;
// one that would not fit is not even unpacked.
import type { RichTextNode } from '../../../../shared/api/schema';
import { CoreError } from '../../errors';
import { throwIfCancelled } from '../../import/readers/limits';
import { sniffMediaType } from '../builders/images';
import type { WordPackage } from './package';
import type { PendingPicture } from './structure';

/** What happened to the pictures, for the counts and warnings. */
export type PictureOutcome = {
  imported: number;
  /** File names of pictures in a format the pack cannot show. */
  unsupported: string[];
  /** File names of pictures left out for want of room. */
  tooLarge: string[];
  linked: number;
  charts: number;
  damaged: number;
  /** Imported pictures with no alternative text. */
  withoutAlt: number;
};

const SHOWN_EXTENSIONS = /\.(png|jpe?g|jpe)$/i;

/** Fills in each pending picture (or turns it into a note), spending at most `roomChars` characters of JSON on them. */
export async function readPictures(pending: readonly PendingPicture[], pkg: WordPackage, roomChars: number, signal?: AbortSignal): Promise<PictureOutcome> {
  const outcome: PictureOutcome = { imported: 0, unsupported: [], tooLarge: [], linked: 0, charts: 0, damaged: 0, withoutAlt: 0 };
  let room = roomChars;
  for (const { node, picture } of pending) {
    throwIfCancelled(signal);
    if (picture.kind === 'chart') {
      outcome.charts += 1;
      makeNote(node, '[Chart or diagram not imported]');
      continue;
    }
    const relationship = picture.kind === 'linked' ? undefined : pkg.relationships.get(picture.relationshipId);
    if (picture.kind === 'linked' || relationship?.isExternal === true) {
      outcome.linked += 1;
      makeNote(node, '[Picture not imported: it is linked to a file outside the report]');
      continue;
    }
    const entry = relationship === undefined ? undefined : pkg.entry(relationship.target);
    if (entry === undefined) {
      outcome.damaged += 1;
      makeNote(node, '[Picture not imported: it is missing from the file]');
      continue;
    }
    const name = entry.name.slice(entry.name.lastIndexOf('/') + 1);
    if (!SHOWN_EXTENSIONS.test(name)) {
      outcome.unsupported.push(name);
      makeNote(node, `[Picture not imported: ${name} is in a format the pack cannot show]`);
      continue;
    }
    const cost = dataUrlLength(entry.uncompressedSize) + picture.alt.length + 60;
    if (cost > room) {
      outcome.tooLarge.push(name);
      makeNote(node, `[Picture not imported: ${name} is too large to fit in the document]`);
      continue;
    }
    const data = await readOrNull(pkg, entry);
    const mediaType = data === null ? null : sniffMediaType(data);
    if (data === null || mediaType === null) {
      if (data === null) outcome.damaged += 1;
      else outcome.unsupported.push(name);
      makeNote(node, data === null ? `[Picture not imported: ${name} is damaged]` : `[Picture not imported: ${name} is in a format the pack cannot show]`);
      continue;
    }
    room -= cost;
    outcome.imported += 1;
    if (picture.alt === '') outcome.withoutAlt += 1;
    node.attrs = {
      src: `data:${mediaType};base64,${Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64')}`,
      alt: picture.alt,
      ...(picture.widthPx === undefined ? {} : { width: picture.widthPx }),
    };
  }
  return outcome;
}

/** The characters a picture of `bytes` takes as a data URL. */
export function dataUrlLength(bytes: number): number {
  return 'data:image/jpeg;base64,'.length + Math.ceil(bytes / 3) * 4;
}

/** A picture's bytes, or null when its entry is damaged (one bad picture does not sink the report). */
async function readOrNull(pkg: WordPackage, entry: Parameters<WordPackage['read']>[0]): Promise<Uint8Array | null> {
  try {
    return await pkg.read(entry, entry.uncompressedSize);
  } catch (error) {
    if (error instanceof CoreError && error.code === 'invalid_input') return null;
    throw error;
  }
}

/** Turns the picture's place into a paragraph that says what stood there. */
function makeNote(node: RichTextNode, words: string): void {
  node.type = 'paragraph';
  delete node.attrs;
  node.content = [{ type: 'text', text: words }];
}
