import { z } from 'zod';
import { formatFileSize } from '../../format/sizes';
import { method } from '../method';
import { id, line, paragraph, pathOn } from '../schema';

/** The largest file that can be attached: 100 MB (decimal, as sizes are shown). */
export const ATTACHMENT_MAX_BYTES = 100_000_000;

/** The kinds of file a pack can include, by the media type their content shows. */
export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** A file stored in the workspace (its bytes are read separately). */
export type Attachment = {
  id: number;
  fileName: string;
  mediaType: AttachmentMediaType;
  description: string;
  size: number;
  /** SHA-256 of the content, hex: identical files are stored once. */
  sha256: string;
  createdAt: string;
  /** How many places use it: agenda papers, inspections (as their source) and the authority logo. */
  usedBy: number;
};

/** An attachment's content, for viewing or for a pack. */
export type AttachmentContent = {
  fileName: string;
  mediaType: AttachmentMediaType;
  size: number;
  dataBase64: string;
};

const MAX_BASE64_CHARS = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

/** A file's name as the user's computer gave it. */
export const fileName = line(1_000).pipe(z.string().min(1, 'Give the file’s name, for example report.pdf.'));

/** A file's bytes as base64, no larger than an attachment may be. */
export const dataBase64 = z.string({ error: 'Give the file’s content as base64 text.' }).check((payload) => {
  if (payload.value.length > MAX_BASE64_CHARS) {
    payload.issues.push({
      code: 'custom',
      input: payload.value,
      message: `This file is about ${formatFileSize(Math.floor((payload.value.length * 3) / 4))}; files over ${formatFileSize(ATTACHMENT_MAX_BYTES)} cannot be attached or imported. Compress it (for example, save a PDF at a smaller size), or split it into smaller files.`,
    });
  }
});

const path = pathOn('path');

const description = paragraph(2_000);

export const attachmentMethods = {
  'attachments/list': method<Attachment[]>()(z.object({}).strict(), 'Attached files, by name, with their size, type and how many places use them'),
  'attachments/get': method<Attachment>()(z.object({ id }).strict(), 'One attached file’s details (not its content)'),
  'attachments/add': method<Attachment>()(
    z
      .object({ fileName, dataBase64, mediaType: line(200).optional(), description: description.optional() })
      .strict(),
    'Attach a file sent as base64: PDF, Word (.docx), PNG, JPEG, plain text or CSV; identical content is stored once',
  ),
  'attachments/addFromFile': method<Attachment>()(
    z.object({ path, description: description.optional() }).strict(),
    'Attach a file from disk, with the same checks as attachments/add',
  ),
  'attachments/read': method<AttachmentContent>()(z.object({ id }).strict(), 'The content of an attached file, as base64'),
  'attachments/export': method<{ path: string }>()(
    z.object({ id, folder: path }).strict(),
    'Save a copy of an attached file into a folder, never replacing a file already there; returns the path written',
  ),
  'attachments/rename': method<Attachment>()(
    z.object({ id, fileName: fileName.optional(), description: description.optional() }).strict(),
    'Change an attached file’s name (keeping an extension that matches its content) or description',
  ),
  'attachments/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete an attached file that nothing uses'),
} as const;
