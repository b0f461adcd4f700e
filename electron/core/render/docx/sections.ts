// One Word section per document of a pack: A4 with the pack's margins, a
// centred page number in the footer, and the "not for publication" marking in
// the header of exempt documents. Page numbers run on across sections, as the
// pack's do.
import { AlignmentType, Footer, Header, PageNumber, Paragraph, SectionType, TextRun, type ISectionOptions } from 'docx';
import type { DocumentInfo } from '../../documents/model';
import { A4, MARGIN, PAGE_NUMBER_BASELINE, RUNNING_HEAD_BASELINE } from '../page';
import { xmlSafe } from './text';

const TWIPS_PER_POINT = 20;
/** Arial's ascent and descent at the 10 pt furniture size, to turn baselines into Word's header and footer distances. */
const FURNITURE_ASCENT_PT = 9;
const FURNITURE_DESCENT_PT = 2;

const twips = (points: number): number => Math.round(points * TWIPS_PER_POINT);

/** Page size, margins and the start of a section. */
export function sectionProperties(startsOnOddPage: boolean): NonNullable<ISectionOptions['properties']> {
  return {
    ...(startsOnOddPage ? { type: SectionType.ODD_PAGE } : {}),
    page: {
      size: { width: twips(A4.width), height: twips(A4.height) },
      margin: {
        top: twips(MARGIN),
        bottom: twips(MARGIN),
        left: twips(MARGIN),
        right: twips(MARGIN),
        header: twips(RUNNING_HEAD_BASELINE - FURNITURE_ASCENT_PT),
        footer: twips(PAGE_NUMBER_BASELINE - FURNITURE_DESCENT_PT),
      },
    },
  };
}

/** The width of the text between the margins, in twips. */
export const TEXT_WIDTH = twips(A4.width) - 2 * twips(MARGIN);

/** The height of the text between the margins, in twips. */
export const TEXT_HEIGHT = twips(A4.height) - 2 * twips(MARGIN);

/** "NOT FOR PUBLICATION – …" for an exempt document; the marking is added when the text lacks it. */
export function notForPublicationLine(info: DocumentInfo): string | undefined {
  const text = xmlSafe(info.notForPublication ?? '').trim();
  if (text === '') return undefined;
  return /^not for publication/i.test(text) ? text : `NOT FOR PUBLICATION – ${text}`;
}

/** The section's running head: the marking of an exempt document, or an empty header so it inherits none. */
export function sectionHeader(marking: string | undefined): Header {
  return new Header({
    children: [new Paragraph({ style: 'Header', alignment: AlignmentType.CENTER, children: marking === undefined ? [] : [new TextRun(marking)] })],
  });
}

/** The footer with the page number, centred. */
export function sectionFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ style: 'Footer', alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
}
