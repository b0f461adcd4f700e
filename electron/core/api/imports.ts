import { readInspectionImport, saveInspectionImport } from '../services/inspection-import';
import { asTask, services, type DomainHandlers } from './handler';

export const importHandlers: DomainHandlers<'imports'> = {
  // Reading needs no workspace: the CLI parses a report without one.
  'imports/readInspection': (ctx, input) => asTask(ctx, 'Reading the inspection report', (progress) => readInspectionImport(input, progress)),
  'imports/saveInspection': (ctx, input) => saveInspectionImport(services(ctx), input),
};
