import { draftProgressReport, listReportSections, regenerateReport } from '../services/progress-report';
import { services, type DomainHandlers } from './handler';

export const progressReportHandlers: DomainHandlers<'progressReports'> = {
  'progressReports/draft': (ctx, input) => draftProgressReport(services(ctx), input),
  'progressReports/sections': (ctx, { documentId }) => listReportSections(services(ctx), documentId),
  'progressReports/regenerate': (ctx, input) => regenerateReport(services(ctx), input),
};
