// In the Word edition an attached PDF cannot be embedded, so its place in the
// pack holds a notice saying where to find it.
import type { DocumentModel } from '../model';
import type { AppendixNoticeSource } from '../sources';
import { heading, paragraph } from './common';

/** A page that stands in for an attached file that cannot be embedded (a PDF in the Word edition). */
export function appendixNotice(source: AppendixNoticeSource): DocumentModel {
  return {
    info: { title: source.title, subject: source.title, author: source.authorityName ?? '' },
    blocks: [
      heading(1, source.title),
      paragraph(where(source)),
    ],
  };
}

function where({ fileName, pageCount }: AppendixNoticeSource): string {
  if (pageCount === null) return `This paper is a separate file, “${fileName}”, which cannot be shown in this pack. Please ask the contact officer for a copy.`;
  const pages = pageCount === 1 ? '1 page' : `${pageCount} pages`;
  return `This paper is a separate file, “${fileName}”. It is included in the PDF edition of this pack as ${pages}.`;
}
