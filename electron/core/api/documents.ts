import { createDocument, deleteDocumentService, duplicateDocument, getDocumentService, listDocumentsService, updateDocumentService } from '../services/documents';
import { exportDocumentService } from '../services/document-export';
import { documentImportHandlers } from './document-import';
import { asTask, remember, services, type DomainHandlers } from './handler';

export const documentHandlers: DomainHandlers<'documents'> = {
  ...documentImportHandlers,
  'documents/list': (ctx, input) => listDocumentsService(services(ctx), input),
  'documents/get': (ctx, { id }) => getDocumentService(services(ctx), id),
  'documents/create': (ctx, input) => createDocument(services(ctx), input),
  'documents/update': (ctx, input) => updateDocumentService(services(ctx), input),
  'documents/duplicate': (ctx, { id }) => duplicateDocument(services(ctx), id),
  'documents/delete': (ctx, { id }) => deleteDocumentService(services(ctx), id),
  'documents/export': async (ctx, input) => remember(ctx, await asTask(ctx, 'Exporting the document', (progress) => exportDocumentService(services(ctx), input, progress))),
};
