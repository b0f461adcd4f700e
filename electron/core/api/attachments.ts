import {
  addAttachment,
  addAttachmentFromFile,
  deleteAttachmentService,
  exportAttachment,
  getAttachmentService,
  listAttachmentsService,
  readAttachment,
  renameAttachment,
} from '../services/attachments';
import { services, type DomainHandlers } from './handler';

export const attachmentHandlers: DomainHandlers<'attachments'> = {
  'attachments/list': (ctx) => listAttachmentsService(services(ctx)),
  'attachments/get': (ctx, { id }) => getAttachmentService(services(ctx), id),
  'attachments/add': (ctx, input) => addAttachment(services(ctx), input),
  'attachments/addFromFile': (ctx, input) => addAttachmentFromFile(services(ctx), input),
  'attachments/read': (ctx, { id }) => readAttachment(services(ctx), id),
  'attachments/export': (ctx, input) => exportAttachment(services(ctx), input),
  'attachments/rename': (ctx, input) => renameAttachment(services(ctx), input),
  'attachments/delete': (ctx, { id }) => deleteAttachmentService(services(ctx), id),
};
