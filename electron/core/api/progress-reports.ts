import { CoreError } from '../errors';
import type { DomainHandlers } from './handler';

const notYet = (): never => {
  throw new CoreError('internal', 'Progress reports are being built.');
};

export const progressReportHandlers: DomainHandlers<'progressReports'> = {
  'progressReports/draft': notYet,
  'progressReports/sections': notYet,
  'progressReports/regenerate': notYet,
};
