// A committee report: the cover sheet councils print before the numbered
// sections (who it is for, the summary and recommendations, wards, strategy,
// contacts, background papers), a page break, then the body as written.
import type { ReportCoverSheet } from '../../../../shared/api/methods/documents';
import { CoreError } from '../../errors';
import { richTextToBlocks } from '../rich-text';
import type { Block, DocumentModel } from '../model';
import type { ReportSource } from '../sources';
import { bold, cell, heading, lines, mailLink, notForPublication, paragraph, shortDate, text, textBlocks } from './common';

const REPORT_TYPES = { for_information: 'Report for Information', for_resolution: 'Report for Resolution' } as const;

/** A report (or other written paper): cover sheet when it has one, then the body. */
export function reportDocument(source: ReportSource): DocumentModel {
  const ground = exemptGroundOf(source);
  if (ground !== null && source.edition === 'public') {
    throw new CoreError('conflict', `“${source.title}” is exempt, so it cannot go into the public edition of a pack.`);
  }
  const hasCover = source.kind === 'report' && hasCoverSheet(source.coverSheet);
  const body = richTextToBlocks(source.body);
  const subject = source.coverSheet.subject?.trim();
  return {
    info: {
      title: source.title,
      subject: subject !== undefined && subject !== '' ? subject : source.title,
      author: source.authorityName,
      ...(ground === null ? {} : { notForPublication: notForPublication(ground) }),
    },
    blocks: hasCover ? [...coverSheet(source), { type: 'pageBreak' }, ...body] : [heading(1, source.title), ...body],
  };
}

/** The exemption ground when the report is exempt (by its agenda item or its own cover sheet), else null. */
function exemptGroundOf(source: ReportSource): string | null {
  if (source.exemptGround !== null) return source.exemptGround;
  return source.coverSheet.isExempt === true ? (source.coverSheet.exemptGround ?? '') : null;
}

/** Whether the author filled in anything on the cover sheet. */
function hasCoverSheet(cover: ReportCoverSheet): boolean {
  // The date and exemption alone print nothing on a cover sheet.
  const printed = [cover.reportTo, cover.subject, cover.reportOf, cover.reportType, cover.summary, cover.recommendations, cover.wardsAffected, cover.strategyAlignment, cover.contactOfficers, cover.backgroundDocuments];
  return printed.some((value) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : false));
}

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

function coverSheet(source: ReportSource): Block[] {
  const cover = source.coverSheet;
  const sections: Block[][] = [
    [...summary(cover), ...recommendations(cover)],
    filled(cover.wardsAffected) ? [heading(2, 'Wards affected'), paragraph(cover.wardsAffected.trim())] : [],
    strategyAlignment(cover),
    [...contactOfficers(cover), ...backgroundDocuments(cover)],
  ].filter((section) => section.length > 0);
  return [
    heading(1, lines([source.authorityName, cover.reportType ? REPORT_TYPES[cover.reportType] : 'Report'])),
    ...keyLines(source),
    ...sections.flatMap((section) => [{ type: 'rule' } as const, ...section]),
  ];
}

function keyLines(source: ReportSource): Block[] {
  const cover = source.coverSheet;
  const date = cover.meetingDate ?? source.meetingDate;
  const reportTo = filled(cover.reportTo) ? `${cover.reportTo.trim()}${date === null ? '' : ` – ${shortDate(date)}`}` : undefined;
  const rows = [
    { key: 'Report to', value: reportTo },
    { key: 'Subject', value: cover.subject?.trim() },
    { key: 'Report of', value: cover.reportOf?.trim() },
  ].filter((row): row is { key: string; value: string } => filled(row.value));
  return rows.length === 0 ? [] : [{ type: 'keyValue', rows: rows.map(({ key, value }) => ({ key, value: [paragraph(value)] })) }];
}

function summary(cover: ReportCoverSheet): Block[] {
  return filled(cover.summary) ? [heading(2, 'Summary'), ...textBlocks(cover.summary)] : [];
}

function recommendations(cover: ReportCoverSheet): Block[] {
  const items = (cover.recommendations ?? []).map((item) => item.trim()).filter((item) => item !== '');
  const [only] = items;
  if (only === undefined) return [];
  return [
    heading(2, 'Recommendations'),
    items.length === 1 ? paragraph(only) : { type: 'list', isOrdered: true, items: items.map((item) => [paragraph(item)]) },
  ];
}

function strategyAlignment(cover: ReportCoverSheet): Block[] {
  const rows = cover.strategyAlignment ?? [];
  if (rows.length === 0) return [];
  return [
    heading(2, 'Alignment to council priorities'),
    {
      type: 'table',
      columnWidths: [0.4, 0.6],
      headerRows: [{ cells: [cell([bold('Council priority')]), cell([bold('How this report contributes')])] }],
      rows: rows.map((row) => ({ cells: [cell(row.priority), cell(row.contribution)] })),
    },
  ];
}

function contactOfficers(cover: ReportCoverSheet): Block[] {
  const officers = cover.contactOfficers ?? [];
  if (officers.length === 0) return [];
  return [
    heading(2, officers.length === 1 ? 'Contact officer' : 'Contact officers'),
    ...officers.map((officer): Block => ({
      type: 'keyValue',
      rows: [
        { key: 'Name', value: [paragraph(officer.name)] },
        { key: 'Position', value: [paragraph(officer.jobTitle)] },
        { key: 'Telephone', value: [paragraph(officer.phone)] },
        { key: 'E-mail', value: [paragraph(officer.email.trim() === '' ? [] : [mailLink(officer.email.trim())])] },
      ].filter((row) => row.value.some((block) => block.type === 'paragraph' && block.content.some((inline) => inline.type !== 'text' || inline.text.trim() !== ''))),
    })),
  ];
}

function backgroundDocuments(cover: ReportCoverSheet): Block[] {
  if (cover.backgroundDocuments === undefined) return [];
  const documents = cover.backgroundDocuments.map((item) => item.trim()).filter((item) => item !== '');
  return [
    heading(2, 'Background documents'),
    ...(documents.length === 0
      ? [paragraph('None.')]
      : [
          paragraph([
            text('The report relies on the documents listed below. They are open to public inspection for four years after the meeting; to see a copy, please ask one of the contact officers named above.'),
          ]),
          { type: 'list', isOrdered: false, items: documents.map((item) => [paragraph(item)]) } as const,
        ]),
  ];
}
