import type { ReportCoverSheet } from '../../../../shared/api/methods/documents';

/** The cover sheet as stored: blank fields and blank rows left out (the form keeps them while the author types). */
export function tidyCoverSheet(sheet: ReportCoverSheet): ReportCoverSheet {
  const tidy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sheet)) {
    if (typeof value === 'string') {
      if (value.trim() !== '') tidy[key] = value;
    } else if (Array.isArray(value)) {
      const rows = value.filter((row: unknown) => (typeof row === 'string' ? row.trim() !== '' : Object.values(row as Record<string, string>).some((cell) => cell.trim() !== '')));
      if (rows.length > 0) tidy[key] = rows;
    } else if (typeof value === 'boolean') {
      tidy[key] = value;
    }
  }
  return tidy;
}
