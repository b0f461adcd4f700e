import type { z } from 'zod';
import type { documentImportMethods } from '../../../shared/api/methods/document-import';
import type { CoreContext } from '../context';
import { importDocxService, previewDocxService } from '../services/document-import';
import { asTask, services } from './handler';

type Methods = typeof documentImportMethods;

// Typed from the method file itself, so these handlers stand whether or not the contract lists them yet.
type ImportHandlers = {
  [M in keyof Methods]: (ctx: CoreContext, input: z.output<Methods[M]['input']>) => Promise<NonNullable<Methods[M]['output']>>;
};

export const documentImportHandlers: ImportHandlers = {
  // Reading needs no workspace: nothing is saved until the import.
  'documents/previewDocx': (ctx, input) => asTask(ctx, 'Reading the Word report', (progress) => previewDocxService(input, progress)),
  'documents/importDocx': (ctx, input) => asTask(ctx, 'Importing the Word report', (progress) => importDocxService(services(ctx), input, progress)),
};
