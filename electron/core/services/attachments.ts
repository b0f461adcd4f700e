import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApiParsedInput } from '../../../shared/api/contract';
import { ATTACHMENT_MAX_BYTES, type Attachment, type AttachmentContent } from '../../../shared/api/methods/attachments';
import { decodeBase64Strictly, decodedLength } from '../attachments/base64';
import { checkFile, checkSize, exportFileName, nameForKind } from '../attachments/check-file';
import { writeNewFileInFolder } from '../attachments/export-file';
import { kindOfMediaType } from '../attachments/file-types';
import { safeFileName } from '../attachments/safe-names';
import { CoreError } from '../errors';
import {
  deleteAttachment,
  findAttachmentUses,
  getAttachment,
  getAttachmentData,
  insertAttachment,
  listAttachments,
  storeContent,
  updateAttachment,
  type AttachmentData,
  type AttachmentUses,
} from '../repositories/attachments';
import { describeAgendaUses } from './documents';
import { audit, found, inTransaction, refuseIfInUse, type ServiceContext } from './unit-of-work';

export function listAttachmentsService(ctx: ServiceContext): Attachment[] {
  return listAttachments(ctx.db);
}

export function getAttachmentService(ctx: ServiceContext, attachmentId: number): Attachment {
  return found(getAttachment(ctx.db, attachmentId), 'attachment', attachmentId);
}

/**
 * Attaches a file sent as base64. The size is checked before decoding; the
 * limit is a parameter so tests can prove the refusal without 100 MB of text.
 */
export function addAttachment(ctx: ServiceContext, input: ApiParsedInput<'attachments/add'>, maxBytes = ATTACHMENT_MAX_BYTES): Attachment {
  checkSize(safeFileName(input.fileName), decodedLength(input.dataBase64), maxBytes);
  const data = decodeBase64Strictly(input.dataBase64, 'dataBase64');
  return storeAttachment(ctx, { fileName: input.fileName, data, mediaType: input.mediaType, description: input.description }, maxBytes);
}

/** Attaches a file from disk: what it is (a file, not a folder) and its size are checked before a byte is read. */
export function addAttachmentFromFile(ctx: ServiceContext, input: ApiParsedInput<'attachments/addFromFile'>, maxBytes = ATTACHMENT_MAX_BYTES): Attachment {
  const file = path.resolve(input.path);
  const fileName = path.basename(file);
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    throw new CoreError('not_found', `There is no file at ${file}. It may have been moved or renamed; choose it again.`);
  }
  if (stats.isDirectory()) throw new CoreError('invalid_input', `${file} is a folder, not a file. Choose a file to attach.`);
  if (!stats.isFile()) throw new CoreError('invalid_input', `${file} is not an ordinary file (it may be a device or a pipe), so it cannot be attached.`);
  checkSize(fileName, stats.size, maxBytes);
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (error) {
    throw new CoreError('io_error', `Could not read ${file} (${(error as { code?: string }).code ?? 'unknown error'}). Check that you can open it, then try again.`);
  }
  return storeAttachment(ctx, { fileName, data, description: input.description }, maxBytes);
}

type NewFile = { fileName: string; data: Buffer; mediaType?: string | undefined; description?: string | undefined };

function storeAttachment(ctx: ServiceContext, file: NewFile, maxBytes: number): Attachment {
  const checked = checkFile(file, maxBytes);
  const sha256 = hashContent(file.data);
  return inTransaction(ctx, () => {
    const contentId = storeContent(ctx.db, { sha256, data: file.data });
    const attachmentId = insertAttachment(ctx.db, { contentId, ...checked, description: file.description, createdAt: ctx.now().toISOString() });
    audit(ctx, 'create', 'attachment', attachmentId, checked.fileName);
    return getAttachmentService(ctx, attachmentId);
  });
}

/** Stores bytes once, shared by attachments and issued packs: the id of the content row with this hash. */
export function storeContentOnce(ctx: ServiceContext, data: Buffer): number {
  return storeContent(ctx.db, { sha256: hashContent(data), data });
}

function hashContent(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** An attachment's content as base64, with its name and type. */
export function readAttachment(ctx: ServiceContext, attachmentId: number): AttachmentContent {
  const { fileName, mediaType, data } = readData(ctx, attachmentId);
  return { fileName, mediaType, size: data.length, dataBase64: data.toString('base64') };
}

/** Saves a copy of an attachment into a folder without replacing anything there; the path written. */
export function exportAttachment(ctx: ServiceContext, input: ApiParsedInput<'attachments/export'>): { path: string } {
  const { fileName, data } = readData(ctx, input.id);
  return { path: writeNewFileInFolder(input.folder, exportFileName(fileName, data), data) };
}

function readData(ctx: ServiceContext, attachmentId: number): AttachmentData {
  return found(getAttachmentData(ctx.db, attachmentId), 'attachment', attachmentId);
}

/** Renames an attachment or changes its description; the new name must still suit the content. */
export function renameAttachment(ctx: ServiceContext, input: ApiParsedInput<'attachments/rename'>): Attachment {
  return inTransaction(ctx, () => {
    const current = getAttachmentService(ctx, input.id);
    const named = input.fileName === undefined ? {} : nameForKind(input.fileName, kindOfMediaType(current.mediaType));
    updateAttachment(ctx.db, input.id, { ...named, description: input.description });
    const renamed = getAttachmentService(ctx, input.id);
    const summary = renamed.fileName === current.fileName ? renamed.fileName : `${current.fileName} → ${renamed.fileName}`;
    audit(ctx, 'update', 'attachment', input.id, summary);
    return renamed;
  });
}

/**
 * Deletes an attachment nothing uses. The database alone would refuse only
 * for agenda papers (an inspection's source or the logo would silently be
 * unset), so every use is checked and named first. The stored content goes
 * with the last attachment that uses it (a trigger does that).
 */
export function deleteAttachmentService(ctx: ServiceContext, attachmentId: number): { id: number } {
  return inTransaction(ctx, () => {
    const attachment = getAttachmentService(ctx, attachmentId);
    const uses = findAttachmentUses(ctx.db, attachmentId);
    const where = describeUses(uses);
    if (where !== null) {
      throw new CoreError('conflict', `${attachment.fileName} cannot be deleted because it is used as ${where}. Remove it from there first.`);
    }
    try {
      deleteAttachment(ctx.db, attachmentId);
    } catch (error) {
      refuseIfInUse(error, 'attachment');
    }
    audit(ctx, 'delete', 'attachment', attachmentId, attachment.fileName);
    return { id: attachmentId };
  });
}

function describeUses(uses: AttachmentUses): string | null {
  const places: string[] = [];
  if (uses.agendas.length > 0) places.push(`a paper on ${describeAgendaUses(uses.agendas)}`);
  for (const title of uses.inspectionTitles) places.push(`the source file of the inspection “${title}”`);
  if (uses.isLogo) places.push('the authority’s logo (in Settings)');
  return places.length === 0 ? null : places.join('; ');
}
